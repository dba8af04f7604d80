// ESLint rules for the JavaScript inside Mustache {{#js}} blocks, as Moodle's CI lints it
// (moodle-local_ci's mustache lint runs ESLint with Moodle core's .eslintrc over that code):
// eslint:recommended plus core's rules that need no plugin. Used by scripts/lint-templates.php.
import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: 'script',
      globals: {
        M: 'readonly', Y: 'readonly', require: 'readonly', define: 'readonly',
        window: 'readonly', document: 'readonly', console: 'readonly',
      },
    },
    linterOptions: { reportUnusedDisableDirectives: true },
    rules: {
      'no-console': 'error',
      'no-empty': 'warn',
      'curly': 'error',
      'no-caller': 'error',
      'no-eq-null': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-invalid-this': 'error',
      'no-new-func': 'error',
      'no-return-assign': 'error',
      'no-script-url': 'error',
      'no-self-compare': 'error',
      'no-unused-expressions': 'error',
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
      'no-bitwise': 'error',
      'no-tabs': 'error',
      'no-trailing-spaces': 'error',
      'max-len': ['error', 132],
      'semi': 'error',
      'camelcase': 'warn',
      'no-restricted-globals': ['error', { name: 'Notification' }],
    },
  },
];
