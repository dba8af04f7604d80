// The AMD build's guards (build/build-amd.ts): every file of amd-src becomes its own module, shared
// code is imported by its AMD name, the zod module exports exactly what the modules use, and a
// bundle holding another module's code fails the build.
import { describe, expect, it, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkBundle, entries, zodUses, ZOD_MODULE } from '../../build/build-amd';

const temp: string[] = [];
function source(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-amd-test-'));
  temp.push(dir);
  const file = path.join(dir, 'm.ts');
  writeFileSync(file, text);
  return file;
}
afterEach(() => {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('entries', () => {
  it('builds the shared code the modules import as modules of local_digitalstrategy, and zod as one module', () => {
    const names = entries().map((e) => `${e.component}/${e.name}`);
    expect(names).toEqual(expect.arrayContaining([
      'local_digitalstrategy/ws', 'local_digitalstrategy/dom', 'local_digitalstrategy/radar', ZOD_MODULE,
      'local_digitalstrategy/check', 'mod_devcircle/webinar', 'block_digicheck/block',
    ]));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('zodUses', () => {
  it('finds the parts of zod used as values through the namespace and named imports, not types', () => {
    const file = source(`import * as z from 'zod/mini';
      import { boolean } from 'zod/mini';
      const s = z.object({ a: z.array(z.string()), b: boolean() });
      export type S = z.infer<typeof s>;`);
    const { names, problems } = zodUses([file]);
    expect([...names].sort()).toEqual(['array', 'boolean', 'object', 'string']);
    expect(problems).toEqual([]);
  });

  it('refuses other zod entry points and the namespace used as a value', () => {
    const file = source(`import * as z from 'zod';
      const all = z;
      export { all };`);
    expect(zodUses([file]).problems).toEqual([
      expect.stringContaining('import zod as "zod/mini", not "zod"'),
      expect.stringContaining('the namespace itself is not a value here'),
    ]);
  });
});

describe('checkBundle', () => {
  const entry = { component: 'mod_devcircle', name: 'webinar', file: '/repo/amd-src/mod_devcircle/webinar.ts' };

  it('accepts a bundle holding its own source only', () => {
    expect(checkBundle(entry, { modules: { [entry.file]: {} as never }, code: 'define("mod_devcircle/webinar",[],function(){})' })).toEqual([]);
  });

  it("fails a bundle that inlines another module's code or zod", () => {
    const problems = checkBundle(entry, {
      modules: { [entry.file]: {} as never, '/repo/amd-src/shared/ws.ts': {} as never },
      code: 'class $ZodType {}',
    });
    expect(problems).toEqual([
      expect.stringContaining('mod_devcircle/webinar would inline /repo/amd-src/shared/ws.ts'),
      "mod_devcircle/webinar contains zod's code",
    ]);
  });
});
