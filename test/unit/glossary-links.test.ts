import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms } from '../../src/model/glossary-links.ts';

const terms = [
  { id: 'visitation', term: 'visitation', forklaring: 'x', varianter: ['visiteret'] },
  { id: 'ambulant', term: 'ambulant', forklaring: 'x' },
  { id: 'brus', term: 'BRUS', forklaring: 'x' },
];

describe('glossary links', () => {
  it('links only the first use of a term, whatever its form or case', () => {
    const html = '<p>Du bliver visiteret. Efter visitation får du ambulant behandling.</p><p>Ambulant igen.</p>';
    expect(linkGlossaryTerms(html, terms)).toBe(
      '<p>Du bliver <a class="term" href="/ordliste/#visitation">visiteret</a>. Efter visitation får du <a class="term" href="/ordliste/#ambulant">ambulant</a> behandling.</p><p>Ambulant igen.</p>',
    );
  });

  it('leaves links, quotations, headings, source lines and attributes alone', () => {
    const html =
      '<h2>Visitation</h2><a href="/x/" title="visitation">visitation</a><q>visitation</q><p class="source">visitation</p><p data-x="BRUS">BRUS og visitation</p>';
    expect(linkGlossaryTerms(html, terms)).toBe(
      '<h2>Visitation</h2><a href="/x/" title="visitation">visitation</a><q>visitation</q><p class="source">visitation</p><p data-x="BRUS"><a class="term" href="/ordliste/#brus">BRUS</a> og <a class="term" href="/ordliste/#visitation">visitation</a></p>',
    );
  });

  it('does not link part of a longer word', () => {
    expect(linkGlossaryTerms('<p>visitationsudvalget og ambulante</p>', terms)).toBe('<p>visitationsudvalget og ambulante</p>');
  });
});
