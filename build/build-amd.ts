// Compiles every amd-src/<component>/<name>.ts into <component>/amd/build/<name>.min.js (+ .map)
// as the named AMD module "<component>/<name>" that Moodle's RequireJS loader serves.
//   tsx build/build-amd.ts           build
//   tsx build/build-amd.ts --check   build into a temp folder and fail if the committed files differ
//   tsx build/build-amd.ts --watch   rebuild on change
import { rollup, watch, type RollupOptions, type OutputOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'amd-src');
const components = ['local_digitalstrategy', 'mod_devcircle', 'block_digicheck'] as const;

// Moodle core modules and every module of our plugins load at run time through RequireJS;
// code in amd-src/shared and npm packages (zod) is bundled into each module.
const external = (id: string): boolean =>
  /^core(_[a-z]+)?\//.test(id) || components.some((c) => id.startsWith(`${c}/`));

// Bundled npm packages (zod) are resolved to their ES module files, the way Node imports them.
const npmPackages = (): Plugin => ({
  name: 'npm-packages',
  resolveId(id) {
    if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0') || external(id)) return null;
    try {
      return fileURLToPath(import.meta.resolve(id));
    } catch {
      return null;
    }
  },
});

interface Entry { component: string; name: string; file: string }

function entries(): Entry[] {
  const found: Entry[] = [];
  for (const component of components) {
    const dir = join(src, component);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.d.ts') && statSync(join(dir, f)).isFile()) {
        found.push({ component, name: f.slice(0, -3), file: join(dir, f) });
      }
    }
  }
  return found;
}

function options(e: Entry, outRoot: string): RollupOptions & { output: OutputOptions } {
  return {
    input: e.file,
    external,
    onwarn(warning, warn) {
      // Unresolved imports would be silently treated as external: make them fatal.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${e.file}: ${warning.message}`);
      // Bundled npm packages (zod) trigger harmless notes about their own internals.
      const where = [warning.id ?? '', ...(warning.ids ?? [])].join(' ');
      if ((warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') && where.includes('node_modules')) return;
      warn(warning);
    },
    plugins: [
      npmPackages(),
      typescript({
        tsconfig: join(root, 'tsconfig.json'),
        include: ['amd-src/**/*.ts'],
        compilerOptions: { noEmit: false, declaration: false, sourceMap: true, inlineSources: true, types: [] },
        noForceEmit: false,
      }),
      terser({ mangle: false, compress: { passes: 1 }, format: { comments: false } }),
    ],
    output: {
      file: join(outRoot, e.component, 'amd', 'build', `${e.name}.min.js`),
      format: 'amd',
      amd: { id: `${e.component}/${e.name}` },
      // A Moodle module's value is its default export itself; never wrap it in {default}.
      interop: 'default',
      esModule: false,
      sourcemap: true,
      sourcemapExcludeSources: false,
      sourcemapPathTransform: (p: string) => relative(root, join(dirname(join(outRoot, e.component, 'amd', 'build', 'x')), p)),
    },
  };
}

async function buildAll(outRoot: string): Promise<string[]> {
  const written: string[] = [];
  for (const e of entries()) {
    const o = options(e, outRoot);
    const bundle = await rollup(o);
    await bundle.write(o.output);
    await bundle.close();
    written.push(relative(outRoot, o.output.file ?? ''));
  }
  return written;
}

function builtFiles(base: string): string[] {
  const out: string[] = [];
  for (const c of components) {
    const dir = join(base, c, 'amd', 'build');
    if (existsSync(dir)) for (const f of readdirSync(dir)) out.push(join(c, 'amd', 'build', f));
  }
  return out.sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--watch')) {
    const w = watch(entries().map((e) => ({ ...options(e, root), watch: { clearScreen: false } })));
    w.on('event', (ev) => {
      if (ev.code === 'BUNDLE_END') console.log(`built ${relative(root, String(ev.output[0]))} in ${ev.duration} ms`);
      if (ev.code === 'ERROR') console.error(ev.error.message);
      if ('result' in ev && ev.result) void ev.result.close();
    });
    return;
  }
  if (args.includes('--check')) {
    const tmp = mkdtempSync(join(tmpdir(), 'amd-check-'));
    try {
      await buildAll(tmp);
      const fresh = builtFiles(tmp);
      const committed = builtFiles(root);
      const problems: string[] = [];
      for (const f of new Set([...fresh, ...committed])) {
        const a = join(tmp, f), b = join(root, f);
        if (!existsSync(b)) problems.push(`missing: ${f}`);
        else if (!existsSync(a)) problems.push(`stale (no source): ${f}`);
        else if (!readFileSync(a).equals(readFileSync(b))) problems.push(`differs: ${f}`);
      }
      if (problems.length) {
        console.error(`AMD build is not up to date; run "npm run build" and commit:\n  ${problems.join('\n  ')}`);
        process.exitCode = 1;
      } else {
        console.log(`AMD build up to date (${fresh.length} files)`);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  for (const f of await buildAll(root)) console.log(`built ${f}`);
}

main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exitCode = 1; });
