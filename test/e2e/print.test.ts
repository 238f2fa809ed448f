import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, urlPathOf } from '../helpers/built-site.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

/** A4 (210 mm) less print.css's side margins (2 × 14 mm), in CSS pixels at 96 per inch. */
const PAGE_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

const documentPages = builtHtmlFiles()
  .map(urlPathOf)
  .filter((path) => /^\/kommuner\/[^/]+\/[^/]+\/$/.test(path));
const site = useSiteInBrowser();

describe('a document page printed (print media emulated in Chromium at A4 width)', () => {
  it.each(documentPages)('%s prints within the page, without navigation, with address and dates', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: PAGE_WIDTH, height: 1100 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await page.emulateMedia({ media: 'print' });

    // Navigation, breadcrumbs, skip link and download links are for the screen.
    for (const selector of ['.site-header nav', '.breadcrumbs', '.skipnav', '.download-link', '.site-footer nav']) {
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
    }
    // The header names the page's address, the document's own date and when the original was fetched.
    const header = page.locator('.print-header');
    await expect.poll(() => header.isVisible()).toBe(true);
    const headerText = await header.innerText();
    expect(headerText).toContain(path);
    expect(headerText).toMatch(/Dokumentets dato: \S/);
    expect(headerText).toMatch(/Original hentet: \S/);
    // The content (tables of contents and headings included) is kept.
    expect(await page.locator('main h2').count()).toBeGreaterThan(2);
    for (const nav of await page.locator('main nav').all()) expect(await nav.isVisible()).toBe(true);

    const problems = await page.evaluate((width) => {
      const found: string[] = [];
      const name = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
      if (document.documentElement.scrollWidth > width + 1) found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
      for (const element of document.querySelectorAll('main *, .print-header *')) {
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        // Sticks out of the page: cut off on paper.
        if (box.left < -1 || box.right > width + 1) found.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
        // Clipped inside a box that scrolls or hides overflow: the rest never reaches the paper.
        if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && ['hidden', 'auto', 'scroll', 'clip'].includes(style.overflowX)) {
          found.push(`${name(element)} hides ${element.scrollWidth - element.clientWidth}px (overflow-x: ${style.overflowX})`);
        }
      }
      for (const table of document.querySelectorAll('main table')) {
        if (table.getBoundingClientRect().width > width + 1) found.push(`a table is ${Math.round(table.getBoundingClientRect().width)}px wide`);
      }
      return [...new Set(found)];
    }, PAGE_WIDTH);
    expect(problems).toEqual([]);

    // Chromium lays the page out for paper and makes a PDF of it.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
