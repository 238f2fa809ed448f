import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from '../../src/model/html-text.ts';
import { DIST } from './built-site.ts';

/** The visible text of an HTML string: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    // An inline element (a glossary or phone link, emphasis, a dating marker) adds no space, as on screen:
    // "behandlingsplan</a>," reads "behandlingsplan,". A row's meta line is a block of its own.
    .replace(/<span class="row-meta"/g, ' <span class="row-meta"')
    .replace(/<\/?(?:a|strong|em|b|i|abbr|q|mark|span)(?:\s[^>]*)?>/gi, '')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ');
}

/** The visible text of a built page, by its URL path. */
export function builtPageText(urlPath: string): string {
  return htmlText(readFileSync(join(DIST, urlPath, 'index.html'), 'utf8'));
}
