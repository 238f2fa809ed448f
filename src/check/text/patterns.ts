/**
 * Keyword patterns from the keyword file, compiled to regular expressions. A pattern matches lower-case text from the
 * start of a word; its last word may carry a Danish ending, so one pattern covers the forms a kommune writes
 * ("behandlingsgaranti" also finds "behandlingsgarantien", "handleplan" finds "handleplaner").
 */

/** Danish noun and verb endings a pattern's last word may take. Longer endings first, so the longest wins. */
const DANISH_ENDINGS = [
  'ernes',
  'elsen',
  'erne',
  'else',
  'rnes',
  'ens',
  'ets',
  'ers',
  'ede',
  'nes',
  'rne',
  'en',
  'er',
  'es',
  'et',
  'ne',
  'ns',
  'rs',
  'te',
  'ts',
  'e',
  'n',
  'r',
  's',
  't',
];

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

export interface CompiledPattern {
  /** The pattern as written in the keyword file. */
  source: string;
  /** The pattern without its "^" anchor, for messages. */
  words: string;
  regex: RegExp;
}

export function compilePattern(source: string): CompiledPattern {
  const anchored = source.startsWith('^');
  const words = anchored ? source.slice(1).trim() : source;
  const body = words
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
  const endsInLetter = /\p{L}$/u.test(words);
  const ending = endsInLetter ? `(?:${DANISH_ENDINGS.join('|')})?` : '';
  const start = anchored ? '^[^\\p{L}\\p{N}]*' : NOT_WORD_BEFORE;
  const end = /[\p{L}\p{N}]$/u.test(words) ? NOT_WORD_AFTER : '';
  return { source, words, regex: new RegExp(`${start}${body}${ending}${end}`, 'gu') };
}

export interface PatternMatch {
  pattern: CompiledPattern;
  start: number;
  end: number;
}

/** Every match of every pattern in `text` (lower-case), in text order. */
export function findMatches(text: string, patterns: readonly CompiledPattern[]): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      matches.push({ pattern, start: match.index, end: match.index + match[0].length });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Matches that overlap in the text are one finding ("iværksættes senest 14 dage" is one mention, even though
 * "senest 14 dage" and "14 dage" both match it); the longest pattern names the finding.
 */
export function mergeOverlapping(matches: readonly PatternMatch[]): PatternMatch[] {
  const merged: PatternMatch[] = [];
  for (const match of matches) {
    const last = merged.at(-1);
    if (last && match.start < last.end) {
      const longer = match.end - match.start > last.end - last.start ? match.pattern : last.pattern;
      merged[merged.length - 1] = { pattern: longer, start: last.start, end: Math.max(last.end, match.end) };
    } else {
      merged.push(match);
    }
  }
  return merged;
}
