// @ts-check
/**
 * The one ESLint config (flat). Recommended sets for JavaScript, TypeScript and Astro, plus a few rules that catch
 * real bugs. Formatting is Prettier's job (.prettierrc.json), so no stylistic rules here. Typed rules (which need the
 * TypeScript 6 API; `tsc` itself is TypeScript 7) run only on the files whose mistakes they catch, to keep `npm run lint`
 * fast.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated, vendored or data: not code we write by hand.
    ignores: ['dist/', '.astro/', 'node_modules/', '.corpus/', 'data/', 'public/', 'test/vendor/', 'test-results/', 'tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Bugs rather than taste: a loose comparison, x === x, "${...}" in a plain string (a template meant), a loop
      // that cannot loop or cannot end, a constructor that returns.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      // An unused name is usually a leftover; "_name" marks one kept on purpose (a callback's position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The tests match the stylish output's two-space columns ("file:1:2  error  rule") as written.
    files: ['test/**/*.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    // Code that runs in the browser (the pages' own scripts and the text check's worker).
    files: ['src/scripts/**/*.ts', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
