import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST, requireBuiltSite } from './built-site.ts';
import { serveStatic } from './static-server.ts';

/** The built site served on loopback and a Chromium to look at it, for the tests of one file. */
export interface SiteInBrowser {
  readonly browser: Browser;
  /** The site's origin, e.g. http://127.0.0.1:41234 */
  readonly url: string;
}

/** Registers the suite's setup and teardown; the returned object is usable inside tests. */
export function useSiteInBrowser(): SiteInBrowser {
  requireBuiltSite();
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test.');
      return browser;
    },
    get url() {
      if (!server) throw new Error('The server starts in beforeAll; use it inside a test.');
      return server.url;
    },
  };
}
