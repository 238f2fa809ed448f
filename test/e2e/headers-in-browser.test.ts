import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/host/server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';

/**
 * The site as `npm start` (and a host reading _headers) serves it, in Chromium: the header policy must not break
 * anything the pages do (the search runs WebAssembly in a worker), and it must stop other sites from framing pages.
 */
requireBuiltSite();
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let framer: Awaited<ReturnType<typeof serve>>;
let unprotected: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await framer?.close();
  await unprotected?.close();
});

describe('pages served with the _headers policy', () => {
  it('search still finds results, with no console errors or policy violations', async () => {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${server.url}/soeg/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByLabel('Søg i kommunernes standarder').fill('behandlingsgaranti');
    await expect.poll(() => page.locator('.search-result-title a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const path of ['/', '/kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/', '/klage/', '/data/']) {
      await page.goto(server.url + path);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('another site cannot show a page in a frame (and without the headers it could)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rusmiddel-framer-'));
    // The same page served without _headers, as a control: framing it works, so the check below can fail.
    mkdirSync(join(directory, 'uden'));
    copyFileSync(join(DIST, 'om', 'index.html'), join(directory, 'uden', 'index.html'));
    unprotected = await serve(join(directory, 'uden'));
    mkdirSync(join(directory, 'fremmed'));
    writeFileSync(
      join(directory, 'fremmed', 'index.html'),
      `<!doctype html><html lang="da"><title>x</title><iframe title="a" src="${server.url}/om/"></iframe><iframe title="b" src="${unprotected.url}/"></iframe></html>`,
    );
    framer = await serve(join(directory, 'fremmed'));
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${framer.url}/`, { waitUntil: 'load' });
    const frameText = async (origin: string) => {
      const frame = page.frames().find((candidate) => candidate.url().startsWith(origin));
      return frame ? frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    };
    await expect.poll(() => frameText(unprotected.url), { timeout: 10_000 }).toContain('Rusmiddelstandarder samler');
    expect(await frameText(server.url)).not.toContain('Rusmiddelstandarder samler');
    await page.context().close();
  });
});
