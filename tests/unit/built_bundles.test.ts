// The committed AMD build (<plugin>/amd/build/*.min.js), run the way Moodle's RequireJS runs it:
// one named module per file, shared code (ws, dom, zod, ...) as modules of local_digitalstrategy
// that the others list as dependencies, zod's code in exactly one of them, and errors that one
// bundle makes classified correctly by another: an answer of the wrong shape is an error, not
// "offline", in the built autosave queue.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const PLUGINS: Record<string, string> = { local_digitalstrategy: 'local_digitalstrategy', mod_devcircle: 'mod_devcircle', block_digicheck: 'block_digicheck' };

interface Built { name: string; file: string; code: string }

const built: Built[] = Object.entries(PLUGINS).flatMap(([component, dir]) =>
  readdirSync(path.join(root, dir, 'amd', 'build')).filter((f) => f.endsWith('.min.js')).sort().map((f) => ({
    name: `${component}/${f.slice(0, -'.min.js'.length)}`,
    file: path.join(dir, 'amd', 'build', f),
    code: readFileSync(path.join(root, dir, 'amd', 'build', f), 'utf8'),
  })));

type Factory = (...args: unknown[]) => unknown;
interface Definition { deps: string[]; factory: Factory }

/** A small AMD loader: evaluates the built files and instantiates modules on demand, core modules from fakes. */
function loader(fakes: Record<string, unknown>): (name: string) => unknown {
  const definitions = new Map<string, Definition>();
  for (const b of built) {
    const define = (name: string, deps: string[], factory: Factory): void => { definitions.set(name, { deps, factory }); };
    new Function('define', b.code)(define);
  }
  const instances = new Map<string, unknown>(Object.entries(fakes));
  const load = (name: string): unknown => {
    if (instances.has(name)) return instances.get(name);
    const def = definitions.get(name);
    if (!def) throw new Error(`No module ${name}`);
    const exports: Record<string, unknown> = {};
    const localRequire = (deps: string[], resolve: (m: unknown) => void, reject: (e: unknown) => void): void => {
      void Promise.resolve().then(() => resolve(load(deps[0] ?? ''))).catch(reject);
    };
    const args = def.deps.map((d) => (d === 'exports' ? exports : d === 'require' ? localRequire : load(d)));
    const value = def.factory(...args);
    instances.set(name, value ?? exports);
    return value ?? exports;
  };
  return load;
}

/** core/ajax answering every call with the given value (or rejecting with it). */
function ajax(answer: () => unknown): object {
  return { call: (requests: unknown[]) => requests.map(() => new Promise((resolve, reject) => {
    try {
      resolve(answer());
    } catch (e) {
      reject(e);
    }
  })) };
}

class FakePending {
  resolve(): void {}
}

describe('the committed AMD build', () => {
  it('holds one named module per file, named after the file', () => {
    for (const b of built) {
      const defines = b.code.match(/\bdefine\(/g) ?? [];
      expect(defines, b.file).toHaveLength(1);
      expect(b.code.startsWith(`define("${b.name}",`), b.file).toBe(true);
    }
  });

  it("carries zod's code in local_digitalstrategy/zod only; the modules that validate depend on it", () => {
    expect(built.filter((b) => b.code.includes('$ZodType')).map((b) => b.name)).toEqual(['local_digitalstrategy/zod']);
    const validating = built.filter((b) => /\bz\.object\(/.test(b.code)).map((b) => b.name);
    expect(validating).toEqual(expect.arrayContaining(['local_digitalstrategy/repository', 'mod_devcircle/webinar_repository', 'local_digitalstrategy/radar']));
    for (const name of validating) {
      expect(built.find((b) => b.name === name)?.code, name).toMatch(/^define\("[^"]+",\[[^\]]*"local_digitalstrategy\/zod"/);
    }
  });

  it("declares the bundled zod with the installed version in local_digitalstrategy's thirdpartylibs.xml", () => {
    const xml = readFileSync(path.join(root, 'local_digitalstrategy', 'thirdpartylibs.xml'), 'utf8');
    const installed = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string }).version;
    expect(xml).toContain('<location>amd/build/zod.min.js</location>');
    expect(xml).toContain(`<version>${installed}</version>`);
  });

  it("holds the web-service helper's code in local_digitalstrategy/ws only", () => {
    expect(built.filter((b) => b.code.includes('unexpected answer (')).map((b) => b.name)).toEqual(['local_digitalstrategy/ws']);
    expect(built.filter((b) => b.code.includes('core/ajax')).map((b) => b.name)).toEqual(['local_digitalstrategy/ws']);
  });

  it('ships a source map beside every module (Moodle needs it in development mode)', () => {
    for (const b of built) {
      const map = JSON.parse(readFileSync(path.join(root, `${b.file}.map`), 'utf8')) as { sources: string[]; sourcesContent: string[] };
      expect(map.sourcesContent.length, b.file).toBe(map.sources.length);
      expect(b.code.trimEnd().endsWith(`//# sourceMappingURL=${path.basename(b.file)}.map`), b.file).toBe(true);
    }
  });

  it('an answer of the wrong shape reaches a caller in another bundle as a response error', async () => {
    const load = loader({ 'core/ajax': ajax(() => ({ status: 'maybe' })) });
    const repository = load('mod_devcircle/webinar_repository') as { getJoinUrl(id: number): Promise<unknown>; errorMessage(e: unknown): string | null };
    const ws = load('local_digitalstrategy/ws') as { isWsError(e: unknown): boolean };

    const error = await repository.getJoinUrl(5).then(() => null, (e: unknown) => e);

    expect(ws.isWsError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'response', methodname: 'mod_devcircle_get_join_url' });
    expect(repository.errorMessage(error)).toBeNull();
  });

  it('the built autosave queue stops on an answer of the wrong shape instead of going "offline" and retrying', async () => {
    const load = loader({ 'core/ajax': ajax(() => ({ status: 'stored' })), 'core/pending': FakePending });
    const repository = load('local_digitalstrategy/repository') as { saveAnswer(runid: number, a: object, v: number): Promise<unknown> };
    const autosave = load('local_digitalstrategy/autosave') as {
      AnswerQueue: new (save: (a: object, v: number) => Promise<unknown>, events: object) => { enqueue(a: object, v: number): void; flush(): Promise<boolean> };
    };
    const states: Array<{ offline: boolean; unexpected: string | null }> = [];
    const failed: Array<{ kind: string }> = [];
    const queue = new autosave.AnswerQueue((a, v) => repository.saveAnswer(7, a, v), {
      saved: () => undefined, failed: (_k: string, e: { kind: string }) => failed.push(e), state: (s: { offline: boolean; unexpected: string | null }) => states.push(s),
    });

    queue.enqueue({ itemkey: 'str_goals', value: '2', dontknow: false, relevance: 0 }, 0);

    expect(await queue.flush()).toBe(false);
    expect(failed.map((e) => e.kind)).toEqual(['response']);
    expect(states.at(-1)).toMatchObject({ offline: false });
    expect(states.at(-1)?.unexpected).toContain('local_digitalstrategy_save_answer');
  });
});
