import type { KeywordFile } from '../../../schemas/point-keywords.ts';
import { stemDanish } from './stem.ts';

/**
 * The keywords of every point, compiled once into an index from a word's Danish stem to the patterns that start with
 * it. Matching is a single pass over the words of a text, and each different word is looked up once, so the check is
 * linear in the length of the text.
 *
 * A pattern is a sequence of stems. A text word matches a pattern word when its stem is the same ("klagen" ~ "klage"),
 * when it is a compound that starts with the pattern word (last word only, stems of at least 4 letters:
 * "klagevejledningen" ~ "klage"), or, for a one-word pattern of at least 7 letters, a compound that ends with it
 * ("behandlingsventetid" ~ "ventetid").
 */

export type PatternKind = 'overskrift' | 'udtryk' | 'kerneudtryk' | 'hverdag';

export interface KeywordPattern {
  point: string;
  kind: PatternKind;
  /** As written in the keyword file, without "^". */
  words: string;
  stems: string[];
  /** Must open a heading ("^mål"). */
  anchored: boolean;
  /** The first word as written. */
  firstWord: string;
  /** A heading pattern the keyword file also lists as a phrase: in running text it names the point. */
  namesInText: boolean;
}

export interface Token {
  /** Lower-case word, number or "§". */
  word: string;
  stem: string;
  /** Offset in the text the token was read from. */
  start: number;
  end: number;
}

export interface PatternMatch {
  pattern: KeywordPattern;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

const MIN_PREFIX = 4;
const MIN_SUFFIX = 7;
const MAX_GAP = 0;
/** Numbers in digits or words, which may stand inside a phrase. */
const NUMBER_WORD = /^(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|halvt?|første|anden|andet|tredje|fjerde)$/;
const TOKEN = /[\p{L}\p{N}]+|§/gu;

const isLowerCase = (word: string) => !/\p{Lu}/u.test(word);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = isLowerCase(match[0]) ? match[0] : match[0].toLowerCase();
    tokens.push({ word, stem: stemDanish(word), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** "inddragelse" for "inddrage": the text word is the pattern word's verb made a noun with -else. */
function nominalises(word: string, patternWord: string): boolean {
  return (
    /els/.test(word) &&
    !/els/.test(patternWord) &&
    word.startsWith(patternWord.replace(/e$/, '')) &&
    /^e?lse/.test(word.slice(patternWord.replace(/e$/, '').length))
  );
}

export class KeywordIndex {
  readonly patterns: KeywordPattern[] = [];
  private readonly byFirstStem = new Map<string, KeywordPattern[]>();
  private readonly candidatesOf = new Map<string, { pattern: KeywordPattern; exact: boolean }[]>();

  constructor(keywords: KeywordFile) {
    for (const [point, entry] of Object.entries(keywords.punkter)) {
      const add = (kind: PatternKind, sources: readonly string[] | undefined) => {
        for (const source of sources ?? []) {
          const anchored = source.startsWith('^');
          const words = anchored ? source.slice(1).trim() : source;
          const stems = tokenize(words).map((token) => token.stem);
          if (stems.length === 0) continue;
          const pattern: KeywordPattern = { point, kind, words, stems, anchored, firstWord: words.split(/\s+/)[0]!, namesInText: false };
          this.patterns.push(pattern);
          const list = this.byFirstStem.get(stems[0]!) ?? [];
          list.push(pattern);
          this.byFirstStem.set(stems[0]!, list);
        }
      };
      add('overskrift', entry.overskrifter);
      add('overskrift', entry.omskrivninger);
      add('udtryk', entry.udtryk);
      add('udtryk', entry.omskrivninger);
      add('kerneudtryk', entry.kerneudtryk);
      add('hverdag', entry.hverdagsudtryk);
      const phrases = new Set([...entry.udtryk, ...(entry.kerneudtryk ?? []), ...(entry.omskrivninger ?? [])]);
      for (const pattern of this.patterns) {
        if (pattern.point === point && pattern.kind === 'overskrift') pattern.namesInText = !pattern.anchored && phrases.has(pattern.words);
      }
    }
  }

  /** Patterns whose first word a token with this stem can be: exact, compound start or (one-word) compound end. */
  private candidates(stem: string): { pattern: KeywordPattern; exact: boolean }[] {
    let found = this.candidatesOf.get(stem);
    if (found) return found;
    found = (this.byFirstStem.get(stem) ?? []).map((pattern) => ({ pattern, exact: true }));
    for (let length = MIN_PREFIX; length < stem.length; length++) {
      for (const pattern of this.byFirstStem.get(stem.slice(0, length)) ?? []) {
        if (pattern.stems.length === 1) found.push({ pattern, exact: false });
      }
    }
    for (let start = 1; stem.length - start >= MIN_SUFFIX; start++) {
      for (const pattern of this.byFirstStem.get(stem.slice(start)) ?? []) {
        if (pattern.stems.length === 1) found.push({ pattern, exact: false });
      }
    }
    // A word that is itself a keyword ("værdibevis", gavekort) is that point's word, not a compound of another point's
    // shorter keyword ("værdi", mål og værdier).
    const exactPoints = new Set(
      found.filter((candidate) => candidate.exact && candidate.pattern.stems.length === 1).map((candidate) => candidate.pattern.point),
    );
    if (exactPoints.size > 0) found = found.filter((candidate) => candidate.exact || exactPoints.has(candidate.pattern.point));
    if (this.candidatesOf.size > 200_000) this.candidatesOf.clear();
    this.candidatesOf.set(stem, found);
    return found;
  }

  /** Every match in the tokens, in text order; `accept` filters patterns (e.g. one kind, one point). */
  match(tokens: readonly Token[], accept: (pattern: KeywordPattern) => boolean = () => true): PatternMatch[] {
    const matches: PatternMatch[] = [];
    for (let index = 0; index < tokens.length; index++) {
      for (const { pattern, exact } of this.candidates(tokens[index]!.stem)) {
        if (!accept(pattern)) continue;
        const length = pattern.stems.length;
        // A verb's noun ("inddrage" → "inddragelse", which Snowball stems alike) is another word: the keyword file
        // says "inddrage" to mean the borger is involved, not "inddragelse af pårørende".
        if (nominalises(tokens[index]!.word, pattern.firstWord)) continue;
        if (length === 1) {
          matches.push({ pattern, from: index, to: index + 1 });
          continue;
        }
        if (!exact) continue;
        // Later words follow in order, each at most MAX_GAP words after the one before ("bygger arbejdet på" ~
        // "bygger på"), since Danish puts objects and adverbs between the words of a phrase.
        let at = index;
        for (let offset = 1; offset < length && at >= 0; offset++) {
          const want = pattern.stems[offset]!;
          const last = offset === length - 1;
          let next = -1;
          for (let look = at + 1; look <= at + 1 + MAX_GAP + 1 && look < tokens.length; look++) {
            const have = tokens[look]!.stem;
            if (have === want || (last && want.length >= MIN_PREFIX && have.startsWith(want))) {
              next = look;
              break;
            }
            // A number between the words of a phrase does not break it ("i de kommende to år", "hver 3. måned").
            if (look - at > MAX_GAP && !NUMBER_WORD.test(tokens[look]!.word)) break;
          }
          at = next;
        }
        if (at >= 0) matches.push({ pattern, from: index, to: at + 1 });
      }
    }
    return matches;
  }
}
