import type { GlossaryTerm } from '../../schemas/index.ts';
import { rewriteTextOutside } from './html-text.ts';

/** Where a glossary link would be wrong: inside another link or a control, in a quotation, code, or a heading. */
const NO_LINK_TAGS = new Set([
  'a',
  'button',
  'label',
  'select',
  'option',
  'textarea',
  'summary',
  'script',
  'style',
  'code',
  'pre',
  'q',
  'blockquote',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'svg',
  'title',
  'caption',
  'th',
  'dt',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links the first use of each glossary term in an HTML fragment to its explanation on /ordliste/, at build time,
 * so no JavaScript is needed. Text inside links, controls, quotations, code, headings and navigation is left alone,
 * and so is every attribute: only text between tags changes.
 */
export function linkGlossaryTerms(html: string, terms: readonly GlossaryTerm[], href = (id: string) => `/ordliste/#${id}`): string {
  if (terms.length === 0) return html;
  const owner = new Map<string, GlossaryTerm>();
  for (const term of terms) for (const word of [term.term, ...(term.varianter ?? [])]) owner.set(word.toLocaleLowerCase('da'), term);
  // Longest words first, so "ambulant behandling" wins over "ambulant".
  const words = [...owner.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const linked = new Set<string>();
  const linkText = (text: string) =>
    text.replace(pattern, (match: string) => {
      const term = owner.get(match.toLocaleLowerCase('da'));
      if (!term || linked.has(term.id)) return match;
      linked.add(term.id);
      return `<a class="term" href="${href(term.id)}">${match}</a>`;
    });
  const blocks = (tag: string, attributes: string) =>
    NO_LINK_TAGS.has(tag) || /\sclass="[^"]*\b(source|no-glossary|tag|tags|call-first__title|points-table)\b/.test(attributes);
  return rewriteTextOutside(html, blocks, linkText);
}
