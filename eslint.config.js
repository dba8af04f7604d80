// One lint configuration for all TypeScript: front-end modules, tests, build and stack scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/amd/build/**', 'node_modules/**', '.var/**', 'vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Front-end modules: named exports only, no console noise in the browser.
    files: ['amd-src/**/*.ts'],
    rules: { 'no-console': 'error', 'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }] },
  },
  {
    // CommonJS preloads for Node (e.g. the Etherpad loopback guard).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['amd-src/types/**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
