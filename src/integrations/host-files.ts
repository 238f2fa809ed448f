import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, SITE_HEADER_RULES } from '../host/headers.ts';

/**
 * Files a static host reads beside the pages: _headers always (security headers), robots.txt only when SITE_URL
 * gives the site's address, since its Sitemap line must be absolute and a site without an address has no sitemap.
 */
export default function hostFiles(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'rusmiddelstandarder:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, formatHeadersFile(SITE_HEADER_RULES));
        if (site) writeFileSync(`${out}/robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`);
      },
    },
  };
}
