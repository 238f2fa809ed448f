import { describe, expect, it } from 'vitest';
import { extraTerms, withExtraTerms } from '../../src/search/everyday-words.ts';

describe('everyday search words', () => {
  it('gives a page about gift cards the word "belønning", weighted by how much it is about them', () => {
    const once = extraTerms('Kommunen kan give gavekort.').find((group) => group.words.includes('belønning'));
    const often = extraTerms('gavekort '.repeat(12)).find((group) => group.words.includes('belønning'));
    expect(once?.weight).toBe(0.5);
    expect(often!.weight).toBeGreaterThan(once!.weight);
  });

  it('adds nothing to a page that does not use the words', () => {
    expect(extraTerms('Åbningstider og adresse.')).toEqual([]);
  });

  it('adds the words inside the indexed body only, and leaves a page without one alone', () => {
    const html = '<html><body><main data-pagefind-body><p>Kommunen giver gavekort.</p></main></body></html>';
    expect(withExtraTerms(html)).toContain('<p data-pagefind-weight="0.5">Søgeord: belønning, belønninger, præmie.</p></main>');
    expect(withExtraTerms('<main><p>gavekort</p></main>')).toBe('<main><p>gavekort</p></main>');
  });
});
