/**
 * Makes every Danish phone number a tel: link and every e-mail address a mailto: link in an HTML fragment, at build
 * time, so a reader can tap to call on any page that shows one: facts, tables, complaint answers and the documents'
 * full text alike. Only text between tags changes; text already inside a link, a control or code is left alone.
 */
const NO_LINK_TAGS = new Set(['a', 'button', 'label', 'select', 'option', 'textarea', 'script', 'style', 'code', 'pre', 'title', 'svg']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Eight digits written 4+4, 2+2+2+2 or together, optionally after +45; Danish numbers never start with 0 or 1. */
const PHONE = /(?<![\p{L}\p{N}.,/-])(?:\+45 ?)?[2-9]\d(?: ?\d{2}){3}(?![\p{L}\p{N}]|[.,]\d)/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/gu;
/** Two years side by side ("2017 2018" in a table heading) look like a 4+4 number but are not one. */
const TWO_YEARS = /^(?:19|20)\d\d ?(?:19|20)\d\d$/;

const digits = (text: string) => text.replace(/\D/g, '').replace(/^45(?=\d{8}$)/, '');

export function phoneHref(number: string): string {
  return `tel:+45${digits(number)}`;
}

function linkText(text: string): string {
  return text
    .replace(EMAIL, (address) => `<a href="mailto:${address}">${address}</a>`)
    // The e-mail links just made must not be searched for numbers again: split on them.
    .split(/(<a href="mailto:[^"]*">[^<]*<\/a>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(PHONE, (number) => {
      const bare = number.replace(/^\+45 ?/, '');
      return TWO_YEARS.test(bare) || digits(number).length !== 8 ? number : `<a href="${phoneHref(number)}">${number}</a>`;
    })))
    .join('');
}

export function linkContacts(html: string): string {
  const stack: { tag: string; blocks: boolean }[] = [];
  let blocked = 0;
  let out = '';
  let last = 0;
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
      const blocks = NO_LINK_TAGS.has(tag);
      stack.push({ tag, blocks });
      if (blocks) blocked += 1;
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
