import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { documentsInData } from '../helpers/documents-in-data.ts';

/**
 * Issue #14's "done when": each of the eleven kinds of question a citizen asks is answered in at most two taps from
 * the home page, on a 375 px phone without JavaScript, with a next step the citizen can act on. The kommune selector
 * on the home page is the first tap; a link on the page it opens (the rights page's list of questions) is the second.
 * Run for every kommune with a document on the site and for one without (Aarhus).
 */
const site = useSiteInBrowser();
const PHONE = { width: 375, height: 700 };
const MAX_TAPS = 2;

/** Kommune name by URL slug, read from data/ (not through the site's model); Aarhus has no document on the site. */
const KOMMUNER = new Map(documentsInData().map((document) => [document.folder, document.kommune]));
const WITHOUT_DOCUMENT = ['aarhus', 'Aarhus'] as const;
if (KOMMUNER.has(WITHOUT_DOCUMENT[0])) throw new Error('Aarhus har fået et dokument: vælg en anden kommune uden dokument til testen.');
const CASES: [string, string, boolean][] = [
  ...[...KOMMUNER].map(([slug, navn]) => [slug, navn, true] as [string, string, boolean]),
  [...WITHOUT_DOCUMENT, false],
];

/** The national complaint bodies the law names, and the ones the documents name for their own routes. */
const COMPLAINT_BODY = /Ankestyrelsen|Ankenævnet|Styrelsen for Patientklager|Patientkontoret/;

/** A question answered under an anchor of the kommune's rights page, and words its answer must contain. */
const ON_RIGHTS_PAGE: { kind: string; anchor: string; answer: RegExp }[] = [
  { kind: 'kontakt', anchor: 'kontakt', answer: /rådgivning|[Tt]elefon|[Rr]ing til/ },
  { kind: 'anonymitet', anchor: 'anonymitet', answer: /anonym/ },
  { kind: 'ventetid', anchor: 'behandlingsgaranti', answer: /14 dage/ },
  { kind: 'unge', anchor: 'unge', answer: /under 18/ },
  { kind: 'klage og frist', anchor: 'klage', answer: /4 uger|28 dage|[Ff]rist/ },
  { kind: 'frit valg', anchor: 'frit-valg', answer: /vælge/ },
  { kind: 'gavekort', anchor: 'gavekort', answer: /[Gg]avekort/ },
  { kind: 'manglende punkter', anchor: 'lovens-krav', answer: /punkter/ },
  { kind: 'døgninstitutioner', anchor: 'doegn', answer: /døgn/ },
];

const exactly = (text: string) => new RegExp(`^${text}$`);

/** Taps from the home page, counted: each is a link the citizen follows, and each must lead where it says. */
async function fromHome(navn: string): Promise<{ page: Page; tap: (link: Locator) => Promise<void>; taps: () => number }> {
  const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  let taps = 0;
  const tap = async (link: Locator) => {
    taps += 1;
    expect(await link.count(), `tap ${taps}`).toBe(1);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.href === new URL(href, page.url()).href);
  };
  // Tap 1: the kommune in the home page's "Find din kommune" list.
  await tap(page.locator('.home-find nav.region-list a', { hasText: exactly(navn) }));
  return { page, tap, taps: () => taps };
}

/** Whether the element's top is on the phone's screen now (an anchor link scrolled it there). */
async function onScreen(element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.y >= 0 && box.y < PHONE.height;
}

describe.each(CASES)('from the home page, a citizen of %s (%s)', (slug, navn, documented) => {
  it.each(ON_RIGHTS_PAGE.map((question) => [question.kind, question] as const))(
    'asks about %s and gets an answer and a next step in two taps',
    async (_, question) => {
      const { page, tap, taps } = await fromHome(navn);
      expect(page.url()).toBe(`${site.url}/rettigheder/${slug}/`);
      // Tap 2: the question in the list at the top of the rights page.
      await tap(page.locator(`nav[aria-label="Spørgsmål på siden"] a[href="#${question.anchor}"]`));
      expect(taps()).toBeLessThanOrEqual(MAX_TAPS);
      const section = page.locator(`section#${question.anchor}`);
      expect(await onScreen(section.locator('h2')), 'the anchor brings the question onto the screen').toBe(true);
      const answer = (await section.innerText()).replace(await section.locator('h2').innerText(), '');
      expect(answer).toMatch(question.answer);
      // The next step: the kommune's number to tap where there is one; otherwise where to find its treatment centre.
      const next = documented ? section.locator('a[href^="tel:+45"]').last() : section.locator('.next-step a[href^="https://tilbudsportalen.dk/"]');
      expect(await next.isVisible(), 'a next step is visible under the answer').toBe(true);
      if (question.anchor === 'klage') expect(answer).toMatch(COMPLAINT_BODY);
      await page.context().close();
    },
  );

  it('wants to compare with other kommuner and gets the comparison and whom to call in two taps', async () => {
    const { page, tap, taps } = await fromHome(navn);
    await tap(page.locator('section#sammenlign a[href="/emner/behandlingsgaranti/"]'));
    expect(taps()).toBeLessThanOrEqual(MAX_TAPS);
    expect(await page.locator('table.comparison caption').isVisible()).toBe(true);
    if (documented)
      expect(
        await page
          .locator('table.comparison tbody th[scope="row"] a', { hasText: exactly(navn) })
          .first()
          .isVisible(),
      ).toBe(true);
    const next = page.locator('.next-step');
    expect(await next.locator('a[href^="tel:+45"]').first().isVisible()).toBe(true);
    expect(await next.locator(documented ? `a[href="/rettigheder/${slug}/"]` : 'a[href="/rettigheder/"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it(
    documented
      ? 'wants to call from the phone and can tap the number on the first screen after one tap'
      : 'wants to call: the site has no number for the kommune, and the contact answer says where to find its centre',
    async () => {
      const { page, tap, taps } = await fromHome(navn);
      if (documented) {
        const number = page.locator('.call-first a[href^="tel:+45"]').first();
        expect(await onScreen(number)).toBe(true);
        const box = (await number.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(taps()).toBe(1);
      } else {
        await tap(page.locator('nav[aria-label="Spørgsmål på siden"] a[href="#kontakt"]'));
        expect(taps()).toBeLessThanOrEqual(MAX_TAPS);
        const section = page.locator('section#kontakt');
        expect(await section.innerText()).toContain(`ring til ${navn} Kommune`);
        expect(await section.locator('.next-step a[href^="https://tilbudsportalen.dk/"]').isVisible()).toBe(true);
      }
      await page.context().close();
    },
  );
});
