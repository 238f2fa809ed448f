import { describe, expect, it } from 'vitest';
import { lixOfSite } from '../../src/cli/lix.ts';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';

requireBuiltSite();
const LIMIT = 40;
/**
 * Pages still over the limit, each with the figure it may not exceed. What keeps them there is the documents' own
 * complaint and offer wording in data/ (paraphrased close to the source, so not marked as quotations): rewriting
 * it plainly is a data task. The list only shrinks: a page that gets under the limit must leave it.
 */
const STILL_OVER: Record<string, number> = {
  '/klage/hedensted/sundhedsfaglig/': 50.3,
  '/klage/hedensted/personale/': 46.4,
  '/klage/skanderborg/sundhedsfaglig/': 46.2,
  '/klage/skanderborg/personale/': 45.8,
  '/rettigheder/skanderborg/': 43.7,
  '/klage/skanderborg/ventetid/': 42.4,
  '/rettigheder/mariagerfjord/': 42.2,
  '/klage/skanderborg/stofbehandling/': 42.2,
  '/rettigheder/hedensted/': 41.2,
  '/rettigheder/viborg/': 40.2,
};

const pages = lixOfSite(DIST);

describe(`plain Danish: LIX of every /rettigheder/ and /klage/ page at most ${LIMIT}`, () => {
  it('measures every rights page of the 98 kommuner and every complaint page', () => {
    expect(pages.filter((page) => page.path.startsWith('/rettigheder/')).length).toBe(99);
    expect(pages.filter((page) => page.path.startsWith('/klage/')).length).toBeGreaterThan(20);
  });

  it.each(pages.map((page) => [page.path, page.score.lix] as const))('%s: LIX %s', (path, lix) => {
    const ceiling = STILL_OVER[path];
    if (ceiling === undefined) {
      expect(
        lix,
        `Siden er svær at læse (LIX ${lix}, højst ${LIMIT}). "npm run lix -- --tekst" viser den tekst, der tælles. Kommer de lange ord og sætninger fra dokumentets sammenfatninger i data/ (fx klage og tilbud), så skriv dem i kortere sætninger med kortere ord (ordrette citater fra kilden tæller ikke med). Kommer de fra sidens egen tekst (src/i18n/da.ts), er det siden, ikke dokumentet, der skal rettes.`,
      ).toBeLessThanOrEqual(LIMIT);
    } else {
      expect(lix, 'siden er blevet sværere at læse, end da den kom på listen STILL_OVER').toBeLessThanOrEqual(ceiling);
      expect(lix, `nu under ${LIMIT}: fjern siden fra STILL_OVER i test/build/lix.test.ts`).toBeGreaterThan(LIMIT);
    }
  });
});
