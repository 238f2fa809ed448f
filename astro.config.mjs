// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import dataCheck from './src/integrations/data-check.ts';
import hostFiles from './src/integrations/host-files.ts';
import { markdownProcessor, sharedMarkdownOptions } from './src/markdown-config.ts';
import { createRequire } from 'node:module';

/**
 * The check core reads Markdown with micromark, which decodes character references (&amp;) with
 * decode-named-character-reference. Its "browser" build decodes through document.createElement, and a Web Worker has
 * no document: every text check in the /tjek/ worker failed with "document is not defined". In the worker bundle the
 * package resolves to its plain build (a lookup table), which is what its own "worker" export condition points to.
 */
const plainCharacterReferences = createRequire(import.meta.url).resolve('decode-named-character-reference');
/** @type {import('vite').Plugin} */
const workerWithoutDom = {
  name: 'worker-without-dom',
  enforce: 'pre',
  resolveId(source) {
    return source === 'decode-named-character-reference' ? plainCharacterReferences : null;
  },
};

/**
 * SITE_URL (e.g. https://rusmiddelstandarder.dk) is the address the site is published at. With it, pages carry absolute
 * canonical URLs and the build writes sitemap-index.xml and robots.txt; without it (local use, tests) they are left out,
 * since a sitemap of relative or guessed addresses would mislead.
 */
const site = process.env.SITE_URL?.trim() || undefined;
if (site && !/^https?:\/\/[^/]+/.test(site))
  throw new Error(`SITE_URL skal være en http- eller https-adresse, fx https://rusmiddelstandarder.dk (fik "${site}")`);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { ...sharedMarkdownOptions, processor: markdownProcessor },
  // The Pagefind index is the build's next step (src/cli/index-search.ts), run by `npm run build` after Astro exits.
  integrations: [dataCheck(), mdx(), hostFiles(), ...(site ? [sitemap()] : [])],
  devToolbar: { enabled: false },
  // Inline scripts would break the Content-Security-Policy (default-src 'self'): keep every script a file.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The /tjek/ worker as an ES module, so its Word and PDF readers stay separate chunks, loaded only when needed.
    worker: { format: 'es', plugins: () => [workerWithoutDom] },
    css: {
      preprocessorOptions: { scss: { loadPaths: ['node_modules/dkfds/src/stylesheets'], quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } },
    },
  },
});
