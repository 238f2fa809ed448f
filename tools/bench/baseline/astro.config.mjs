// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The benchmark's plain baseline: the same pages as the site, built by Astro from a plain YAML parse (js-yaml, core
 * schema) and zod, with no data check, no integrations and Astro's default Markdown without the site's extras. The
 * site's build should cost at most 1.1× this (issue 17). Built only by tools/bench/baseline.ts, in a snapshot.
 */
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
