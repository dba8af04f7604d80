// Compiles the TypeScript in amd-src/ into named AMD modules that Moodle's RequireJS loader serves:
//   amd-src/<component>/<name>.ts  →  <component>/amd/build/<name>.min.js (+ .map), module "<component>/<name>"
//   amd-src/shared/<name>.ts       →  local_digitalstrategy/amd/build/<name>.min.js, module "local_digitalstrategy/<name>"
// Every file is a module of its own and loads once per page: imports of Moodle core modules, of
// our modules (by AMD name, e.g. "local_digitalstrategy/ws") and of zod stay imports. zod is one
// module, "local_digitalstrategy/zod" (amd-src/shared/zod.ts, re-exporting the parts of zod/mini we
// use); the sources keep `import * as z from 'zod/mini'` (unit tests run real zod) and the build
// points those imports at that module. mod_devcircle and block_digicheck depend on
// local_digitalstrategy (version.php), so its modules are always there.
// The build fails when a bundle would hold another module's code (a relative import, zod outside
// its module), when a module uses a part of zod the zod module does not export, or when a shared
// module's name clashes with a module of local_digitalstrategy.
//   tsx build/build-amd.ts           build
//   tsx build/build-amd.ts --check   build into a temp folder and fail if the committed files differ
//   tsx build/build-amd.ts --watch   rebuild on change
import { rollup, watch, type RollupOptions, type OutputOptions, type OutputChunk, type Plugin } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { readdirSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'amd-src');
const shared = join(src, 'shared');
const components = ['local_digitalstrategy', 'mod_devcircle', 'block_digicheck'] as const;
/** The component whose AMD modules carry the shared code. */
const SHARED_COMPONENT = 'local_digitalstrategy';
export const ZOD_MODULE = `${SHARED_COMPONENT}/zod`;
const ZOD_IMPORT = 'zod/mini';
/** A string only zod's own code contains (the name of its base schema constructor). */
export const ZOD_SIGNATURE = '$ZodType';

export interface Entry { component: string; name: string; file: string }
const amdName = (e: Entry): string => `${e.component}/${e.name}`;

const isCore = (id: string): boolean => /^core(_[a-z]+)?\//.test(id);
const isOurs = (id: string): boolean => components.some((c) => id.startsWith(`${c}/`));
const isZod = (id: string): boolean => id === 'zod' || id.startsWith('zod/');

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort()
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f));
}

/** The module names a source file imports (type-only imports included). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/**
 * Every module to build: each file of a component folder, and the shared files some built module
 * imports (directly or through another shared file). Fails on a clash of names or a relative import.
 */
export function entries(): Entry[] {
  const found: Entry[] = [];
  for (const component of components) {
    for (const file of tsFiles(join(src, component))) found.push({ component, name: file.slice(join(src, component).length + 1, -3), file });
  }
  const sharedFiles = new Map(tsFiles(shared).map((file) => [file.slice(shared.length + 1, -3), file]));
  const problems: string[] = [];
  for (const name of sharedFiles.keys()) {
    if (found.some((e) => e.component === SHARED_COMPONENT && e.name === name)) {
      problems.push(`amd-src/shared/${name}.ts and amd-src/${SHARED_COMPONENT}/${name}.ts would both be ${SHARED_COMPONENT}/${name}`);
    }
  }
  const wanted = new Set<string>();
  const queue = [...found.map((e) => e.file)];
  while (queue.length) {
    const file = queue.shift() ?? '';
    for (const id of importsOf(file)) {
      if (id.startsWith('.')) {
        problems.push(`${relative(root, file)} imports "${id}" by a relative path: import our modules by their AMD name ` +
          `(e.g. "${SHARED_COMPONENT}/ws"), so each loads once per page`);
      }
      if (isZod(id)) wanted.add('zod');
      const name = id.startsWith(`${SHARED_COMPONENT}/`) ? id.slice(SHARED_COMPONENT.length + 1) : null;
      const file2 = name === null ? undefined : sharedFiles.get(name);
      if (name !== null && file2 !== undefined && !wanted.has(name)) {
        wanted.add(name);
        queue.push(file2);
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  for (const [name, file] of sharedFiles) {
    if (wanted.has(name)) found.push({ component: SHARED_COMPONENT, name, file });
  }
  return found.sort((a, b) => amdName(a).localeCompare(amdName(b)));
}

/**
 * The parts of zod the modules use as values: `z.object(...)` for `import * as z from 'zod/mini'`,
 * and named imports. Types (`z.infer<...>`) are not code and need no export.
 */
export function zodUses(files: string[]): { names: Set<string>; problems: string[] } {
  const names = new Set<string>();
  const problems: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
    const namespaces = new Set<string>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const from = statement.moduleSpecifier.text;
      if (!isZod(from)) continue;
      if (from !== ZOD_IMPORT) problems.push(`${relative(root, file)}: import zod as "${ZOD_IMPORT}", not "${from}"`);
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) problems.push(`${relative(root, file)}: zod has no default export; use import * as z from '${ZOD_IMPORT}'`);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) if (!el.isTypeOnly) names.add((el.propertyName ?? el.name).text);
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
        names.add(node.name.text);
        return;
      }
      if (ts.isIdentifier(node) && namespaces.has(node.text) && !ts.isNamespaceImport(node.parent) &&
          !ts.isQualifiedName(node.parent) && !ts.isPropertyAccessExpression(node.parent)) {
        problems.push(`${relative(root, file)}: use zod's parts as ${node.text}.<name>; the namespace itself is not a value here`);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(source, visit);
  }
  return { names, problems };
}

/** The names amd-src/shared/zod.ts re-exports from zod/mini. */
function zodExports(file: string): Set<string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const el of statement.exportClause.elements) names.add(el.name.text);
    }
  }
  return names;
}

/** The zod module must export exactly what the other modules use of zod. */
function checkZodModule(all: Entry[]): void {
  const zod = all.find((e) => amdName(e) === ZOD_MODULE);
  if (!zod) return;
  const { names: used, problems } = zodUses(all.filter((e) => e !== zod).map((e) => e.file));
  const exported = zodExports(zod.file);
  const missing = [...used].filter((n) => !exported.has(n)).sort();
  const unused = [...exported].filter((n) => !used.has(n)).sort();
  if (missing.length) problems.push(`amd-src/shared/zod.ts does not export ${missing.join(', ')}, which modules use: add them`);
  if (unused.length) problems.push(`amd-src/shared/zod.ts exports ${unused.join(', ')}, which no module uses: remove them`);
  if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * Resolves imports: zod/mini becomes the shared zod module (inside the zod module itself, zod's
 * files); a relative import fails the build.
 */
function modules(e: Entry): Plugin {
  const zodItself = amdName(e) === ZOD_MODULE;
  return {
    name: 'amd-modules',
    resolveId(id, importer) {
      if (importer === undefined) return null;
      const fromSource = importer.startsWith(src + sep);
      if (fromSource && id.startsWith('.')) {
        this.error(`${relative(root, importer)} imports "${id}" by a relative path: import it by its AMD name`);
      }
      if (isZod(id) && !zodItself) return { id: ZOD_MODULE, external: true };
      if (!isZod(id) && fromSource) return null;
      if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return null;
      // Inside the zod module: zod's own ES module files, the way Node imports them.
      try {
        return fileURLToPath(import.meta.resolve(id));
      } catch {
        return null;
      }
    },
  };
}

/**
 * A bundle holds its own source file only; the zod module holds zod's files besides. Nothing of
 * zod may reach any other bundle.
 */
export function checkBundle(e: Entry, chunk: Pick<OutputChunk, 'modules' | 'code'>): string[] {
  const problems: string[] = [];
  const zodItself = amdName(e) === ZOD_MODULE;
  for (const id of Object.keys(chunk.modules)) {
    if (id === e.file) continue;
    if (zodItself && id.includes(`${sep}node_modules${sep}zod${sep}`)) continue;
    problems.push(`${amdName(e)} would inline ${id.startsWith(root) ? relative(root, id) : id}`);
  }
  if (!zodItself && chunk.code.includes(ZOD_SIGNATURE)) problems.push(`${amdName(e)} contains zod's code`);
  if (zodItself && !chunk.code.includes(ZOD_SIGNATURE)) problems.push(`${ZOD_MODULE} does not contain zod`);
  return problems;
}

function options(e: Entry, outRoot: string): RollupOptions & { output: OutputOptions } {
  const outDir = join(outRoot, e.component, 'amd', 'build');
  return {
    input: e.file,
    // Moodle core modules, other plugins' modules and ours load at run time through RequireJS.
    external: (id) => isCore(id) || isOurs(id),
    onwarn(warning, warn) {
      // Unresolved imports would be silently treated as external: make them fatal.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${e.file}: ${warning.message}`);
      // zod's own files trigger harmless notes about their internals.
      const where = [warning.id ?? '', ...(warning.ids ?? [])].join(' ');
      if ((warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') && where.includes('node_modules')) return;
      warn(warning);
    },
    plugins: [
      modules(e),
      typescript({
        tsconfig: join(root, 'tsconfig.json'),
        include: ['amd-src/**/*.ts'],
        compilerOptions: { noEmit: false, declaration: false, sourceMap: true, inlineSources: true, types: [] },
        noForceEmit: false,
      }),
      // Like Moodle's own build, our code keeps its names (easier debugging without the map); zod
      // is third-party code nobody debugs here, so its names are shortened.
      terser({ mangle: amdName(e) === ZOD_MODULE, compress: { passes: 1 }, format: { comments: false } }),
    ],
    output: {
      file: join(outDir, `${e.name}.min.js`),
      format: 'amd',
      amd: { id: amdName(e) },
      // A Moodle core module's value is its default export itself; never wrap it in {default}.
      // Our modules (zod's included) have named exports only: their value is the namespace.
      interop: (id) => (id !== null && isOurs(id) ? 'esModule' : 'default'),
      esModule: false,
      sourcemap: true,
      sourcemapExcludeSources: false,
      sourcemapPathTransform: (p: string) => relative(root, join(outDir, p)),
    },
  };
}

async function buildAll(outRoot: string): Promise<string[]> {
  const all = entries();
  checkZodModule(all);
  const written: string[] = [];
  const problems: string[] = [];
  for (const e of all) {
    const o = options(e, outRoot);
    const bundle = await rollup(o);
    const { output } = await bundle.generate(o.output);
    const chunk = output.find((c): c is OutputChunk => c.type === 'chunk' && c.isEntry);
    if (chunk) problems.push(...checkBundle(e, chunk));
    await bundle.write(o.output);
    await bundle.close();
    written.push(relative(outRoot, o.output.file ?? ''));
  }
  if (problems.length) throw new Error(`Bundles must not hold other modules' code:\n  ${problems.join('\n  ')}`);
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
    const all = entries();
    checkZodModule(all);
    const w = watch(all.map((e) => ({ ...options(e, root), watch: { clearScreen: false } })));
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exitCode = 1; });
}
