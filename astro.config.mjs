// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import dataCheck from './src/integrations/data-check.ts';
import { markdownProcessor, sharedMarkdownOptions } from './src/markdown-config.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { ...sharedMarkdownOptions, processor: markdownProcessor },
  // The Pagefind index is the build's next step (src/cli/index-search.ts), run by `npm run build` after Astro exits.
  integrations: [dataCheck(), mdx()],
  devToolbar: { enabled: false },
  // Inline scripts would break the Content-Security-Policy (default-src 'self'): keep every script a file.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The /tjek/ worker as an ES module, so its Word and PDF readers stay separate chunks, loaded only when needed.
    worker: { format: 'es' },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules/dkfds/src/stylesheets'], quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } } },
  },
});
