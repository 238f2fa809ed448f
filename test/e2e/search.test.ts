import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

/** Questions as a citizen or relative would type them, and the pages (any of which) must be among the first three results. */
const QUERIES: [query: string, expected: RegExp][] = [
  ['anonym behandling', /^\/(emner\/anonymitet|love\/sel-101a|rettigheder\/[a-z]+)\/$/],
  ['kan jeg være anonym', /^\/(rettigheder\/[a-z]+|emner\/anonymitet)\/$/],
  ['hvor længe skal jeg vente på behandling', /^\/(rettigheder\/[a-z]+|emner\/behandlingsgaranti)\/$/],
  ['behandlingsgaranti 14 dage', /^\/(emner|krav)\/behandlingsgaranti\/$/],
  ['hvor klager jeg', /^\/(klage|rettigheder\/[a-z]+)\/$/],
  ['klage over afgørelse', /^\/klage\/[a-z]+\/stofbehandling\/$/],
  ['klage over personalet', /^\/klage\/[a-z]+\/personale\/$/],
  ['døgnbehandling', /^\/(krav\/doegnbehandling-kvalitetskrav|emner\/doegninstitutioner|love\/sel-107)\/$/],
  ['gavekort', /^\/(emner|krav)\/gavekort\/$|^\/love\/bl-34\/$/],
  ['behandling for unge', /^\/(emner\/tilbud|kommuner\/[a-z]+\/[a-z0-9-]+)\/$/],
  ['rådgivning til unge under 18', /^\/(emner\/tilbud|kommuner\/[a-z]+\/[a-z0-9-]+)\/$/],
  ['frit valg af behandlingssted', /^\/(emner\/frit-valg|rettigheder\/[a-z]+)\/$/],
  ['hvad koster det', /^\/(emner\/betaling|krav\/kost-og-logi|rettigheder\/[a-z]+)\/$/],
  ['pårørende', /^\/(emner\/(tilbud|maalgrupper)|kommuner\/[a-z]+\/[a-z0-9-]+)\/$/],
  ['substitutionsbehandling', /^\/(emner\/tilbud|kommuner\/[a-z]+\/[a-z0-9-]+)\/$/],
  ['åbningstider Viborg', /^\/(emner\/kontakt|kommuner\/viborg\/viborg-servicedeklaration-rusmiddelcenter|rettigheder\/viborg)\/$/],
  ['Skanderborg telefon', /^\/(rettigheder\/skanderborg|kommuner\/skanderborg\/skanderborg-kvalitetsstandard-2025-2026|emner\/kontakt)\/$/],
  ['Ringgården', /^\/doegninstitutioner\/ringgaarden\/$/],
  ['børn af forældre der drikker', /^\/(rettigheder\/[a-z]+|krav\/hjemmeboende-boern)\/$/],
  ['opfølgning efter behandling', /^\/(emner\/opfoelgning|krav\/behandlingsplan|rettigheder\/[a-z]+)\/$/],
  // Everyday words (src/search/everyday-words.ts): none of them needs to be in the page's own text.
  ['hash', /^\/(emner\/(tilbud|maalgrupper)|rettigheder\/[a-z]+|kommuner\/[a-z]+\/[a-z0-9-]+|love\/bl-33)\/$/],
  ['min søn ryger cannabis', /^\/(emner\/(tilbud|maalgrupper)|rettigheder\/[a-z]+|kommuner\/[a-z]+\/[a-z0-9-]+|love\/bl-33)\/$/],
  ['belønning', /^\/(emner|krav)\/gavekort\/$|^\/love\/bl-34\/$/],
  // "ventetid" alone also fits the complaint about waiting too long (its own pages); "venteliste" is only an everyday word.
  ['ventetid', /^\/(emner|krav)\/behandlingsgaranti\/$|^\/rettigheder\/[a-z]+\/$|^\/klage\/[a-z]+\/ventetid\/$/],
  ['venteliste', /^\/(emner|krav)\/behandlingsgaranti\/$|^\/rettigheder\/[a-z]+\/$/],
  ['afhængighed', /^\/(emner\/[a-z-]+|rettigheder\/[a-z]+|kommuner\/[a-z]+\/[a-z0-9-]+|love\/[a-z0-9-]+)\/$/],
  ['hjælp til familie', /^\/(emner\/(tilbud|maalgrupper)|kommuner\/[a-z]+\/[a-z0-9-]+|rettigheder\/[a-z]+)\/$/],
];

const site = useSiteInBrowser();

async function searchPage(): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(`${site.url}/soeg/`);
  return page;
}

/** Types the query as a person would and waits for the live region to announce the result count. */
async function ask(page: Page, query: string): Promise<string[]> {
  const status = page.locator('[data-search-status]');
  await page.getByLabel('Søg i kommunernes standarder').fill(query);
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain(`"${query}"`);
  return page.locator('.search-result-title a').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
}

describe('search finds the right page for typical questions', () => {
  it(`answers all ${QUERIES.length} questions within the first three results`, async () => {
    const page = await searchPage();
    const misses: string[] = [];
    for (const [query, expected] of QUERIES) {
      const top = await ask(page, query);
      if (!top.some((href) => expected.test(href))) misses.push(`"${query}" → ${top.join(', ') || '(ingen)'}`);
    }
    expect(misses).toEqual([]);
    await page.context().close();
  });

  it('announces the number of results in a live region', async () => {
    const page = await searchPage();
    await ask(page, 'gavekort');
    expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/^\d+ resultat(er)? for "gavekort"\.$/);
    await ask(page, 'xyzzyqq');
    expect(await page.locator('[data-search-status]').innerText()).toBe('Ingen resultater for "xyzzyqq".');
    await page.context().close();
  });

  it('narrows results by kommune and shows kommune, document and sections', async () => {
    const page = await searchPage();
    await page.locator('#filter-kommune').selectOption('Skanderborg');
    await ask(page, 'behandling');
    const metas = await page.locator('.search-result .row-meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('Skanderborg');
    expect(await page.locator('.search-sections a').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('without JavaScript offers the topic and kommune indexes instead', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${site.url}/soeg/`);
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    expect(await page.locator('a[href="/emner/behandlingsgaranti/"]').count()).toBe(1);
    expect(await page.locator('a[href="/rettigheder/skanderborg/"]').count()).toBe(1);
    await page.context().close();
  });
});
