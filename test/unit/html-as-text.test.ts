import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/model/markdown.ts';

/**
 * Section text in the data is Markdown written from other people's documents. Raw HTML in it must be shown as text,
 * never become elements (remarkHtmlAsText in src/markdown-config.ts); the rest of the Markdown still works.
 */
describe('Markdown from the data renders raw HTML as text', () => {
  const markdown = [
    'Før <script>alert(1)</script> efter.',
    '',
    'Et billede: <img src=x onerror=alert(1)> og <b>x</b>.',
    '',
    '<script>',
    'alert(2)',
    '</script>',
    '',
    '- punkt med **fed** tekst',
    '',
    '| Målgruppe | Alder |',
    '|---|---|',
    '| Voksne <b>y</b> | over 18 år |',
  ].join('\n');

  it('leaves no <script>, <img> or <b> element, inline or as a block', async () => {
    const html = await renderMarkdown(markdown);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/i);
    expect(html).not.toMatch(/<[a-z][^>]*\sonerror=/i); // as an attribute; as text it is fine
  });

  it('shows the HTML as escaped text', async () => {
    const html = await renderMarkdown(markdown);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('&#x3C;b>x&#x3C;/b>');
    expect(html).toContain('&#x3C;b>y&#x3C;/b>');
  });

  it('still renders the Markdown around it (lists, emphasis, GFM tables)', async () => {
    const html = await renderMarkdown(markdown);
    expect(html).toContain('<strong>fed</strong>');
    expect(html).toMatch(/<li>punkt med/);
    expect(html).toMatch(/<table[^>]*>[\s\S]*<td>Voksne/);
  });
});
