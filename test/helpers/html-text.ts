import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site.ts';

/** The visible text of an HTML string: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      // An inline element (a glossary or phone link, emphasis, a dating marker) adds no space, as on screen:
      // "behandlingsplan</a>," reads "behandlingsplan,". A row's meta line is a block of its own.
      .replace(/<span class="row-meta"/g, ' <span class="row-meta"')
      .replace(/<\/?(?:a|strong|em|b|i|abbr|q|mark|span)(?:\s[^>]*)?>/gi, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
  );
}

/** The visible text of a built page, by its URL path. */
export function builtPageText(urlPath: string): string {
  return htmlText(readFileSync(join(DIST, urlPath, 'index.html'), 'utf8'));
}
