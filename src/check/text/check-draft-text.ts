import type { LegalProvision, MandatoryPoint, RequirementCatalogue } from '../../../schemas/index.ts';
import type { KeywordFile, PointKeywords } from '../../../schemas/point-keywords.ts';
import { diagnostic, pointDocsUrl } from '../rule-catalogue.ts';
import { citePoint } from '../rules/mandatory-points.ts';
import type { Diagnostic } from '../types.ts';
import { readTextLines, type TextLine } from './lines.ts';
import { compilePattern, findMatches, mergeOverlapping, type CompiledPattern } from './patterns.ts';
import { findStructure, type Passage, type SkippedLines } from './structure.ts';

/*
 * Scoring. For each point the check scores every passage of the text (a heading and the text under it):
 *
 *   5  if the heading matches one of the point's heading patterns and has text under it;
 *   +1 for each different phrase of the point in the passage (+2 for a core phrase),
 *   +1 for each sentence that uses one of them,
 *      all counted within 20 lines of each other.
 *
 * A point is found when a passage scores 5 or more. A heading about the point is enough on its own. Without one it
 * takes a description with at least two different phrases (one word, however often repeated, is a topic word):
 * three phrases over two sentences (3 + 2), two phrases repeated over three sentences (2 + 3), or two core phrases
 * stated in one sentence (2 + 2 + 1). One phrase in one sentence (1 + 1) is a mention, not a description:
 * "fristen kan fraviges, hvis borgeren benytter retten til frit valg" does not describe free choice.
 * Phrases that overlap in the text count once ("iværksættes senest 14 dage"). A sentence that refers to another
 * section ("jf. afsnit 4.6", "se afsnit om klageadgang") does not count: the description is where it points. Lists of
 * the law's points, tables of contents and quoted law text are set aside (see structure.ts).
 */
export const HEADING_SCORE = 5;
export const PHRASE_SCORE = 1;
export const CORE_PHRASE_SCORE = 2;
export const SENTENCE_SCORE = 1;
export const FOUND_AT = 5;
export const PHRASE_WINDOW_LINES = 20;
export const MIN_DIFFERENT_PHRASES = 2;

const MAX_CHARACTERS = 2_000_000;
const CROSS_REFERENCE = /(?<![\p{L}])(?:jf\.?|jævnfør|se|henvis\p{L}*|beskrevet|omtalt|fremgår)\s+(?:\S+\s+){0,3}?(?:\p{L}*afsnit\p{L}*|kapitel\p{L}*|punkt)(?![\p{L}])/u;

/** Where and how the text covers a point. */
export interface Evidence {
  kind: 'overskrift' | 'udtryk';
  /** 1-based line of the heading, or of the first phrase. */
  line: number;
  /** Every line that matched: the heading's lines, or the lines with phrases. */
  lines: number[];
  /** The heading, or the sentence with the first phrase, as written in the text. */
  text: string;
  /** The heading patterns or phrases that matched. */
  matched: string[];
  score: number;
}

export interface PointFound {
  status: 'fundet';
  point: MandatoryPoint;
  /** Every passage that covers the point: headings first, in text order, then passages without one, strongest first. */
  evidence: Evidence[];
}

export interface PointMissing {
  status: 'mangler';
  point: MandatoryPoint;
  /** The best passage that mentions the point without reaching the score, if any. */
  mention?: Evidence;
}

export type PointResult = PointFound | PointMissing;

export interface DraftTextCheck {
  file: string;
  /** One result per point of the catalogue, in the catalogue's order. */
  points: PointResult[];
  /** What was set aside and why. */
  skipped: SkippedLines[];
  /** Missing points (rule mandatory-point-missing-in-text), or why the text could not be read. */
  diagnostics: Diagnostic[];
}

/**
 * Checks which of the catalogue's mandatory points a draft kvalitetsstandard (plain text or Markdown) covers, and
 * where. Pure: no file system, no Astro, so it runs in the CLI, in tests and in the browser alike.
 */
export function checkDraftText(
  text: string,
  fileName: string,
  catalogue: RequirementCatalogue,
  keywords: KeywordFile,
  provisions: ReadonlyMap<string, LegalProvision> = new Map(),
): DraftTextCheck {
  const unreadable = unreadableText(text, fileName);
  if (unreadable) return { file: fileName, points: [], skipped: [], diagnostics: [unreadable] };

  const compiled = new Map(catalogue.punkter.map((point) => [point.id, compileKeywords(keywords.punkter[point.id])] as const));
  const namesPoints = (lowerText: string) =>
    new Set([...compiled].filter(([, patterns]) => patterns.headings.some((pattern) => matches(pattern, lowerText))).map(([id]) => id));
  const { passages, skipped } = findStructure(readTextLines(text), namesPoints);
  const readPassages = passages.map(readPassage);

  const points = catalogue.punkter.map((point): PointResult => {
    const patterns = compiled.get(point.id)!;
    const scored = readPassages.flatMap((passage) => {
      const evidence = scorePassage(passage, patterns);
      return evidence ? [evidence] : [];
    });
    const covering = scored.filter((evidence) => evidence.score >= FOUND_AT);
    if (covering.length > 0) {
      // Headings first, in the order a reader meets them; then passages without a heading, strongest first.
      return { status: 'fundet', point, evidence: covering.sort((a, b) => kindRank(a) - kindRank(b) || (a.kind === 'overskrift' ? a.line - b.line : b.score - a.score || a.line - b.line)) };
    }
    const mention = scored.sort((a, b) => b.score - a.score || a.line - b.line)[0];
    return mention ? { status: 'mangler', point, mention } : { status: 'mangler', point };
  });

  const diagnostics = points.flatMap((result) => (result.status === 'mangler' ? [missingDiagnostic(result, fileName, catalogue, provisions)] : []));
  return { file: fileName, points, skipped, diagnostics };
}

const kindRank = (evidence: Evidence) => (evidence.kind === 'overskrift' ? 0 : 1);

function unreadableText(text: string, file: string): Diagnostic | undefined {
  if (text.length > MAX_CHARACTERS) {
    return diagnostic('file-too-large', file, 1, 1, `Teksten er på ${text.length} tegn; grænsen er ${MAX_CHARACTERS}. En kvalitetsstandard er normalt under 200.000 tegn: kontrollér, at det er den rigtige fil.`);
  }
  const controlAt = text.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  if (controlAt >= 0) {
    const before = text.slice(0, controlAt).split('\n');
    return diagnostic('not-text', file, before.length, (before.at(-1)?.length ?? 0) + 1,
      'Filen indeholder binære data eller tegn, der ikke er gyldig UTF-8. Gem udkastet som ren tekst (.txt, UTF-8) eller Markdown (.md), fx med "Gem som" i Word.');
  }
  if (text.trim() === '') return diagnostic('empty-file', file, 1, 1, 'Filen er tom. Gem udkastets tekst i den, og kør kontrollen igen.');
  return undefined;
}

interface CompiledKeywords {
  headings: CompiledPattern[];
  phrases: CompiledPattern[];
  /** Phrases that score CORE_PHRASE_SCORE, by their words. */
  core: Set<string>;
}

function compileKeywords(keywords: PointKeywords | undefined): CompiledKeywords {
  const core = (keywords?.kerneudtryk ?? []).map(compilePattern);
  return {
    headings: (keywords?.overskrifter ?? []).map(compilePattern),
    phrases: [...(keywords?.udtryk ?? []).map(compilePattern), ...core],
    core: new Set(core.map((pattern) => pattern.words)),
  };
}

function matches(pattern: CompiledPattern, lowerText: string): boolean {
  pattern.regex.lastIndex = 0;
  return pattern.regex.test(lowerText);
}

/** A passage prepared for matching: its body as one text, where each line starts, and its sentences. */
interface ReadPassage {
  passage: Passage;
  text: string;
  lower: string;
  lineStarts: number[];
  sentences: { start: number; end: number; refersElsewhere: boolean }[];
}

function readPassage(passage: Passage): ReadPassage {
  const lineStarts: number[] = [];
  let text = '';
  for (const line of passage.body) {
    if (text !== '') text += '\n';
    lineStarts.push(text.length);
    text += line.text;
  }
  const lower = text.toLowerCase();
  const sentences = splitSentences(text, lineStarts, passage.body).map((span) => ({
    ...span,
    refersElsewhere: CROSS_REFERENCE.test(lower.slice(span.start, span.end)),
  }));
  // Offsets in `lower` must be offsets in `text`; Danish lower-casing keeps the length, other scripts may not.
  return { passage, text, lower: lower.length === text.length ? lower : text, lineStarts, sentences };
}

/** Sentences end at . ! ? before a capital letter or digit, and every bullet line starts a new one. */
function splitSentences(text: string, lineStarts: number[], lines: readonly TextLine[]): { start: number; end: number }[] {
  const boundaries = new Set<number>([0]);
  for (const match of text.matchAll(/[.!?]["”»)]?\s+(?=["“„«(]?[\p{Lu}\d§])/gu)) boundaries.add(match.index + match[0].length);
  lines.forEach((line, index) => {
    if (/^[•●▪■◦‣·*o\-–—]\s/.test(line.text)) boundaries.add(lineStarts[index]!);
  });
  const starts = [...boundaries].sort((a, b) => a - b);
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? text.length }));
}

function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let index = 0;
  while (index + 1 < lineStarts.length && lineStarts[index + 1]! <= offset) index++;
  return index;
}

function scorePassage(read: ReadPassage, patterns: CompiledKeywords): Evidence | undefined {
  const { passage } = read;
  const heading = passage.heading && passage.body.length > 0
    ? patterns.headings.filter((pattern) => matches(pattern, passage.heading!.text.toLowerCase()))
    : [];

  const counted = mergeOverlapping(findMatches(read.lower, patterns.phrases)).flatMap((match) => {
    const sentence = read.sentences.findIndex((span) => match.start >= span.start && match.start < span.end);
    if (read.sentences[sentence]?.refersElsewhere) return [];
    return [{ ...match, sentence, lineIndex: lineIndexAt(read.lineStarts, match.start) }];
  });
  const phraseScore = (inWindow: typeof counted) =>
    [...new Set(inWindow.map((match) => match.pattern.words))].reduce((sum, words) => sum + (patterns.core.has(words) ? CORE_PHRASE_SCORE : PHRASE_SCORE), 0)
    + new Set(inWindow.map((match) => match.sentence)).size * SENTENCE_SCORE;

  // The window of lines that scores best. One phrase, however often repeated, is a topic word, not a description.
  let best: typeof counted = [];
  let bestScore = 0;
  for (const first of counted) {
    const inWindow = counted.filter((match) => match.lineIndex >= first.lineIndex && match.lineIndex < first.lineIndex + PHRASE_WINDOW_LINES);
    const distinct = new Set(inWindow.map((match) => match.pattern.words)).size;
    const score = distinct >= MIN_DIFFERENT_PHRASES ? phraseScore(inWindow) : Math.min(phraseScore(inWindow), FOUND_AT - 1);
    if (score > bestScore) {
      best = inWindow;
      bestScore = score;
    }
  }
  if (heading.length > 0) {
    const score = HEADING_SCORE + bestScore;
    return { kind: 'overskrift', line: passage.heading!.lines[0]!, lines: passage.heading!.lines, text: passage.heading!.text, matched: heading.map((pattern) => pattern.words), score };
  }
  if (best.length === 0) return undefined;
  const first = best[0]!;
  const sentence = read.sentences[first.sentence]!;
  return {
    kind: 'udtryk',
    line: passage.body[first.lineIndex]!.number,
    lines: [...new Set(best.map((match) => passage.body[match.lineIndex]!.number))],
    text: shorten(read.text.slice(sentence.start, sentence.end)),
    matched: [...new Set(best.map((match) => match.pattern.words))],
    score: bestScore,
  };
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function missingDiagnostic(result: PointMissing, file: string, catalogue: RequirementCatalogue, provisions: ReadonlyMap<string, LegalProvision>): Diagnostic {
  const { point, mention } = result;
  const law = citePoint(point, catalogue, provisions);
  const mentioned = mention
    ? ` Punktet nævnes på linje ${formatLines(mention.lines)} (»${mention.text}«), men det er ikke nok til at tælle som en beskrivelse.`
    : '';
  return diagnostic('mandatory-point-missing-in-text', file, 1, 1,
    `Punkt ${point.nummer} "${point.id}" (${point.ordlyd}; ${law}) er ikke fundet i teksten: ingen overskrift handler om det, og intet afsnit beskriver det med punktets nøgleord. ${point.forklaring}${mentioned} Tilføj et afsnit om punktet, eller skriv i standarden, hvorfor det ikke er med.`,
    pointDocsUrl(point.id));
}

/** 12, 13, 14, 20 → "12-14, 20". */
export function formatLines(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const start = sorted[index]!;
    while (index + 1 < sorted.length && sorted[index + 1] === sorted[index]! + 1) index++;
    ranges.push(start === sorted[index] ? String(start) : `${start}-${sorted[index]}`);
  }
  return ranges.join(', ');
}
