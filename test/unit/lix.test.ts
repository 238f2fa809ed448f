import { describe, expect, it } from 'vitest';
import { lix, mainProse } from '../../src/lix/lix.ts';

describe('LIX', () => {
  it('counts words per sentence plus the share of long words', () => {
    // 8 words, 2 sentences, 2 long words (behandling, kommunen): 8/2 + 100*2/8 = 29.
    expect(lix('Du får behandling. Ring til kommunen i dag.')).toMatchObject({ words: 8, sentences: 2, longWords: 2, lix: 29 });
  });

  it('ends a sentence at the end of each block, even a list item in lower case', () => {
    expect(lix('Du kan klage over:\nafslag om behandling\nændring af dosis').sentences).toBe(3);
  });

  it('does not end a sentence at "fx" or inside a time like 14.00', () => {
    expect(lix('Ring fx kl. 14.00 til os.').sentences).toBe(1);
  });

  it('reads only the main prose: no quotations, source lines or navigation; a heading is a sentence', () => {
    const html =
      '<header>Menu og mere</header><main><nav><a>Spring over</a></nav><h2>Kontakt</h2><p>Du kan ringe.</p>' +
      '<blockquote>Borgeren kan rette henvendelse telefonisk</blockquote><p class="source">Kilde: afsnit 4.3 <q>ordret citat</q></p></main>';
    expect(mainProse(html)).toBe('Kontakt\nDu kan ringe.');
    expect(lix(mainProse(html)).sentences).toBe(2);
  });
});
