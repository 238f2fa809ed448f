import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { builtHtmlFiles, urlPathOf } from '../helpers/built-site.ts';
import { representativePages, routeTemplates } from '../helpers/route-templates.ts';

/**
 * Facts copied by hand from each source text (data/sources/), not from the YAML: the page must show what the
 * municipality wrote.
 */
const FACTS_FROM_SOURCES: Record<string, string[]> = {
  '/kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/': [
    '8794 7580',
    'Ole Lund Kirkegaards Stræde 2F',
    'xx.xx.2024',
    'Ringgården',
    '2244 4921',
    '8.15-18.00',
    'Styrelsen for Patientklager',
    'Ankestyrelsen',
    '4 uger',
    'MOVE',
  ],
  '/kommuner/hedensted/hedensted-kvalitetsstandard-2017/': [
    '79 74 13 10',
    'Hecovej 6',
    'rusmiddelcenteret@hedensted.dk',
    '28 dage',
    'Patientkontoret',
    'Udarbejdet januar 2017',
  ],
  '/kommuner/mariagerfjord/mariagerfjord-kvalitetsstandard-stofmisbrug/': [
    '9711 3858',
    'Sofiendalsvej 7, 9200 Aalborg',
    'Ankestyrelsen',
    '14 dage',
    '15-30',
    'Side 1 af 9',
  ],
  '/kommuner/viborg/viborg-udviklingsplaner-udsatteomraadet-2017-2018/': ['2017-2018', 'At 50% gennemfører.', '29 %', 'TULU', 'NADA', 'Krisecenter'],
  '/kommuner/viborg/viborg-servicedeklaration-rusmiddelcenter/': [
    '87 87 75 75',
    '87 87 75 35',
    'rusmiddelcentret@viborg.dk',
    'Prinsens Alle 5',
    '4 uger',
    '12 uger',
    'Ankestyrelsen',
  ],
};

const site = useSiteInBrowser();

/** Opens a page and records what a user would not see: console errors and requests leaving the site. */
async function open(path: string): Promise<{ page: Page; consoleErrors: string[]; foreignRequests: string[] }> {
  const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(200);
  return { page, consoleErrors, foreignRequests };
}

describe('document pages in a browser', () => {
  it.each(Object.entries(FACTS_FROM_SOURCES))('%s shows facts from its source', async (path, facts) => {
    const { page } = await open(path);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const fact of facts) expect(text, fact).toContain(fact);
    await page.context().close();
  });

  it('the Skanderborg page accounts for all 18 points, each linking to where it is described', async () => {
    const { page } = await open('/kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/');
    const rows = page.locator('#lovens-punkter ~ .table-wrap tbody tr');
    expect(await rows.count()).toBe(18);
    for (const link of await page.locator('#lovens-punkter ~ .table-wrap tbody a').all()) {
      const target = (await link.getAttribute('href'))!;
      expect(await page.locator(`[id="${target.slice(1)}"]`).count(), target).toBe(1);
    }
    await page.context().close();
  });

  const axeViolations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );

  // Cheap checks a template cannot vouch for, since they depend on each page's data: run on every page.
  it.each(builtHtmlFiles().map(urlPathOf))('%s is Danish, has no console errors, requests to other origins or sideways scrolling at 320 px', async (path) => {
    const { page, consoleErrors, foreignRequests } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);
    await page.context().close();
  });

  // axe judges markup, which a route file decides; its biggest and its sparsest page stand for the rest.
  const templates = routeTemplates();
  it('every built page comes from a route file under src/pages', () => {
    expect(templates.filter((t) => t.file === '?').flatMap((t) => t.pages)).toEqual([]);
  });

  it.each(templates.flatMap((t) => representativePages(t).map((path) => [t.file, path] as const)))(
    '%s: %s has no axe violations at 1280 and 375 px',
    async (_template, path) => {
      const { page } = await open(path);
      expect(await axeViolations(page), 'at 1280 px').toEqual([]);
      await page.context().close();
      // The phone layout (menu button, stacked tables) is another page to axe.
      const phone = await (await site.browser.newContext({ viewport: { width: 375, height: 667 } })).newPage();
      await phone.goto(site.url + path);
      expect(await axeViolations(phone), 'at 375 px').toEqual([]);
      await phone.context().close();
    },
  );
});
