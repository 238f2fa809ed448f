import type { GlossaryTerm } from '../../schemas/index.ts';

/** Where a glossary link would be wrong: inside another link or a control, in a quotation, code, or a heading. */
const NO_LINK_TAGS = new Set(['a', 'button', 'label', 'select', 'option', 'textarea', 'summary', 'script', 'style', 'code', 'pre', 'q', 'blockquote', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'title', 'caption', 'th', 'dt']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

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
  const stack: { tag: string; blocks: boolean }[] = [];
  let blocked = 0;
  let out = '';
  let last = 0;
  const linkText = (text: string) =>
    text.replace(pattern, (match: string) => {
      const term = owner.get(match.toLocaleLowerCase('da'));
      if (!term || linked.has(term.id)) return match;
      linked.add(term.id);
      return `<a class="term" href="${href(term.id)}">${match}</a>`;
    });
  const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const text = html.slice(last, match.index);
    out += blocked === 0 ? linkText(text) : text;
    out += match[0];
    last = tagPattern.lastIndex;
    if (match[2] === undefined) continue;
    const tag = match[2].toLowerCase();
    if (VOID_TAGS.has(tag) || match[4] === '/') continue;
    if (match[1] !== '/') {
      const blocks = NO_LINK_TAGS.has(tag) || /\sclass="[^"]*\b(source|no-glossary|tag|tags|call-first__title|points-table)\b/.test(match[3] ?? '');
      stack.push({ tag, blocks });
      if (blocks) blocked += 1;
      // Script and style bodies are not HTML: skip to their end tag.
      if (tag === 'script' || tag === 'style') {
        const end = html.toLowerCase().indexOf(`</${tag}`, last);
        if (end > last) {
          out += html.slice(last, end);
          last = end;
          tagPattern.lastIndex = end;
        }
      }
      continue;
    }
    const index = stack.map((entry) => entry.tag).lastIndexOf(tag);
    if (index < 0) continue;
    for (const entry of stack.splice(index)) if (entry.blocks) blocked -= 1;
  }
  const rest = html.slice(last);
  return out + (blocked === 0 ? linkText(rest) : rest);
}
