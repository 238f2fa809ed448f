/**
 * Text normalisation that remembers where every character came from, so a difference found after normalising
 * (collapsing whitespace, undoing hyphenation, stripping Markdown) can still be reported at the exact line and column
 * of the original file. Every step is one regular-expression pass: linear in the length of the text.
 */
import { positionsIn } from './parse-yaml.ts';

/** A text and, for each of its characters, the offset in the original text it came from. */
export interface MappedText {
  text: string;
  origin: number[];
}

/** One word of a normalised text and the offset of its first character in the original text. */
export interface Token {
  word: string;
  at: number;
}

/** What a match is replaced by: new text (placed at the match's start) or a kept range [start, end) of the input. */
type Piece = string | readonly [number, number];

export function mapText(text: string, base = 0): MappedText {
  const origin = new Array<number>(text.length);
  for (let index = 0; index < text.length; index++) origin[index] = base + index;
  return { text, origin };
}

/** Replaces every match of `pattern` (which must be global) by the pieces `replace` returns. */
export function replaceMapped(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => Piece[]): MappedText {
  pattern.lastIndex = 0;
  // Most passes find nothing (most texts have no tables, links or escapes): then the input is the answer.
  if (!pattern.test(input.text)) return input;
  let text = '';
  const origin: number[] = [];
  let last = 0;
  const keep = (start: number, end: number) => {
    text += input.text.slice(start, end);
    for (let index = start; index < end; index++) origin.push(input.origin[index]!);
  };
  pattern.lastIndex = 0;
  for (let match = pattern.exec(input.text); match; match = pattern.exec(input.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    keep(last, match.index);
    const at = input.origin[match.index] ?? 0;
    for (const piece of replace(match)) {
      if (typeof piece === 'string') {
        text += piece;
        for (let index = 0; index < piece.length; index++) origin.push(at);
      } else {
        keep(piece[0], piece[1]);
      }
    }
    last = match.index + match[0].length;
  }
  keep(last, input.text.length);
  return { text, origin };
}

const drop = (): Piece[] => [];
/** Keeps capture group 1 of a match made with the `d` flag. */
const group = (match: RegExpExecArray): Piece[] => {
  const range = match.indices?.[1];
  return range ? [range] : [];
};

/**
 * The normalisation both sides of a comparison get: invisible characters dropped, stray spaces before combining
 * marks closed up ("pa ̊" → "på"), Unicode NFC, line-break hyphenation undone ("behand- lings" → "behandlings"),
 * the same way as for excerpts (normalizeForExcerpt).
 */
export function normalizeMapped(input: MappedText): MappedText {
  // Each zero-width character is dropped on its own; U+200D here is one of them, not a joiner of its neighbours.
  // eslint-disable-next-line no-misleading-character-class
  let text = replaceMapped(input, /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, drop);
  text = replaceMapped(text, /\s+(?=\p{M})/gu, drop);
  text = replaceMapped(text, /\P{M}\p{M}+/gu, (match) => [match[0].normalize('NFC')]);
  // A bullet at the start of a line ("-at yde", "o Målgrupper", "• Udredning"): list syntax, not words.
  text = replaceMapped(text, /^[ \t]*(?:[-•●○◦▪■□►➢✓·\p{Co}]+|o(?=[ \t]))[ \t]*(?=\S)/gmu, drop);
  text = replaceMapped(text, /-\s+/g, drop);
  // A hyphen inside a word is spelling the source may break over a line ("Stress-\ncoach"): not compared.
  text = replaceMapped(text, /(?<=\p{L})-(?=\p{L})/gu, drop);
  return text;
}

/**
 * Markdown syntax in a section's text that the source does not have: table separator rows and pipes, heading
 * markers, block quotes, list bullets, thematic breaks, emphasis, hard-break backslashes, link syntax, HTML breaks
 * and backslash escapes. Numbered list markers stay: the sources print them.
 */
export function stripMarkdown(input: MappedText): MappedText {
  let text = replaceMapped(input, /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm, drop);
  text = replaceMapped(text, /^[ \t]*(?:[-*_][ \t]*){3,}$/gm, drop);
  text = replaceMapped(text, /\\$/gm, drop);
  text = replaceMapped(text, /^[ \t]*#{1,6}[ \t]+/gm, drop);
  text = replaceMapped(text, /^[ \t]*>[ \t]?/gm, drop);
  text = replaceMapped(text, /^[ \t]*[-*+][ \t]+/gm, drop);
  text = replaceMapped(text, /!?\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+"[^"\n]*")?\)/dg, group);
  text = replaceMapped(text, /<((?:https?:\/\/|mailto:)[^>\s]+|[^>\s@]+@[^>\s]+)>/dg, group);
  text = replaceMapped(text, /<br\s*\/?>/gi, () => [' ']);
  text = replaceMapped(text, /(?<!\\)\|/g, () => [' ']);
  text = replaceMapped(text, /(?<!\\)\*+/g, drop);
  text = replaceMapped(text, /(?<![\\\p{L}\p{N}])_+|(?<!\\)_+(?![\p{L}\p{N}])/gu, drop);
  text = replaceMapped(text, /\\([\\`*_{}[\]()#+\-.!|<>~])/dg, group);
  return text;
}

/** Tokens made only of bullet or rule characters: list bullets and separator lines, which Markdown writes differently. */
const IGNORABLE = /^[•●○◦▪■□►➢✓\p{Co}·_–|-]+$/u;

/** The words of a normalised text, with their origins; bullets and separator lines left out. */
export function tokenize(input: MappedText): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(input.text); match; match = pattern.exec(input.text)) {
    let word = match[0];
    let start = match.index;
    // A bullet glued to its word ("•Udredning", "-Rusmiddelcenteret") is still a bullet.
    const bullet = /^[•●○◦▪■□►➢✓\p{Co}·]+(?=\p{L})/u.exec(word);
    if (bullet) {
      word = word.slice(bullet[0].length);
      start += bullet[0].length;
    }
    if (IGNORABLE.test(word)) continue;
    tokens.push({ word, at: input.origin[start] ?? 0 });
  }
  return tokens;
}

/** Words of a plain text (a heading, an omission), normalised as the source is. */
export function plainTokens(text: string): string[] {
  return tokenize(normalizeMapped(mapText(text))).map((token) => token.word);
}

/** Words of a Markdown text, normalised as a section's text is. */
export function markdownTokens(text: string): string[] {
  return tokenize(normalizeMapped(stripMarkdown(mapText(text)))).map((token) => token.word);
}

/**
 * Finds `needle` (a word sequence) in `haystack` at or after token index `from`. Linear in the haystack: the words
 * are joined with a separator that cannot occur inside a word, and found with indexOf.
 */
export class TokenIndex {
  private readonly joined: string;
  private readonly starts: number[];

  constructor(readonly tokens: readonly Token[]) {
    this.starts = [];
    let offset = 0;
    const parts: string[] = [];
    for (const token of tokens) {
      this.starts.push(offset);
      parts.push(token.word);
      offset += token.word.length + 1;
    }
    this.joined = parts.join('\n') + '\n';
  }

  /** The index of the first token of the first occurrence of `needle` at or after token `from`, or -1. */
  find(needle: readonly string[], from = 0): number {
    if (needle.length === 0) return -1;
    const start = from < this.starts.length ? this.starts[from]! : this.joined.length;
    // A match must start at a word boundary: search for "\n" + needle unless it starts the text.
    const target = needle.join('\n') + '\n';
    let at = this.joined.indexOf(target, start);
    while (at !== -1 && at > 0 && this.joined[at - 1] !== '\n') at = this.joined.indexOf(target, at + 1);
    return at === -1 ? -1 : this.tokenAt(at);
  }

  private tokenAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** The 1-based line of each offset of a text, by binary search over its line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const position = positionsIn(text);
  return (offset) => position(offset).line;
}

/** A word that is a link target: a web or mail address. */
const URL_WORD = /^(?:https?:\/\/|mailto:|www\.)\S+$/i;
const urlKey = (word: string): string =>
  word
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();

/** The link targets of Markdown texts (`[text](url)`, `<url>`), as comparison keys. */
export function linkTargets(markdownTexts: Iterable<string>): Set<string> {
  const targets = new Set<string>();
  for (const text of markdownTexts) {
    for (const match of text.matchAll(/\]\(([^)\s]+)|<((?:https?:\/\/|mailto:)[^>\s]+)>/g)) {
      const url = match[1] ?? match[2] ?? '';
      for (const word of plainTokens(url)) targets.add(urlKey(word));
    }
  }
  return targets;
}

/**
 * PDF extraction prints a page's link targets as bare addresses at the end of the page, often inside the next section.
 * A bare address that the document's text links to is that link's target, not text: it is not compared, on either side.
 */
export function withoutLinkTargets(tokens: Token[], targets: ReadonlySet<string>): Token[] {
  if (targets.size === 0) return tokens;
  return tokens.filter((token) => !(URL_WORD.test(token.word) && targets.has(urlKey(token.word))));
}
