import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { isAbsent } from '../../schemas/index.ts';
import { COMPLAINT_QUESTIONS, routesFor } from '../../src/model/complaints.ts';
import { deadlineView } from '../../src/topics/klageadgang/deadline.ts';
import { da } from '../../src/i18n/da.ts';
import { siteData } from '../helpers/site-data.ts';
import { builtPageText } from '../helpers/html-text.ts';

const site = useSiteInBrowser();

const { kommuner } = siteData();

describe('Dine rettigheder', () => {
  it.each(kommuner.map((k) => [k.id, k] as const))(
    '%s: every question is answered from the data or says the kommune is silent, with the law beside it',
    (_, kommune) => {
      const text = builtPageText(`/rettigheder/${kommune.id}/`);
      for (const question of ['Hvor henvender jeg mig?', 'Hvor hurtigt får jeg hjælp', 'Kan jeg være anonym', 'Hvor klager jeg?'])
        expect(text).toContain(question);
      expect(text).toContain('Det siger loven');
      const followUps = kommune.documents.filter((d) => !isAbsent(d.data.opfoelgning));
      if (followUps.length === 0) expect(text).toContain('Ikke beskrevet i kommunens standard.');
      for (const document of kommune.documents) {
        if (document.revision.kind !== 'current') expect(text).toContain(`"${document.data.titel}"`);
        const contacts = document.data.kontakt;
        if (!isAbsent(contacts)) for (const phone of contacts.flatMap((c) => c.telefon ?? [])) expect(text).toContain(phone);
      }
    },
  );
});

describe('Hvor klager jeg?', () => {
  it('has a static answer for every kommune and kind of complaint, from the complaint-route data', () => {
    for (const kommune of kommuner) {
      for (const question of COMPLAINT_QUESTIONS) {
        const text = builtPageText(`/klage/${kommune.id}/${question.slug}/`);
        const routes = routesFor(kommune, question);
        if (routes.length === 0) expect(text).toContain('Ikke beskrevet i kommunens standard');
        for (const { route } of routes) {
          expect(text).toContain(route.instans);
          // A deadline shows as a sentence with the source's text, "Der er ingen klagefrist." when the source says there is
          // none, and with its condition.
          const deadline = deadlineView(route.frist);
          if (deadline) expect(text).toContain(deadline.none ? da.deadline.sentenceNone : `Klagefristen er ${deadline.text}.`);
          if (deadline?.condition) expect(text).toContain(deadline.condition);
        }
      }
    }
  });

  it('with JavaScript, choosing kommune and subject goes straight to the answer', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/klage/`);
    await page.locator('#klage-kommune').selectOption('skanderborg');
    await page.locator('#klage-emne').selectOption('stofbehandling');
    await page.getByRole('button', { name: 'Vis svaret' }).click();
    await page.waitForURL(`${site.url}/klage/skanderborg/stofbehandling/`);
    expect(await page.locator('main').innerText()).toContain('Ankestyrelsen');
    await page.context().close();
  });

  it('without JavaScript, the form stays hidden and plain links lead to each answer', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${site.url}/klage/`);
    expect(await page.locator('[data-complaint-finder]').isVisible()).toBe(false);
    await page.locator('a[href="/klage/hedensted/stofbehandling/"]').click();
    expect(await page.locator('main').innerText()).toContain('28 dage');
    await page.context().close();
  });
});
