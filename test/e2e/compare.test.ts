import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { isAbsent } from '../../schemas/index.ts';
import { da } from '../../src/i18n/da.ts';
import { siteData } from '../helpers/site-data.ts';

const site = useSiteInBrowser();

/** The text of the cell in the row of `documentUrl` under the column headed `header`. */
async function cellText(page: Page, documentUrl: string, header: string): Promise<string> {
  const headers = await page.locator('table.comparison thead th').allInnerTexts();
  const column = headers.findIndex((text) => text.trim() === header);
  expect(column, `column "${header}" in ${headers.join(' | ')}`).toBeGreaterThan(0);
  const row = page.locator('table.comparison tbody tr', { has: page.locator(`th a[href="${documentUrl}"]`) });
  expect(await row.count()).toBe(1);
  return (await row.locator('th, td').nth(column).innerText()).replace(/\s+/g, ' ');
}

async function openTopic(slug: string): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  expect((await page.goto(`${site.url}/emner/${slug}/`))?.status()).toBe(200);
  return page;
}

const { documents } = siteData();

describe('comparison tables put each fact in its document row and topic column', () => {
  it('the treatment guarantee days', async () => {
    const page = await openTopic('behandlingsgaranti');
    for (const document of documents) {
      const text = await cellText(page, document.url, 'Senest');
      if (isAbsent(document.data.behandlingsgaranti)) expect(text).toBe(da.notDescribed);
      else for (const guarantee of document.data.behandlingsgaranti) expect(text).toContain(`${guarantee.dage} dage`);
    }
    await page.context().close();
  });

  it('each complaint body under the kind of complaint it handles', async () => {
    const page = await openTopic('klageadgang');
    let checked = 0;
    for (const document of documents) {
      if (isAbsent(document.data.klageadgang)) continue;
      for (const route of document.data.klageadgang) {
        if (route.emne === 'andet') continue;
        expect(await cellText(page, document.url, da.complaintSubjects[route.emne])).toContain(route.instans);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2);
    await page.context().close();
  });

  it('each contact keeps its place, address, phone numbers (as tel: links) and phone hours together', async () => {
    const page = await openTopic('kontakt');
    let checked = 0;
    for (const document of documents) {
      if (isAbsent(document.data.kontakt)) continue;
      expect(await cellText(page, document.url, da.fields.placeAndContact)).toContain(document.data.kontakt[0]!.navn);
      const row = page.locator('table.comparison tbody tr', { has: page.locator(`th a[href="${document.url}"]`) });
      for (const contact of document.data.kontakt) {
        const entry = row.locator('li', { hasText: contact.navn }).first();
        const text = (await entry.innerText()).replace(/\s+/g, ' ');
        for (const part of [contact.adresse, contact.telefontid].filter(Boolean)) expect(text).toContain(part);
        for (const phone of contact.telefon ?? []) {
          expect(await entry.locator(`a[href="tel:+45${phone.replace(/\D/g, '')}"]`).count(), phone).toBe(1);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2);
    await page.context().close();
  });

  it('a cell links to the section of the document that states it, with a short marker only', async () => {
    const page = await openTopic('klageadgang');
    const link = page.locator('table.comparison tbody td a.cell-source').first();
    expect(await link.innerText()).toBe(da.compare.sourceMarker);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    expect(page.url()).toBe(`${site.url}${href}`);
    expect(await page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);
    await page.context().close();
  });
});
