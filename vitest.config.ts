import { defineConfig, type Plugin } from 'vitest/config';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * Our AMD module names resolve to their sources the way the build names them (build/build-amd.ts):
 * "<component>/<name>" is amd-src/<component>/<name>.ts, and for local_digitalstrategy also the
 * shared code in amd-src/shared/<name>.ts. zod/mini stays the real zod.
 */
function amdModules(): Plugin {
  return {
    name: 'amd-modules',
    enforce: 'pre',
    resolveId(id) {
      const m = /^(local_digitalstrategy|mod_devcircle|block_digicheck)\/([a-z0-9_]+)$/.exec(id);
      if (!m) return null;
      const candidates = [here(`./amd-src/${m[1]}/${m[2]}.ts`)];
      if (m[1] === 'local_digitalstrategy') candidates.push(here(`./amd-src/shared/${m[2]}.ts`));
      return candidates.find((f) => existsSync(f)) ?? null;
    },
  };
}

// Unit tests of front-end modules run in jsdom; Moodle's core modules are replaced by
// small fakes in tests/unit/fakes so the modules run unchanged.
export default defineConfig({
  plugins: [amdModules()],
  resolve: {
    alias: [
      { find: /^core\/(.*)$/, replacement: here('./tests/unit/fakes/core/$1.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
  },
});
