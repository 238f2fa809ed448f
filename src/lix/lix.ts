/**
 * LIX (læsbarhedsindeks, Björnsson 1968) for the main text of a built page: words per sentence plus the share of
 * long words (more than six letters) in per cent. borger.dk writes for about 35–40; above 45 is "svær".
 * Pure: takes HTML, reads nothing.
 */
import { decodeEntities } from '../model/html-text.ts';

/** Elements whose text is not the page's own prose: quotations, source lines, navigation, code. */
const SKIPPED_TAGS = new Set(['blockquote', 'q', 'script', 'style', 'nav', 'code', 'pre', 'svg', 'template']);
/** Classes that mark a source line or an excerpt (the verbatim words of a document, not ours to simplify). */
const SKIPPED_CLASSES = ['source', 'excerpt', 'visually-hidden', 'sr-only'];
/** Elements that end a sentence even without a full stop: a heading, a list item or a table cell is read as one. */
const BLOCK_TAGS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dt',
  'dd',
  'div',
  'caption',
  'summary',
  'section',
  'article',
  'br',
  'figcaption',
  'label',
  'legend',
  'option',
  'button',
]);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface LixScore {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

function isSkipped(tag: string, attributes: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (/\s(hidden|data-lix-ignore)(\s|=|$)/.test(attributes)) return true;
  if (/\saria-hidden="true"/.test(attributes)) return true;
  const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
  return classes.some((name) => SKIPPED_CLASSES.includes(name));
}

/**
 * The prose of the page's <main> as sentences: quotations, source lines and navigation removed, and a sentence
 * break after every block element (a heading or a list item is read as a sentence of its own).
 */
export function mainProse(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->/g;
  const stack: { tag: string; skipped: boolean }[] = [];
  let skippedDepth = 0;
  let text = '';
  let last = 0;
  const breakSentence = () => {
    text += '\n';
  };
  for (let match = tagPattern.exec(main); match; match = tagPattern.exec(main)) {
    if (skippedDepth === 0) text += decodeEntities(main.slice(last, match.index));
    last = tagPattern.lastIndex;
    if (match[2] === undefined) continue;
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    if (VOID_TAGS.has(tag) || match[4] === '/') {
      if (tag === 'br' && skippedDepth === 0) breakSentence();
      continue;
    }
    if (!closing) {
      const skipped = isSkipped(tag, match[3] ?? '');
      stack.push({ tag, skipped });
      if (skipped) skippedDepth += 1;
      continue;
    }
    // Pop to the matching open tag (tolerates an unclosed <p> or <li>, as browsers do).
    const index = stack.map((entry) => entry.tag).lastIndexOf(tag);
    if (index < 0) continue;
    for (const entry of stack.splice(index)) if (entry.skipped) skippedDepth -= 1;
    if (skippedDepth === 0 && BLOCK_TAGS.has(tag)) breakSentence();
  }
  if (skippedDepth === 0) text += decodeEntities(main.slice(last));
  // One line per block; blocks without text vanish.
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .join('\n');
}

/**
 * LIX of plain text, one block per line. A sentence ends at . ! ? or : before a capital letter, and at the end of a
 * block; a word is a run of letters or digits.
 */
export function lix(text: string): LixScore {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  // "fx", "bl.a." and numbers like "14.00" must not end sentences: a full stop ends one only before a space and a capital letter, or at the end.
  // A block (line) is at least one sentence: a heading or list item without a full stop still ends one.
  const sentences = Math.max(
    1,
    text.split('\n').reduce((sum, block) => {
      const ends = (block.match(/[.!?:](?=\s+[\p{Lu}"”«(§]|\s*$)/gu) ?? []).length;
      return sum + (/[.!?:]\s*$/.test(block) ? ends : ends + 1);
    }, 0),
  );
  const longWords = words.filter((word) => (word.match(/\p{L}/gu) ?? []).length > 6).length;
  const lixValue = words.length === 0 ? 0 : words.length / sentences + (100 * longWords) / words.length;
  return { words: words.length, sentences, longWords, lix: Math.round(lixValue * 10) / 10 };
}

/** LIX of a built page's main prose. */
export const pageLix = (html: string): LixScore => lix(mainProse(html));
