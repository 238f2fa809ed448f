import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { FIXTURE_SOURCE, hostileInputs, type HostileInput } from '../unit/hostile-inputs.ts';

const site = useSiteInBrowser();

/** Every case /tjek/ can receive: a document, chosen with its source text (and companion) as a reviewer would. */
const inputs = hostileInputs().filter((input) => input.placement === 'document');
const SOURCE = readFileSync(FIXTURE_SOURCE);

describe('hostile input through /tjek/ in Chromium (issue 12): a located result, never an uncaught error, the page stays responsive', () => {
  let page: Page;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    const context = await site.browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${site.url}/tjek/`, { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await page.context().close();
  });

  // One page for all cases, one after another: a case that froze or broke the page would fail every later one.
  it.each(inputs.map((input) => [`class ${String(input.issueClass).padStart(2)}: ${input.name}`, input] as const))(
    '%s',
    { timeout: 120_000 },
    async (_, input: HostileInput) => {
      const name = input.fileName ?? 'document.yaml';
      const status = page.locator('[data-checker-status]');
      await status.evaluate((element) => {
        element.textContent = '';
      });
      const started = Date.now();
      await page.getByLabel('Eller vælg filer').setInputFiles([
        ...(input.companion ? [{ name: 'a-foerste.yaml', mimeType: 'application/yaml', buffer: input.companion }] : []),
        { name, mimeType: 'application/yaml', buffer: input.bytes! },
        // The source the case cites (its own, when it adds words to a section); /tjek/ has no heading map to compare with.
        input.source
          ? { name: input.source.name, mimeType: 'text/plain', buffer: Buffer.from(input.source.text, 'utf8') }
          : { name: 'eksempelby-kilde.txt', mimeType: 'text/plain', buffer: SOURCE },
      ]);
      await expect.poll(() => status.innerText(), { timeout: 90_000 }).toMatch(/^Tjek færdigt\./);
      expect(Date.now() - started).toBeLessThan(90_000);
      const section = page.locator('section.checker-file').filter({ has: page.getByRole('heading', { name, exact: true }) });
      const errors = section.locator('li.checker-problem').filter({ has: page.locator('.checker-severity-error') });
      const shown = await errors.evaluateAll((items) =>
        items.map((item) => ({
          where: item.querySelector('.checker-where')!.textContent!,
          rule: item.getAttribute('data-rule')!,
          message: item.querySelector('.checker-message')!.textContent!,
        })),
      );
      expect(shown.map((error) => `${error.where} ${error.rule}`)).toEqual(input.errors.map((error) => `linje ${error.line}:${error.column} ${error.rule}`));
      input.errors.forEach((error, index) => expect(shown[index]!.message).toContain(error.contains));
      // The page still answers at once, and nothing was thrown.
      const answered = Date.now();
      expect(await page.evaluate(() => document.title)).toContain('Tjek');
      expect(Date.now() - answered).toBeLessThan(5_000);
      expect(pageErrors).toEqual([]);
    },
  );
});
