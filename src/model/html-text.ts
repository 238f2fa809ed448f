/**
 * Rewrites only the text between tags of an HTML fragment, at build time: the glossary links and the tel:/mailto:
 * links both need to change running text while leaving every tag, attribute, script and style body alone, and never
 * to touch text inside elements where a link would be wrong.
 */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Calls `rewrite` on each run of text that is not inside an element for which `blocks(tag, attributes)` is true, and
 * returns the fragment with those runs replaced. Comments, tags and script/style bodies are copied unchanged.
 */
export function rewriteTextOutside(html: string, blocks: (tag: string, attributes: string) => boolean, rewrite: (text: string) => string): string {
  const stack: { tag: string; blocks: boolean }[] = [];
  let blocked = 0;
  let out = '';
  let last = 0;
  const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const text = html.slice(last, match.index);
    out += blocked === 0 ? rewrite(text) : text;
    out += match[0];
    last = tagPattern.lastIndex;
    if (match[2] === undefined) continue;
    const tag = match[2].toLowerCase();
    if (VOID_TAGS.has(tag) || match[4] === '/') continue;
    if (match[1] !== '/') {
      const blocking = blocks(tag, match[3] ?? '');
      stack.push({ tag, blocks: blocking });
      if (blocking) blocked += 1;
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
  return out + (blocked === 0 ? rewrite(rest) : rest);
}

/** The text of HTML with its character references decoded (numeric, and the named ones the site writes); &amp; last. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
