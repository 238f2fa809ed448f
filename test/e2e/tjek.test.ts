import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkDataset, checkDraftText, textCheckSetup } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { ROOT } from '../helpers/dataset.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { makeDocx, makePdf, makeScannedPdf } from '../helpers/make-documents.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll } from 'vitest';

const site = useSiteInBrowser();

const SKANDERBORG = 'data/sources/skanderborg-kvalitetsstandard-2025-2026.txt';
const HEDENSTED = 'data/sources/hedensted-kvalitetsstandard-2017.txt';
const WRONG_TYPE_DEEP = join(ROOT, 'test/fixtures/wrong-type-deep/document.yaml');
const EXCERPT_NOT_IN_SOURCE = join(ROOT, 'test/fixtures/excerpt-not-in-source/document.yaml');
const FIXTURE_SOURCE = join(ROOT, 'test/fixtures/eksempelby-kilde.txt');
const VALID = join(ROOT, 'test/fixtures/valid/document.yaml'); // revision: senest i 2026
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The page in a fresh context, with every request and console error after the page has loaded recorded. */
async function open(options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<{
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
}> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${site.url}/tjek/`, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, context, requests, consoleErrors };
}

const summary = (page: Page) => page.locator('#tjek-resultat');

/** Does something that starts a check, and waits until the live region announces its result. */
async function andWaitForResult(page: Page, action: () => Promise<void>): Promise<void> {
  const status = page.locator('[data-checker-status]');
  // Empty the live region first, so the previous check's announcement is not taken for this one's.
  await status.evaluate((element) => {
    element.textContent = '';
  });
  await action();
  // The check runs in a worker (and a Word or PDF reader may load first): allow for a busy machine.
  await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^Tjek færdigt\./);
}

/** Fills the text field as if typed, then presses "Tjek". */
const checkText = (page: Page, text: string) =>
  andWaitForResult(page, async () => {
    await page.getByLabel('Indsæt teksten').fill(text);
    await page.getByRole('button', { name: 'Tjek', exact: true }).click();
  });

/** Chooses files with the file button; choosing checks at once. */
const chooseFiles = (page: Page, files: Parameters<Page['setInputFiles']>[1]) =>
  andWaitForResult(page, async () => {
    await page.getByLabel('Eller vælg filer').setInputFiles(files);
  });

/** What the CLI's check-text reports for a text, computed here in Node with the same core and data. */
function textCheckInNode(text: string, fileName: string) {
  const { catalogue, keywords, provisions } = textCheckSetup(checkDataset({ ...loadDatasetFromDisk(join(ROOT, 'data'), ROOT), documents: [] }))!;
  return checkDraftText(text, fileName, catalogue, keywords, provisions);
}

describe('/tjek/: checking a draft in the browser', () => {
  it('a pasted source text with all 18 points: 18 points found, each with its line and heading', async () => {
    const { page, context, consoleErrors } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.evaluate((text) => navigator.clipboard.writeText(text), read(SKANDERBORG));
    await page.getByLabel('Indsæt teksten').focus();
    await page.keyboard.press('ControlOrMeta+V');
    // A paste checks at once, without pressing the button.
    await expect.poll(() => page.locator('[data-checker-status]').innerText()).toBe('Tjek færdigt. 18 af 18 lovpligtige punkter beskrevet.');
    expect(await summary(page).innerText()).toBe('18 af 18 lovpligtige punkter beskrevet');
    const points = page.locator('ol.checker-points > li');
    expect(await points.count()).toBe(18);
    const guarantee = page.locator('ol.checker-points > li[data-point="behandlingsgaranti"]');
    expect(await guarantee.innerText()).toContain('linje 529: overskrift »Behandlingsgaranti«');
    expect(await guarantee.locator('a').getAttribute('href')).toBe('/krav/behandlingsgaranti/');
    expect(await page.locator('.checker-skipped').innerText()).toContain('linje 41-77: lovens punktliste');
    expect(await page.locator('.checker-file').innerText()).toContain('Ingen problemer fundet.');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("Hedensted's text: the same missing points, messages and links as check-text in Node", async () => {
    const { page, context, consoleErrors } = await open();
    const text = read(HEDENSTED);
    await checkText(page, text);
    const expected = textCheckInNode(text, 'Indsat tekst');
    const missing = expected.diagnostics;
    expect(missing.length).toBeGreaterThan(0);
    const found = expected.points.filter((result) => result.status === 'fundet').length;
    expect(await summary(page).innerText()).toBe(`${found} af 18 lovpligtige punkter beskrevet, ${18 - found} ikke beskrevet`);
    const problems = page.locator('ol.checker-problems > li');
    expect(await problems.locator('.checker-message').allInnerTexts()).toEqual(missing.map((d) => d.message));
    expect(await problems.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(missing.map((d) => d.docsUrl));
    expect(await problems.locator('.checker-rule').allInnerTexts()).toEqual(missing.map((d) => d.ruleId));
    expect(await problems.first().locator('.checker-where').innerText()).toBe('linje 1:1');
    const foundIds = expected.points.filter((result) => result.status === 'fundet').map((result) => result.point.id);
    expect(
      await page.locator('ol.checker-points > li[data-outcome="beskrevet"]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.point)),
    ).toEqual(foundIds);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a chosen YAML document: the located schema problem, linked to its rule, and a note that the excerpts were not checked', async () => {
    const { page, context, consoleErrors } = await open();
    await chooseFiles(page, WRONG_TYPE_DEEP);
    const problem = page.locator('ol.checker-problems > li[data-rule="schema"]').filter({ hasText: 'tilbud[1].alder.fra' });
    expect(await problem.count()).toBe(1);
    expect(await problem.locator('.checker-where').innerText()).toBe('linje 83:19');
    expect(await problem.locator('a').getAttribute('href')).toBe('/regler/#schema');
    expect(await page.locator('.checker-file h3').innerText()).toBe('document.yaml');
    // The document did not pass its schema, so the later rules did not run: the page says so.
    expect(await page.locator('.checker-file').innerText()).toContain('Kun delvist kontrolleret');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a document without its source: the excerpt rule is skipped with a clear note; with the source it runs', async () => {
    const { page, context } = await open();
    await chooseFiles(page, EXCERPT_NOT_IN_SOURCE);
    expect(await summary(page).innerText()).toMatch(/^document\.yaml: .*\(uddragene er ikke kontrolleret mod kilden\)$/);
    const file = page.locator('.checker-file');
    expect(await file.innerText()).toContain('Uddragene er ikke kontrolleret');
    expect(await file.innerText()).toContain('eksempelby-kilde.txt');
    expect(await page.locator('li[data-rule="excerpt-not-in-source"]').count()).toBe(0);
    // Not reported as a broken reference to data/sources/: the reviewer simply has not chosen the source.
    expect(await page.locator('li[data-rule="dangling-reference"]').count()).toBe(0);

    await chooseFiles(page, [EXCERPT_NOT_IN_SOURCE, FIXTURE_SOURCE]);
    expect(await page.locator('.checker-file').count()).toBe(1); // the source is the source, not a draft to check
    expect(await page.locator('.checker-file').innerText()).toContain('Kildeteksten eksempelby-kilde.txt er brugt');
    const excerpt = page.locator('li[data-rule="excerpt-not-in-source"]');
    expect(await excerpt.count()).toBe(1);
    expect(await excerpt.locator('.checker-where').innerText()).toBe('linje 89:36');
    expect(await summary(page).innerText()).not.toContain('ikke kontrolleret');
    await context.close();
  });

  it("judges revision deadlines by the date in Copenhagen, like the build and the CLI, whatever the reviewer's time zone", async () => {
    // In Los Angeles it is still 31 December 2026 at both moments; in Copenhagen the second is 1 January 2027.
    const revisionAt = async (moment: string) => {
      const context = await site.browser.newContext({ timezoneId: 'America/Los_Angeles' });
      await context.clock.setFixedTime(new Date(moment));
      const page = await context.newPage();
      await page.goto(`${site.url}/tjek/`, { waitUntil: 'networkidle' });
      await chooseFiles(page, VALID);
      const messages = await page.locator('li[data-rule="revision-overdue"] .checker-message').allInnerTexts();
      await context.close();
      return messages;
    };
    expect(await revisionAt('2026-12-31T22:59:00Z')).toEqual([]);
    expect(await revisionAt('2026-12-31T23:30:00Z')).toEqual([expect.stringContaining('datoen 2027-01-01 er passeret')]);
  });

  it('shows HTML in a pasted draft and in file names as text', async () => {
    const { page, context, requests } = await open();
    const draft =
      '1. Behandlingsgaranti <img src="/x.png" onerror="window.pwned=1"><b>fed</b>\n\nKommunen tilbyder behandling senest 14 dage efter henvendelsen <script>window.pwned=2</script>.\n';
    await checkText(page, draft);
    const evidence = page.locator('li[data-point="behandlingsgaranti"] .checker-evidence');
    expect(await evidence.innerText()).toBe('linje 1: overskrift »Behandlingsgaranti <img src="/x.png" onerror="window.pwned=1"><b>fed</b>«');
    await chooseFiles(page, { name: '<img src=y onerror=window.pwned=3>.txt', mimeType: 'text/plain', buffer: Buffer.from(draft) });
    expect(await page.locator('.checker-file h3').allInnerTexts()).toContain('<img src=y onerror=window.pwned=3>.txt');
    expect(await page.locator('[data-checker-results] img, [data-checker-results] b, [data-checker-results] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(requests).toEqual([]);
    await context.close();
  });

  it('moves focus to the summary heading after each check and announces the counts politely', async () => {
    const { page, context } = await open();
    const status = page.locator('[data-checker-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    await checkText(page, read(SKANDERBORG));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tjek-resultat');
    expect(await summary(page).getAttribute('tabindex')).toBe('-1');
    await page.getByLabel('Indsæt teksten').focus();
    await chooseFiles(page, WRONG_TYPE_DEEP);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tjek-resultat');
    // The pasted text and the chosen file are checked together.
    expect(await status.innerText()).toMatch(/^Tjek færdigt\. 2 filer tjekket: \d+ fejl og \d+ (advarsel|advarsler)\.$/);
    await context.close();
  });

  it('sends nothing: no request at all while checking, and it works offline once loaded', async () => {
    const { page, context, requests, consoleErrors } = await open();
    const everything: string[] = [];
    page.on('request', (request) => everything.push(request.url()));
    await context.setOffline(true);
    await checkText(page, read(HEDENSTED));
    await chooseFiles(page, [EXCERPT_NOT_IN_SOURCE, FIXTURE_SOURCE]);
    expect(await page.locator('li[data-rule="excerpt-not-in-source"]').count()).toBe(1);
    expect(requests).toEqual([]);
    expect(everything.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('loads only from its own origin', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/tjek/`, { waitUntil: 'networkidle' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${site.url}/`))).toEqual([]);
    await context.close();
  });

  it('has no axe violations with results shown, and no sideways scrolling at 320 px', async () => {
    const files = [EXCERPT_NOT_IN_SOURCE, join(ROOT, 'test/fixtures/_text-check/udkast.md')];
    const { page, context } = await open();
    await chooseFiles(page, files);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
    const phone = await open({ viewport: { width: 320, height: 640 } });
    await chooseFiles(phone.page, files);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await phone.page.screenshot({ path: '/tmp/tjek-phone.png', fullPage: true });
    await phone.context.close();
  });

  describe('a Word or a PDF draft', () => {
    let directory = '';
    const draft = [
      { heading: 2, text: 'Behandlingsgaranti' },
      { text: 'Behandlingen begynder senest 14 dage efter, at du har henvendt dig.' },
      { heading: 2, text: 'Gavekort' },
      { text: 'Afsnittet udarbejdes senere.' },
    ] as const;
    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'tjek-udkast-'));
      writeFileSync(join(directory, 'udkast.docx'), await makeDocx([...draft]));
      writeFileSync(
        join(directory, 'udkast.pdf'),
        await makePdf([
          ['Behandlingsgaranti', 'Behandlingen begynder senest 14 dage efter, at du har henvendt dig.'],
          ['Gavekort', 'Afsnittet udarbejdes senere.'],
        ]),
      );
      writeFileSync(join(directory, 'skannet.pdf'), await makeScannedPdf(2));
    });
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it.each(['udkast.docx', 'udkast.pdf'])('%s: read in the browser (the reader loaded only then), three outcomes, help and the text as read', async (name) => {
      const { page, context, requests, consoleErrors } = await open();
      const reader = name.endsWith('.pdf') ? /\/_astro\/pdfjs-[^/]+\.js$/ : /\/_astro\/lib-[^/]+\.js$/;
      expect(requests.some((url) => reader.test(url))).toBe(false);
      await chooseFiles(page, join(directory, name));
      expect(requests.some((url) => reader.test(url))).toBe(true);
      expect(requests.filter((url) => !url.startsWith(`${site.url}/`))).toEqual([]);
      expect(await summary(page).innerText()).toBe('1 af 18 lovpligtige punkter beskrevet, 17 ikke beskrevet');
      expect(await page.locator('li[data-point="behandlingsgaranti"][data-outcome="beskrevet"]').innerText()).toContain('overskrift »Behandlingsgaranti«');
      expect(await page.locator('li[data-point="gavekort"][data-outcome="kun-nævnt"]').innerText()).toContain('(kun en pladsholder)');
      expect(await page.locator('li[data-point="monitorering"][data-outcome="mangler"]').count()).toBe(1);
      const help = page.locator('.checker-help-point[data-point="gavekort"]');
      expect(await help.innerText()).toContain('Loven: »Kommunens retningslinjer for anvendelse af gavekort«');
      expect(await help.locator('a[href="/krav/gavekort/"]').count()).toBe(1);
      expect(await page.locator('.checker-help-point[data-point="monitorering"] .checker-examples a').first().getAttribute('href')).toMatch(
        /^\/kommuner\/[a-z-]+\/[a-z0-9-]+\/#afsnit-/,
      );
      const panel = page.locator('details.checker-read-text');
      await panel.locator('summary', { hasText: 'Vis den læste tekst' }).click();
      expect(await panel.locator('pre').innerText()).toMatch(/Behandlingsgaranti/);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('a scanned PDF gets a clear Danish message that it is a scan', async () => {
      const { page, context, consoleErrors } = await open();
      await chooseFiles(page, join(directory, 'skannet.pdf'));
      const problem = page.locator('li[data-rule="pdf-without-text"]');
      expect(await problem.locator('.checker-message').innerText()).toContain('den er en scanning');
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  });

  it('without JavaScript explains the command-line check instead', async () => {
    const { page, context } = await open({ javaScriptEnabled: false });
    expect(await page.locator('[data-checker-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-checker-noscript]').isVisible()).toBe(true);
    const main = await page.locator('main').innerText();
    expect(main).toContain('npx rusmiddelstandard check <fil.yaml>');
    expect(main).toContain('npx rusmiddelstandard check-text <fil.txt>');
    await context.close();
  });
});
