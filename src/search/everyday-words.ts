import { da } from '../i18n/da.ts';

/**
 * Everyday words citizens search with, and the words the documents use for the same thing. At index time a page
 * that uses the documents' words gets the everyday words as extra, lightly weighted search terms (Pagefind's
 * data-pagefind-weight), as often as it uses them, up to a cap: so "hash" finds the pages about young people and
 * drugs, and "belønning" the pages about gift cards, without changing what the page shows.
 */
export interface EverydayWords {
  /** What people type. */
  add: string[];
  /** The documents' words for it (lower case; matched at word starts, so "gavekort" also counts "gavekortet"). */
  when: string[];
}

export const EVERYDAY_WORDS: EverydayWords[] = [
  {
    add: ['hash', 'cannabis', 'pot', 'joint', 'skunk'],
    when: ['hash', 'cannabis', 'euforiserende', 'stofbrug', 'stofmisbrug', 'unge ', 'ungdom', 'ungeråd', 'under 18'],
  },
  { add: ['belønning', 'belønninger', 'præmie'], when: ['gavekort'] },
  { add: ['ventetid', 'vente', 'venteliste'], when: ['behandlingsgaranti', 'senest 14 dage', '14 dage'] },
  { add: ['behandlingsgaranti'], when: ['ventetid'] },
  // The rights pages say "vælge, hvor du bliver behandlet" in plain words; people still type the official word.
  { add: ['behandlingssted', 'behandlingssteder', 'frit valg'], when: ['frit valg', 'frit vælge', 'selv at vælge', 'selv vælge', 'vælge et andet'] },
  { add: ['familie', 'forældre', 'søskende', 'kæreste', 'ægtefælle'], when: ['pårørende'] },
  { add: ['pårørende'], when: ['familie', 'forældre'] },
  { add: ['afhængighed', 'afhængig', 'misbrug', 'rusmiddelproblemer'], when: ['misbrug', 'afhængig', 'rusmiddel', 'alkoholbehandling', 'stofbehandling'] },
];

/**
 * The extra search terms for a page's text: one short line per group whose trigger words the page uses, weighted
 * by how often it uses them (Pagefind weights run from 0 to 10; body text is 1), so a page about the thing ranks
 * above one that mentions it in passing.
 */
export function extraTerms(text: string): { words: string[]; weight: number }[] {
  const lower = text.toLocaleLowerCase('da');
  return EVERYDAY_WORDS.flatMap(({ add, when }) => {
    const hits = when.reduce((sum, word) => sum + countWordStarts(lower, word), 0);
    return hits === 0 ? [] : [{ words: add, weight: Math.min(10, Math.max(0.5, hits / 2)) }];
  });
}

function countWordStarts(text: string, word: string): number {
  let count = 0;
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + word.length)) {
    if (index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1]!)) count += 1;
  }
  return count;
}

/**
 * Adds the extra terms to a built page for the index only (the page on disk is unchanged), at the end of its
 * indexed body. Should a result's excerpt come from them, it reads as a plain list of search words.
 */
export function withExtraTerms(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const text = html
    .slice(start, end)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  const lines = extraTerms(text).map(
    ({ words, weight }) => `<p data-pagefind-weight="${weight.toFixed(1)}">${da.search.extraWordsLabel}: ${words.join(', ')}.</p>`,
  );
  return lines.length === 0 ? html : `${html.slice(0, end)}${lines.join('')}${html.slice(end)}`;
}
