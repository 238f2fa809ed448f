import StemmerDa from '@nlpjs/lang-da/src/stemmer-da.js';

/**
 * Danish stems from the Snowball Danish algorithm (as packaged by @nlpjs/lang-da), so a keyword finds its inflected
 * forms: "klage", "klagen" and "klager" all stem to "klag". Compounds are not split by Snowball; the matcher lets a
 * keyword's stem open or close a longer word instead (see keyword-index.ts).
 */
const stemmer = new StemmerDa();
const cache = new Map<string, string>();

export function stemDanish(lowerWord: string): string {
  let stem = cache.get(lowerWord);
  if (stem === undefined) {
    // Numbers, "§" and one-letter words have no endings to remove.
    stem = /^[\p{L}]{2,}$/u.test(lowerWord) ? (stemmer.stemWord(lowerWord) as string) : lowerWord;
    if (cache.size > 200_000) cache.clear(); // a bound, so a hostile text cannot grow the cache without limit
    cache.set(lowerWord, stem);
  }
  return stem;
}
