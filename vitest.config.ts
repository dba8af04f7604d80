import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// Unit tests of front-end modules run in jsdom; Moodle's core modules are replaced by
// small fakes in tests/unit/fakes so the modules run unchanged.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^core\/(.*)$/, replacement: here('./tests/unit/fakes/core/$1.ts') },
      { find: /^local_digitalstrategy\/(.*)$/, replacement: here('./amd-src/local_digitalstrategy/$1.ts') },
      { find: /^mod_devcircle\/(.*)$/, replacement: here('./amd-src/mod_devcircle/$1.ts') },
      { find: /^block_digicheck\/(.*)$/, replacement: here('./amd-src/block_digicheck/$1.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
  },
});
