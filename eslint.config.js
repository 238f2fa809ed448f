// @ts-check
/**
 * The one ESLint config (flat). Recommended sets for JavaScript, TypeScript and Astro, plus a few rules that catch
 * real bugs. Layout is Prettier's job (.prettierrc.json); the one layout rule here, max-len, catches what Prettier
 * cannot wrap.
 *
 * No typed rules (no-floating-promises and the like): they need a TypeScript program, which made `eslint .` take 24 s
 * instead of 6.5 s here (2 busy cores) and found nothing. typescript-eslint reads TypeScript through its JavaScript
 * API, which TypeScript 7 does not ship, so "typescript" in package.json is @typescript/typescript6 (the API only) and
 * `tsc` comes from @typescript/native (TypeScript 7).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated, vendored or data: not code we write by hand. (Relative to this folder: src/pages/data/ is linted.)
  globalIgnores(['dist/', '.astro/', '.corpus/', 'data/', 'public/', 'test/vendor/', 'test-results/', 'tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
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
      // Prettier wraps code at 160; this catches what it cannot wrap (a long comment, an Astro expression). A message
      // in a string stays whole so it can be found by searching for it.
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      // The naming rule (README, "For udviklere"): code is English, and a Danish domain word in a name is written as
      // in a URL (doegn, kommuner), so a name never needs æ, ø or å. Object keys may be data words ({ lørdag: 'SA' }).
      'id-match': ['error', '^[A-Za-z0-9_$]*$', { properties: false }],
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
