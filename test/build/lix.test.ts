import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lixOfSite } from '../../src/cli/lix.ts';
import { decodeEntities } from '../../src/model/html-text.ts';
import { ROOT } from '../helpers/dataset.ts';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';

requireBuiltSite();
const LIMIT = 40;
const pages = lixOfSite(DIST);

describe(`plain Danish: LIX of every /rettigheder/ and /klage/ page at most ${LIMIT}`, () => {
  it('measures every rights page of the 98 kommuner and every complaint page', () => {
    expect(pages.filter((page) => page.path.startsWith('/rettigheder/')).length).toBe(99);
    expect(pages.filter((page) => page.path.startsWith('/klage/')).length).toBeGreaterThan(20);
  });

  it.each(pages.map((page) => [page.path, page.score.lix] as const))('%s: LIX %s', (_path, lix) => {
    expect(
      lix,
      `Siden er svær at læse (LIX ${lix}, højst ${LIMIT}). "npm run lix -- --tekst" viser den tekst, der tælles. Kommer de lange ord og sætninger fra dokumentets sammenfatninger i data/ (fx klage og tilbud), så skriv dem i kortere sætninger med kortere ord (ordrette citater fra kilden tæller ikke med). Kommer de fra sidens egen tekst (src/i18n/da.ts), er det siden, ikke dokumentet, der skal rettes.`,
    ).toBeLessThanOrEqual(LIMIT);
  });
});

/**
 * The LIX count leaves quotations out, because the source's words are not ours to simplify. That is only honest if
 * every quotation on these pages really is the source's words: each <q> and <blockquote> in the main text must occur
 * verbatim (after the check's own normalisation of spacing and line-break hyphens) in one of the source documents.
 */
const normalise = (text: string) => text.replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();
const decode = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));
const sources = readdirSync(join(ROOT, 'data', 'sources'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => normalise(readFileSync(join(ROOT, 'data', 'sources', name), 'utf8')));
const quotations = pages.flatMap(({ path }) => {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const main = html.slice(html.search(/<main[\s>]/), html.lastIndexOf('</main>'));
  return [...main.matchAll(/<(q|blockquote)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)].map((match) => [path, normalise(decode(match[2]!))] as const);
});

describe('quotations left out of LIX are verbatim from a source document', () => {
  it('the rights and complaint pages quote the sources (deadlines, what a deadline is counted from)', () => {
    expect(quotations.length).toBeGreaterThan(10);
  });

  it.each(quotations)('%s: „%s“', (_path, quotation) => {
    expect(
      sources.some((source) => source.includes(quotation)),
      'citatet står ikke ordret i nogen kilde: skriv det som almindelig tekst',
    ).toBe(true);
  });
});
