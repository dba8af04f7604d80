// One lint configuration for all TypeScript: front-end modules, tests, build and stack scripts.
//
// The front-end modules (amd-src/) are also held to the rules Moodle core lints its own amd/src
// with: Moodle 4.5's .eslintrc (eslint:recommended, plugin:promise/recommended, core's rule list
// and its override for amd/src with the jsdoc rules), taken over rule by rule below where the rule
// means something for TypeScript. Where core says "warn", this says "error": the lint has to be
// clean, and a warning nobody must fix is noise. Left out, and why:
//   no-unused-vars, no-redeclare, no-undef - TypeScript checks these (and the base rules misread
//     type-only code); @typescript-eslint/no-unused-vars reports unused code instead;
//   consistent-return - TypeScript checks that every path returns what the function's type says;
//   no-unused-expressions - its @typescript-eslint twin (in the strict set) runs instead, as core
//     runs the @babel twin for amd/src;
//   no-invalid-this, new-cap's @babel twin, quotes, indent, semi's @babel twin - off for amd/src in
//     core too (the plain semi and new-cap rules run here, as nothing needs the Babel parser);
//   promise/no-native, promise/avoid-new - off for amd/src in core (native promises are the norm);
//   jsdoc/require-param-type, jsdoc/require-property-type - the types are TypeScript's, written
//     once in the code, not repeated in comments;
//   jsdoc/require-property, require-property-name, check-property-names - about @typedef and
//     @namespace blocks, which TypeScript sources do not use (interfaces carry the properties);
//   no-restricted-properties (M.str) - kept, though nothing here reaches M at all.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsdoc from 'eslint-plugin-jsdoc';
import promise from 'eslint-plugin-promise';

/** Moodle core's rules for amd/src (lib/.eslintrc of Moodle 4.5), as they apply to TypeScript. */
const moodleCoreRules = {
  // Possible errors.
  'no-console': 'error',
  'no-empty': 'error',
  'no-unreachable': 'error',
  // Best practices.
  'array-callback-return': 'error',
  'block-scoped-var': 'error',
  'complexity': 'error',
  'curly': 'error',
  'dot-notation': 'error',
  'no-alert': 'error',
  'no-caller': 'error',
  'no-div-regex': 'error',
  'no-empty-function': 'error',
  'no-eq-null': 'error',
  'no-eval': 'error',
  'no-extend-native': 'error',
  'no-extra-bind': 'error',
  'no-floating-decimal': 'error',
  'no-global-assign': 'error',
  'no-implied-eval': 'error',
  'no-iterator': 'error',
  'no-labels': 'error',
  'no-loop-func': 'error',
  'no-multi-spaces': 'error',
  'no-multi-str': 'error',
  'no-new-func': 'error',
  'no-new-wrappers': 'error',
  'no-octal-escape': 'error',
  'no-proto': 'error',
  'no-restricted-globals': ['error', { name: 'Notification' }],
  'no-return-assign': 'error',
  'no-script-url': 'error',
  'no-self-compare': 'error',
  'no-sequences': 'error',
  'no-throw-literal': 'error',
  'no-unmodified-loop-condition': 'error',
  'no-useless-call': 'error',
  'no-useless-escape': 'error',
  'wrap-iife': ['error', 'any'],
  // Variables.
  'no-undef-init': 'error',
  // Stylistic issues.
  'array-bracket-spacing': 'error',
  'block-spacing': 'error',
  'brace-style': ['error', '1tbs'],
  'camelcase': 'error',
  'capitalized-comments': ['error', 'always', { ignoreConsecutiveComments: true }],
  'comma-spacing': ['error', { before: false, after: true }],
  'comma-style': ['error', 'last'],
  'computed-property-spacing': 'error',
  'func-call-spacing': ['error', 'never'],
  'key-spacing': ['error', { beforeColon: false, afterColon: true, mode: 'minimum' }],
  'keyword-spacing': 'error',
  'linebreak-style': ['error', 'unix'],
  'max-len': ['error', 132],
  'max-depth': 'error',
  'max-nested-callbacks': ['error', 5],
  'max-statements-per-line': ['error', { max: 2 }],
  'new-cap': ['error', { properties: false }],
  'new-parens': 'error',
  'no-bitwise': 'error',
  'no-multiple-empty-lines': 'error',
  'no-nested-ternary': 'error',
  'no-tabs': 'error',
  'no-trailing-spaces': 'error',
  'no-whitespace-before-property': 'error',
  'object-curly-spacing': ['error', 'always'],
  'one-var-declaration-per-line': ['error', 'initializations'],
  'quote-props': ['error', 'as-needed', { unnecessary: false, keywords: true, numbers: true }],
  'semi': 'error',
  'semi-spacing': ['error', { before: false, after: true }],
  'space-before-blocks': 'error',
  'space-before-function-paren': ['error', 'never'],
  'space-in-parens': 'error',
  'space-infix-ops': 'error',
  'space-unary-ops': 'error',
  'spaced-comment': 'error',
  'unicode-bom': 'error',
  // Promises (plugin:promise/recommended, with core's settings).
  'promise/always-return': 'error',
  'promise/no-return-wrap': 'error',
  'promise/param-names': 'error',
  'promise/catch-or-return': ['error', { terminationMethod: ['catch', 'fail', 'always'], allowFinally: true }],
  'promise/no-native': 'off',
  'promise/avoid-new': 'off',
  // Deprecations.
  'no-restricted-properties': ['error', { object: 'M', property: 'str', message: 'Use "core/str" module or M.util.get_string()' }],
  // The stricter rules core adds for amd/src.
  'no-implicit-globals': 'error',
  'jsdoc/check-access': 'error',
  'jsdoc/check-alignment': 'error',
  'jsdoc/check-param-names': 'error',
  'jsdoc/empty-tags': 'error',
  'jsdoc/implements-on-classes': 'error',
  'jsdoc/multiline-blocks': 'error',
  'jsdoc/require-jsdoc': 'error',
  'jsdoc/require-param': 'error',
  'jsdoc/require-param-name': 'error',
};

export default tseslint.config(
  { ignores: ['**/amd/build/**', 'node_modules/**', '.var/**', 'vendor/**'] },
  // Disable-comments that no longer disable anything are reported, as in core.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
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
    // Front-end modules: Moodle core's rules for amd/src. The instrument
    // schema in amd-src/shared is no browser module (no module imports it, so it is not built;
    // the unit tests and the PHP validator's tests use it): the general rules above apply to it.
    files: ['amd-src/**/*.ts'],
    ignores: ['amd-src/shared/instrument_schema.ts'],
    plugins: { jsdoc, promise },
    settings: { jsdoc: { mode: 'typescript' } },
    rules: moodleCoreRules,
  },
  {
    // Front-end modules export by name only.
    files: ['amd-src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }] },
  },
  {
    // CommonJS preloads for Node (e.g. the Etherpad loopback guard).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Declarations of Moodle's core modules: shaped like the modules, default exports included.
    files: ['amd-src/types/**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off', 'camelcase': 'off' },
  },
);
