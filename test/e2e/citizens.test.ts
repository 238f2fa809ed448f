import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { ROOT } from '../helpers/dataset.ts';
import { builtHtmlFiles, urlPathOf } from '../helpers/built-site.ts';
import { documentedKommuner } from '../helpers/documents-in-data.ts';
import { slugify } from '../../src/check/slug.ts';
import { kommuneGenitive } from '../../src/i18n/da.ts';

/** The kommune list and the documented kommuner, read straight from data/ (not through the site's own model). */
const list = parse(readFileSync(join(ROOT, 'data', 'landet', 'kommuner.yaml'), 'utf8')) as { kommuner: { navn: string }[]; regioner: { navn: string }[] };
const DOCUMENTED = documentedKommuner();
/** A kommune with no document in data/ (the first in the list), for what such a kommune's pages say. */
const UNDOCUMENTED = list.kommuner.map((kommune) => kommune.navn).find((navn) => !DOCUMENTED.includes(slugify(navn)))!;
/**
 * The main number each kommune's document gives first, copied by hand from the source texts in data/sources/. A kommune
 * added later is held to a working Danish number until someone copies its number here.
 */
const MAIN_NUMBER: Record<string, string> = { hedensted: '79741310', mariagerfjord: '97113858', skanderborg: '87947580', viborg: '87877575' };

const site = useSiteInBrowser();

describe('a citizen of any kommune', () => {
  it('picks their kommune on /rettigheder/ from all 98, grouped in the 5 regions, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/rettigheder/`);
    const links = page.locator('.region-list a');
    expect(await links.count()).toBe(98);
    expect(await page.locator('.region-list h3').allInnerTexts()).toEqual(list.regioner.map((r) => r.navn).sort((a, b) => a.localeCompare(b, 'da')));
    // The name field works without JavaScript too: it sends the name to the search page (a tool page).
    expect(await page.locator('form.kommune-picker').getAttribute('action')).toBe('/soeg/');
    expect(await page.locator('#kommune-navne option').count()).toBe(98);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(list.kommuner.map((k) => `/rettigheder/${slugify(k.navn)}/`)));
    for (const href of hrefs) expect((await page.request.get(site.url + href!)).status(), href!).toBe(200);
    await context.close();
  });

  it("types a kommune's name in the field and lands on its rights page", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/rettigheder/`);
    await page.getByLabel('Vælg din kommune').fill('Aarhus');
    await Promise.all([page.waitForURL('**/rettigheder/aarhus/'), page.getByRole('button', { name: 'Vis dine rettigheder' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Dine rettigheder i Aarhus Kommune');
    await page.context().close();
  });

  it('names the capital and Bornholm as they are called (Københavns Kommune, Bornholms Regionskommune), not "<navn> Kommune"', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/rettigheder/koebenhavn/`);
    expect(await page.locator('h1').innerText()).toBe('Dine rettigheder i Københavns Kommune');
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toContain('Vi har ikke Københavns Kommunes kvalitetsstandard');
    await page.goto(`${site.url}/rettigheder/bornholm/`);
    expect(await page.locator('h1').innerText()).toBe('Dine rettigheder i Bornholms Regionskommune');
    await page.context().close();
  });

  it('without a document on the site is told so, and still gets the law, the complaint bodies and how to add the standard', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/rettigheder/${slugify(UNDOCUMENTED)}/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`Vi har ikke ${kommuneGenitive(UNDOCUMENTED)} kvalitetsstandard`);
    expect(text).toContain('senest 14 dage');
    expect(text).toContain('Ankestyrelsen');
    expect(text).toContain('Styrelsen for Patientklager');
    expect(await page.locator('main a[href="/love/rsl-60/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/tilfoej-kommune/"]').count()).toBe(1);
    await page.context().close();
  });

  it.each(DOCUMENTED)('in %s sees "Ring til …" first on the rights page, with a working tel: link', async (kommune) => {
    const page = await (await site.browser.newContext({ viewport: { width: 375, height: 700 } })).newPage();
    await page.goto(`${site.url}/rettigheder/${kommune}/`);
    const box = page.locator('.call-first');
    expect(await box.locator('.call-first__title').innerText()).toMatch(/^Ring til /);
    const tel = box.locator('a[href^="tel:"]').first();
    const href = (await tel.getAttribute('href'))!;
    expect(href).toMatch(/^tel:\+45\d{8}$/);
    expect((await tel.innerText()).replace(/\D/g, '')).toBe(href.slice('tel:+45'.length));
    if (MAIN_NUMBER[kommune]) expect(href).toBe(`tel:+45${MAIN_NUMBER[kommune]}`);
    // Visible above the fold on a phone, and big enough to tap (WCAG 2.5.8: at least 24 × 24 px).
    const rect = (await tel.boundingBox())!;
    expect(rect.y + rect.height).toBeLessThan(700);
    expect(rect.height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});

describe('the menu on a phone', () => {
  it('opens with the keyboard and works without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/klage/`);
    const menuLink = page.locator('.mobile-menu__nav a[href="/rettigheder/"]');
    expect(await menuLink.isVisible()).toBe(false);
    expect(await page.locator('.navigation-menu').isVisible()).toBe(false);
    // Skip link, site name, then the menu button.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
    await page.keyboard.press('Enter');
    expect(await menuLink.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
    await context.close();
  });

  it('is the plain navigation bar on a wide screen', async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${site.url}/klage/`);
    expect(await page.locator('.navigation-menu a[href="/rettigheder/"]').isVisible()).toBe(true);
    expect(await page.locator('.mobile-menu').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('every kommune in the data has a rights page', () => {
  it.each(DOCUMENTED)('%s is among the 98', (kommune) => {
    expect(list.kommuner.map((k) => slugify(k.navn))).toContain(kommune);
  });
});

describe('no dead ends', () => {
  const files = builtHtmlFiles().filter((file) => /\/(klage|rettigheder)\//.test(urlPathOf(file)));

  it.each(files.map((file) => [urlPathOf(file), file]))('%s: where the document is silent, a next step follows', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const silent = (html.match(/class="not-described"/g) ?? []).length;
    if (silent === 0) return;
    // A complaint page without a route: a phone number to call and, where the law decides, the law with its provision.
    if (urlPathOf(file).startsWith('/klage/')) {
      expect(html).toContain('class="next-step"');
      expect(html).toMatch(/class="next-step"[\s\S]*href="tel:\+45\d{8}"/);
    } else {
      // A rights question without an answer: the step after it, and the phone box it points to.
      expect((html.match(/class="next-step"/g) ?? []).length).toBe(silent);
      expect(html).toContain('id="ring"');
    }
  });
});

describe('young people and parents', () => {
  /** Offers for under-18s each source names, copied by hand from data/sources/ (a word of the offer's name). */
  const YOUNG: Record<string, string> = { hedensted: 'BRUS', mariagerfjord: 'Ungeindsatsen', skanderborg: 'MOVE', viborg: 'TULU' };

  it.each(Object.entries(YOUNG))('%s answers "Jeg er under 18 …" with its own offer and the law', (kommune, offer) => {
    const html = readFileSync(join(ROOT, 'dist', 'rettigheder', kommune, 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('<section id="unge"'), html.indexOf('</section>', html.indexOf('<section id="unge"')));
    expect(section).toContain('Jeg er under 18, eller mit barn bruger rusmidler: hvad kan vi få?');
    expect(section).toContain(offer);
    expect(section).toContain('href="/love/bl-33/"');
  });

  it('a kommune without a document gets the law for children and young people', () => {
    const html = readFileSync(join(ROOT, 'dist', 'rettigheder', slugify(UNDOCUMENTED), 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('<section id="unge"'));
    expect(section).toContain('href="/love/bl-33/"');
    expect(section).toContain('href="/love/bl-28/"');
  });
});

describe('the DKFDS look', () => {
  const css = () =>
    readFileSync(
      join(
        ROOT,
        'dist',
        '_astro',
        readdirSync(join(ROOT, 'dist', '_astro')).find((name) => name.endsWith('.css'))!,
      ),
      'utf8',
    );

  it("serves IBM Plex Sans from the site itself: the dkfds package's Latin-1 woff2 subset, font-display: swap", () => {
    const stylesheet = css();
    for (const weight of ['Regular', 'SemiBold', 'Bold']) {
      const file = `IBMPlexSans-${weight}-Latin1.woff2`;
      expect(stylesheet).toContain(`url(/fonts/${file})`);
      expect(
        readFileSync(join(ROOT, 'dist', 'fonts', file)).equals(
          readFileSync(join(ROOT, 'node_modules', 'dkfds', 'src', 'fonts', 'IBMPlexSans', 'split', 'woff2', file)),
        ),
        file,
      ).toBe(true);
    }
    expect(stylesheet).toMatch(/font-display:\s*swap/);
    expect(stylesheet).not.toMatch(/url\(https?:/);
  });

  it("uses it on the page, and DKFDS's grey focus ring instead of the yellow one", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?IBM Plex Sans/);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans"'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    expect(outline).not.toBe('rgb(255, 191, 71)');
    await page.context().close();
  });

  it('has a Danish 404 page with ways on, and every footer names the accessibility statement and the date', () => {
    const notFound = readFileSync(join(ROOT, 'dist', '404.html'), 'utf8');
    expect(notFound).toContain('<html lang="da"');
    expect(notFound).toContain('Siden findes ikke');
    expect(notFound).toContain('href="/rettigheder/"');
    for (const file of builtHtmlFiles()) {
      const html = readFileSync(file, 'utf8');
      expect(html, urlPathOf(file)).toContain('href="/tilgaengelighed/"');
      expect(html, urlPathOf(file)).toMatch(/Sidst opdateret \d{1,2}\. [a-zæøå]+ \d{4}/);
    }
  });

  it('prints the page address and date, and link addresses', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/rettigheder/skanderborg/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-address').innerText()).toMatch(/\/rettigheder\/skanderborg\/ · \d{1,2}\. [a-zæøå]+ \d{4}/);
    const after = await page
      .locator('main a[href^="/love/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/love/');
    expect(await page.locator('.navigation-menu').isVisible()).toBe(false);
    await page.context().close();
  });

  it('/krav/ keeps the point column in view when the matrix scrolls, and fits A4 landscape in print', async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 375, height: 700 } })).newPage();
    await page.goto(`${site.url}/krav/`);
    const wrap = page.locator('.table-wrap:has(.matrix)');
    await wrap.evaluate((element) => {
      element.scrollLeft = 400;
    });
    const first = await page.locator('.matrix tbody th[scope="row"]').first().boundingBox();
    const box = (await wrap.boundingBox())!;
    expect(Math.abs(first!.x - box.x)).toBeLessThan(2);
    // A4 landscape, 10 mm margins: 277 mm ≈ 1047 CSS px.
    await page.setViewportSize({ width: 1047, height: 740 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.matrix').evaluate((table) => table.getBoundingClientRect().width)).toBeLessThanOrEqual(1047);
    await page.context().close();
  });
});
