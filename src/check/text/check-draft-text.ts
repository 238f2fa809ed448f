import type { LegalProvision, MandatoryPoint, RequirementCatalogue } from '../../../schemas/index.ts';
import type { KeywordFile } from '../../../schemas/point-keywords.ts';
import { diagnostic, pointDocsUrl } from '../rule-catalogue.ts';
import { citePoint } from '../rules/mandatory-points.ts';
import type { Diagnostic } from '../types.ts';
import { KeywordIndex, tokenize, type KeywordPattern, type PatternMatch, type Token } from './keyword-index.ts';
import { LearntScorer, type LearntVocabulary } from './learnt-vocabulary.ts';
import { readTextLines } from './lines.ts';
import learntVocabulary from '../../../data/requirements/bek-1691-2023.laerte-ord.json' with { type: 'json' };
import { findStructure, type Passage, type SkippedLines } from './structure.ts';

/*
 * Three outcomes per point, each with the lines that justify it:
 *
 *   beskrevet  the draft describes the point: a heading about the point (in any layout: a heading line, a question,
 *              "Emne: ...", a table's first cell, "§ 3. ...", a "Label: text" bullet) with real text under it, or a
 *              passage that uses several of the point's phrases (score 5, see below);
 *   kun nævnt  the point is named but not described: a heading over a placeholder ("TBD", "Afsnittet udarbejdes
 *              senere"), over a reference elsewhere ("Se kommunens hjemmeside") or over an empty promise of a few
 *              words ("Kommunen vil inddrage brugerne."), or a sentence that names the point in passing;
 *   mangler    nothing about it.
 *
 * Text without a heading about the point scores: +1 for each different phrase of the point (+2 for a core phrase),
 * +1 for each sentence that uses one, within a window of a few sentences; 5 is a description, and it takes at least
 * two different phrases (one word, however often repeated, is a topic word). A sentence that refers to another section
 * or is a placeholder does not count. Lists of the law's points, tables of contents and quoted law text are set aside
 * (see structure.ts). Words are compared by their Danish Snowball stem (see keyword-index.ts), so inflected forms and
 * compounds match; paraphrases ("hvor hurtigt", "mad og ophold") are data, in the keyword file's "omskrivninger".
 *
 * Outside a heading about one point (in a letter, the answer under a question, under "Indledning" or a heading naming
 * several points, a draft's untitled "§ 3." paragraph), each paragraph is also read on its own (paragraphFindings):
 * each sentence counts for the point it uses most, and a point is described when the paragraph says enough and uses
 * two of the point's phrases or one core phrase; there the keyword file's everyday words (hverdagsudtryk) count too.
 * Not in a standard organised under headings for most points: there its other sections use every point's words.
 *
 * Everything is linear in the length of the text: each word is stemmed and looked up once, and the windows are swept.
 */
export const HEADING_SCORE = 5;
export const PHRASE_SCORE = 1;
export const CORE_PHRASE_SCORE = 2;
export const SENTENCE_SCORE = 1;
export const FOUND_AT = 5;
/** In prose (a text with hardly any headings about points), running text describes a point at this score (two phrases in two sentences). */
export const FOUND_IN_TEXT_AT = 4;
/**
 * A text with more headings about points than this share of the catalogue's points is organised by point: its
 * paragraphs elsewhere are not read for points on their own (see recognise).
 */
export const ORGANISED_BY_POINT_SHARE = 0.5;
/** A text with fewer headings about points than this is read as prose (see FOUND_IN_TEXT_AT). */
export const PROSE_MAX_POINT_HEADINGS = 3;
export const PHRASE_WINDOW_LINES = 20;
export const PHRASE_WINDOW_SENTENCES = 4;
export const MIN_DIFFERENT_PHRASES = 2;
/** Text under a heading describes the point when it has this many content words (not counting function words). */
export const MIN_CONTENT_WORDS = 4;
/**
 * A paragraph (or the answer under a question, or the text under any heading) that is about a point describes it at
 * this score, counted within the paragraph alone: two different phrases, or one core phrase, in one sentence. The
 * paragraph is the unit a writer uses for one topic, in a letter as in an answer, so no heading about the point is
 * needed; a passing sentence is not a paragraph about the point (UNIT_MIN_CONTENT_WORDS).
 */
export const UNIT_FOUND_AT = 3;
/** A point scoring this much less than the paragraph's strongest point is not what the paragraph is about. */
export const UNIT_TOPIC_MARGIN = 1;
/** A sentence counts for every point it uses about as much as its most used one. */
export const SENTENCE_TOPIC_MARGIN = 0;
/** A paragraph describes a point only if it says this much (content words outside placeholders and references). */
export const UNIT_MIN_CONTENT_WORDS = 6;
/** A line of at least this many words ending a sentence ends a paragraph (text exported from Word: a paragraph a line). */
export const PARAGRAPH_LINE_MIN_WORDS = 12;
/** A wrapped line (PDF) shorter than this share of the passage's longest line, ending a sentence, ends a paragraph. */
export const WRAPPED_PARAGRAPH_END = 0.85;

/**
 * The learnt vocabulary (learnt-vocabulary.ts) reads what the keyword reading leaves: a sentence (or list item), in any
 * passage (also under a heading about another point: one section often describes two; not so in a standard organised
 * under headings for most points, see recognise), describes a point not otherwise
 * found when the point's learnt stems in it weigh at least
 * LEARNT_FOUND_AT, at least LEARNT_MIN_STEMS different ones, clearly more than any other point's (LEARNT_MARGIN), and
 * the sentence says enough of its own (LEARNT_MIN_CONTENT_WORDS).
 */
export const LEARNT_FOUND_AT = 10;
export const LEARNT_MIN_STEMS = 3;
export const LEARNT_MARGIN = 4;
export const LEARNT_MIN_CONTENT_WORDS = 5;
const learnt = new LearntScorer(learntVocabulary as LearntVocabulary);

const MAX_CHARACTERS = 2_000_000;
const CROSS_REFERENCE =
  /(?<![\p{L}])(?:jf\.?|jævnfør|se|henvis\p{L}*|beskrevet|omtalt|fremgår)\s+(?:\S+\s+){0,3}?(?:\p{L}*afsnit\p{L}*|kapitel\p{L}*|punkt|hjemmeside\p{L}*|bilag\p{L}*)(?![\p{L}])/u;
/**
 * Placeholders a draft leaves where a section will come: "TBD", "Afsnittet udarbejdes senere", "Tekst følger",
 * "Under udarbejdelse", "Det vender vi tilbage til", "er endnu ikke skrevet", "[indsæt takster]", a point of the
 * minutes "udsat" or "tages op igen", and the English "Coming soon", "TBC", "To be agreed".
 */
const PLACEHOLDER = new RegExp(
  String.raw`(?<![\p{L}])(?:tbd|tba|todo|x{2,}|udarbejdes\s+senere|udfyldes\s+senere|skrives\s+senere|beskrives\s+senere|følger\s+senere|kommer\s+senere|tekst(?:en)?\s+følger|afsnittet\s+følger|under\s+udarbejdelse|endnu\s+ikke\s+(?:skrevet|beskrevet|udarbejdet|færdig\p{L}*)|vender\s+(?:vi\s+)?tilbage(?!\s+til\s+(?:dig|dem|jer|borger\p{L}*))(?:\s+til)?|mangler\s+endnu|afventer|(?:endnu\s+)?ikke\s+(?:helt\s+)?(?:afklaret|besluttet|fastlagt|på\s+plads|taget\s+stilling)|uafklaret|under\s+afklaring|(?:afklares|besluttes|tilføjes|indsættes|opdateres|uddybes|færdiggøres)\s+senere|skrives\s+færdig\p{L}*|tages?\s+stilling\s+til\s+senere|ikke\s+(?:skrevet|beskrevet|udarbejdet|udfyldt|færdig\p{L}*)\s+endnu|(?:afsnittet|teksten|beskrivelsen)\s+(?:om\s+(?:[\p{L}-]+\s+){1,3})?(?:mangler|udestår)|(?:^|\n)\s*(?:udarbejdes|følger|kommer|udfyldes)\s*[.!…]*\s*(?=\n|$)|næste\s+(?:års\s+)?(?:udgave|version)|lorem\s+ipsum|(?:blev|er|bliver)\s+udsat|udskudt|tages\s+op\s+igen|coming\s+soon|to\s+be\s+(?:agreed|decided|confirmed|written|added|defined)|tbc)(?![\p{L}])|\[\s*(?:indsæt|udfyld|tilføj|skriv|tekst|mangler|afventer|x{2,}|\.{2,}|…)[^\]\n]*\]|<\s*(?:indsæt|udfyld|tilføj|skriv|tekst|mangler)[^>\n]*>`,
  'u',
);
/** A number, in digits or words ("senest 14 dage", "inden for to uger"). */
const NUMBER = /\d|(?<![\p{L}])(?:to|tre|fire|fem|seks|syv|otte|ni|ti|fjorten|halvt?|hver(?:t|e)?)(?![\p{L}])/u;
/** "Kommunen giver ikke gavekort." is a clear answer, however short. */
const NEGATIVE_ANSWER = /(?<![\p{L}])(?:ikke|ingen)(?![\p{L}])/u;

/** Function words and words every standard uses; they do not make a text a description. */
const NOT_CONTENT = new Set(
  (
    'af alle alt at bliver blive de dem den denne der det dette du dig din dine disse efter eller en er et for fra ' +
    'har have hos hvad hvem hvis hvor hvordan i ikke ind jeg kan kommune kommunen kommunens man med meget men mere mig min ' +
    'må nej ja når og om op os over på sig sin sine skal som så til ud under ved vi vil vores være været også ' +
    'før end mod uden kun ' +
    'borger borgeren borgere borgerne borgerens behandling behandlingen læs se'
  ).split(' '),
);

const isContent = (token: Token) => !NOT_CONTENT.has(token.word) && (token.word.length > 2 || /\d/.test(token.word));

/** Where and how the text covers a point. */
export interface Evidence {
  kind: 'overskrift' | 'udtryk';
  /** 1-based line of the heading, or of the first phrase. */
  line: number;
  /** Every line that justifies the outcome: the heading and the text under it, or the lines with phrases. */
  lines: number[];
  /** The heading, or the sentence with the first phrase, as written in the text. */
  text: string;
  /** The heading patterns or phrases that matched. */
  matched: string[];
  score: number;
  /** The text under the heading, shortened (headings only). */
  body?: string;
  /** The text is a placeholder ("TBD", "Afsnittet udarbejdes senere"). */
  placeholder?: boolean;
}

/** The three outcomes, as the reviewer's key and the reports write them. */
export type Outcome = 'beskrevet' | 'kun-nævnt' | 'mangler';

export interface PointFound {
  status: 'fundet';
  outcome: 'beskrevet';
  point: MandatoryPoint;
  /** Every passage that covers the point: headings first, in text order, then passages without one, strongest first. */
  evidence: Evidence[];
}

export interface PointMentioned {
  status: 'kun-nævnt';
  outcome: 'kun-nævnt';
  point: MandatoryPoint;
  /** Where the point is named; the first is the one to show. */
  evidence: Evidence[];
  /** The point is named over a placeholder. */
  placeholder: boolean;
}

export interface PointMissing {
  status: 'mangler';
  outcome: 'mangler';
  point: MandatoryPoint;
  /** Kept for callers of the older API: a passage that uses one of the point's phrases without naming it. */
  mention?: Evidence;
}

export type PointResult = PointFound | PointMentioned | PointMissing;

export interface DraftTextCheck {
  file: string;
  /** One result per point of the catalogue, in the catalogue's order. */
  points: PointResult[];
  /** What was set aside and why. */
  skipped: SkippedLines[];
  /** Points not described (rules mandatory-point-missing-in-text and mandatory-point-only-mentioned-in-text), or why the text could not be read. */
  diagnostics: Diagnostic[];
}

/** The finder in its smallest form: per point, the outcome and the lines that justify it. */
export interface PointOutcome {
  id: string;
  outcome: Outcome;
  lines: number[];
  placeholder: boolean;
}

/**
 * Per point of the catalogue, whether `text` describes it, only names it, or says nothing about it, with the lines.
 * The function the other checks reuse (e.g. on a document's own source text).
 */
export function findPoints(text: string, catalogue: RequirementCatalogue, keywords: KeywordFile): PointOutcome[] {
  return recognise(text, catalogue, keywordIndex(keywords)).points.map((result) => ({
    id: result.point.id,
    outcome: result.outcome,
    lines: result.status === 'mangler' ? [] : [...new Set(result.evidence.flatMap((evidence) => evidence.lines))].sort((a, b) => a - b),
    placeholder: result.status === 'kun-nævnt' && result.placeholder,
  }));
}

/**
 * Checks which of the catalogue's mandatory points a draft kvalitetsstandard (plain text or Markdown, or the text read
 * from a Word or PDF file) describes, and where. Pure: no file system, no Astro, so it runs in the CLI, in tests and in
 * the browser alike.
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
  const { points, skipped } = recognise(text, catalogue, keywordIndex(keywords));
  const diagnostics = points.flatMap((result) => (result.status === 'fundet' ? [] : [notDescribedDiagnostic(result, fileName, catalogue, provisions)]));
  return { file: fileName, points, skipped, diagnostics };
}

const indexes = new WeakMap<KeywordFile, KeywordIndex>();
function keywordIndex(keywords: KeywordFile): KeywordIndex {
  let index = indexes.get(keywords);
  if (!index) {
    index = new KeywordIndex(keywords);
    indexes.set(keywords, index);
  }
  return index;
}

function unreadableText(text: string, file: string): Diagnostic | undefined {
  if (text.length > MAX_CHARACTERS) {
    return diagnostic(
      'file-too-large',
      file,
      1,
      1,
      `Teksten er på ${text.length} tegn; grænsen er ${MAX_CHARACTERS}. En kvalitetsstandard er normalt under 200.000 tegn: kontrollér, at det er den rigtige fil.`,
    );
  }
  // Control characters are exactly what this looks for: they mean binary data, not text.
  // eslint-disable-next-line no-control-regex
  const controlAt = text.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  if (controlAt >= 0) {
    const before = text.slice(0, controlAt).split('\n');
    return diagnostic(
      'not-text',
      file,
      before.length,
      (before.at(-1)?.length ?? 0) + 1,
      'Filen indeholder binære data eller tegn, der ikke er gyldig UTF-8. Gem udkastet som ren tekst (.txt, UTF-8) eller Markdown (.md), eller vælg Word-filen (.docx) eller PDF-filen direkte.',
    );
  }
  if (text.trim() === '') return diagnostic('empty-file', file, 1, 1, 'Filen er tom. Gem udkastets tekst i den, og kør kontrollen igen.');
  return undefined;
}

/** A passage prepared for matching: its body as one text, its tokens, where each line starts, and its sentences. */
interface ReadPassage {
  passage: Passage;
  text: string;
  tokens: Token[];
  lineStarts: number[];
  sentences: { start: number; end: number; refersElsewhere: boolean; placeholder: boolean }[];
  headingTokens: Token[];
  bodyContentWords: number;
  /**
   * Content words of the text under the heading that say something of their own: outside placeholder and reference
   * sentences, and not the heading's own words ("Frit valg" over "Borgeren oplyses om retten til frit valg." restates
   * the heading; "Fremtiden" over "Kort drøftelse. Punktet tages op igen." is a placeholder).
   */
  bodyOwnWords: number;
  bodyPlaceholder: boolean;
  bodyRefersElsewhere: boolean;
  bodyNegative: boolean;
  /** The text gives a number ("senest 14 dage"): a precise answer, however short. */
  bodyNumber: boolean;
}

function recognise(text: string, catalogue: RequirementCatalogue, index: KeywordIndex): { points: PointResult[]; skipped: SkippedLines[] } {
  const headingOnly = (pattern: KeywordPattern) => pattern.kind === 'overskrift';
  const namesPoints = (lowerText: string) => new Set(headingMatches(index, tokenize(lowerText), headingOnly).map((match) => match.pattern.point));
  const lines = readTextLines(text);
  const { passages, skipped } = findStructure(lines, namesPoints);
  const read = passages.map(readPassage);

  const pointHeadings = read.filter((passage) => headingMatches(index, passage.headingTokens, headingOnly).length > 0).length;
  const proseOnly = pointHeadings < PROSE_MAX_POINT_HEADINGS;
  const organisedByPoint = pointHeadings > catalogue.punkter.length * ORGANISED_BY_POINT_SHARE;

  // One pass over each passage's heading and body finds every point's matches at once.
  const byPoint = new Map<string, Evidence[]>();
  const mentions = new Map<string, Evidence[]>();
  const add = (map: Map<string, Evidence[]>, point: string, evidence: Evidence) => {
    const list = map.get(point);
    if (list) list.push(evidence);
    else map.set(point, [evidence]);
  };
  // A table of contents or a list of the law's points describes nothing, but it names the points it lists: each is at
  // least "kun nævnt" there (a draft whose contents promise every point and whose text has two is not missing them).
  const listed = skipped.filter((range) => range.reason !== 'lovtekst');
  if (listed.length > 0) {
    // Lines and ranges are both in text order: walk them together.
    let range = 0;
    for (const line of lines) {
      while (range < listed.length && listed[range]!.toLine < line.number) range++;
      if (range === listed.length) break;
      if (line.number < listed[range]!.fromLine) continue;
      const tokens = tokenize(line.text.toLowerCase());
      for (const match of headingMatches(index, tokens, headingOnly)) {
        add(mentions, match.pattern.point, {
          kind: 'udtryk',
          line: line.number,
          lines: [line.number],
          text: shorten(line.text),
          matched: [match.pattern.words],
          score: 1,
        });
      }
    }
  }
  const readByParagraph: ReadPassage[] = [];
  for (const passage of read) {
    const headingHits = new Map<string, string[]>();
    for (const match of headingMatches(index, passage.headingTokens, headingOnly)) {
      const list = headingHits.get(match.pattern.point);
      if (list) list.push(match.pattern.words);
      else headingHits.set(match.pattern.point, [match.pattern.words]);
    }
    for (const [point, matched] of headingHits) {
      const evidence = headingEvidence(passage, matched);
      add(evidence.score >= FOUND_AT ? byPoint : mentions, point, evidence);
    }
    const bodyMatches = index.match(passage.tokens);
    const perPoint = new Map<string, PatternMatch[]>();
    for (const match of bodyMatches) {
      const list = perPoint.get(match.pattern.point);
      if (list) list.push(match);
      else perPoint.set(match.pattern.point, [match]);
    }
    const foundHere = new Set<string>();
    for (const [point, matches] of perPoint) {
      const evidence = bestWindow(passage, matches);
      if (!evidence) continue;
      // In a text without headings about the points (a letter), phrases are all there is, and two phrases in two
      // sentences describe a point. In a structured text the description stands under its heading, and text elsewhere
      // takes a full score.
      const needed = proseOnly ? FOUND_IN_TEXT_AT : FOUND_AT;
      if (evidence.score >= needed) {
        add(byPoint, point, evidence);
        foundHere.add(point);
      } else if (evidence.named) add(mentions, point, evidence);
    }
    // Under a heading about a point, the heading says what the text is about; text there borrowing another point's
    // words (a section on visitation that says "vi tilbyder") does not describe that other point by paragraph.
    // Elsewhere (a letter, the answer under a question, the text under "Indledning", "Under behandlingen" or no heading
    // at all, a draft's untitled "§ 3." paragraph, or under a heading naming several points, "Betaling, klage og
    // kvalitet") each paragraph is read on its own: it describes the point it is about (paragraphFindings, which keeps
    // the everyday words of other points from counting). Not in a standard organised under headings for most of the
    // points: there a point stands in its own section, and the other sections' paragraphs (on projects, other offers)
    // use every point's words in passing.
    const asksQuestion = passage.passage.heading !== undefined && /\?\s*$/.test(passage.passage.heading.text);
    if (headingHits.size !== 1 && (proseOnly || asksQuestion || !organisedByPoint)) {
      readByParagraph.push(passage);
      // Read by paragraphs, and again with a PDF's paragraphs told apart (wrapped lines); either describes.
      const units = paragraphs(passage, false);
      const found = paragraphFindings(passage, units, bodyMatches, index);
      const wrappedUnits = paragraphs(passage, true);
      if (wrappedUnits.length > units.length) {
        for (const [point, evidence] of paragraphFindings(passage, wrappedUnits, bodyMatches, index))
          if ((found.get(point)?.score ?? 0) < evidence.score) found.set(point, evidence);
      }
      for (const [point, evidence] of found) if (!foundHere.has(point)) add(byPoint, point, evidence);
    }
  }

  // In a standard organised under headings for most points, a point stands in its own section, and the other
  // sections use every point's words in passing: there only text outside point headings is read this way.
  for (const passage of organisedByPoint ? readByParagraph : read) {
    // Only points not yet found can gain: once every point is found, the rest of the text need not be read again.
    if (byPoint.size === catalogue.punkter.length) break;
    for (const [point, evidence] of learntFindings(passage)) if (!byPoint.has(point)) add(byPoint, point, evidence);
  }

  const points = catalogue.punkter.map((point): PointResult => {
    const covering = byPoint.get(point.id) ?? [];
    if (covering.length > 0) {
      return {
        status: 'fundet',
        outcome: 'beskrevet',
        point,
        evidence: covering.sort((a, b) => kindRank(a) - kindRank(b) || (a.kind === 'overskrift' ? a.line - b.line : b.score - a.score || a.line - b.line)),
      };
    }
    const named = (mentions.get(point.id) ?? []).sort((a, b) => kindRank(a) - kindRank(b) || a.line - b.line);
    if (named.length > 0)
      return { status: 'kun-nævnt', outcome: 'kun-nævnt', point, evidence: named, placeholder: named.some((evidence) => evidence.placeholder) };
    return { status: 'mangler', outcome: 'mangler', point };
  });
  return { points, skipped };
}

const kindRank = (evidence: Evidence) => (evidence.kind === 'overskrift' ? 0 : 1);

/** Heading patterns found in a heading; an anchored pattern ("^mål") must open it. */
function headingMatches(index: KeywordIndex, tokens: readonly Token[], accept: (pattern: KeywordPattern) => boolean): PatternMatch[] {
  return index.match(tokens, accept).filter((match) => !match.pattern.anchored || match.from === 0);
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
  // Most passages have neither a reference elsewhere nor a placeholder: test the passage once before each sentence.
  const anyReference = CROSS_REFERENCE.test(lower);
  const anyPlaceholder = PLACEHOLDER.test(lower);
  const sentences = splitSentences(text, lineStarts, passage.body).map((span) => {
    const sentence = anyReference || anyPlaceholder ? lower.slice(span.start, span.end) : '';
    return { ...span, refersElsewhere: anyReference && CROSS_REFERENCE.test(sentence), placeholder: anyPlaceholder && PLACEHOLDER.test(sentence) };
  });
  // Offsets in `lower` are offsets in `text` for Danish; other scripts may change length, then read the text itself.
  const tokens = tokenize(lower.length === text.length ? lower : text);
  let bodyContentWords = 0;
  for (const token of tokens) if (isContent(token)) bodyContentWords++;
  // The words of a placeholder ("Afsnittet udarbejdes senere") are not content.
  if (anyPlaceholder) {
    for (const match of lower.matchAll(new RegExp(PLACEHOLDER.source, 'gu'))) bodyContentWords -= tokenize(match[0]).filter(isContent).length;
  }
  const headingTokens = passage.heading ? tokenize(passage.heading.text.toLowerCase()) : [];
  const headingStems = new Set(headingTokens.map((token) => token.stem));
  let bodyOwnWords = 0;
  let sentenceAt = 0;
  for (const token of tokens) {
    while (sentenceAt + 1 < sentences.length && sentences[sentenceAt + 1]!.start <= token.start) sentenceAt++;
    const sentence = sentences[sentenceAt];
    if (isContent(token) && !headingStems.has(token.stem) && !(sentence && (sentence.placeholder || sentence.refersElsewhere))) bodyOwnWords++;
  }
  return {
    passage,
    text,
    tokens,
    lineStarts,
    sentences,
    headingTokens,
    bodyContentWords,
    bodyOwnWords,
    bodyPlaceholder: anyPlaceholder,
    bodyRefersElsewhere: anyReference,
    bodyNegative: NEGATIVE_ANSWER.test(lower),
    bodyNumber: NUMBER.test(lower),
  };
}

/**
 * A heading about the point. With real text under it, it describes the point; over nothing, a placeholder, a reference
 * elsewhere or a few words, it only names it.
 */
function headingEvidence(read: ReadPassage, matched: string[]): Evidence & { named: true } {
  const heading = read.passage.heading!;
  const bodyLines = read.passage.body.map((line) => line.number);
  // A placeholder right under the heading ("Personale: Afsnittet udarbejdes senere.") is what stands there, whatever
  // unrelated line follows it.
  const opensWithPlaceholder = read.sentences[0]?.placeholder === true;
  // "14. Børn under 18: xx", "Ventetid: TBD": a heading line that carries its own placeholder describes nothing.
  const headingPlaceholder = PLACEHOLDER.test(heading.text.toLowerCase());
  const describes =
    read.passage.body.length > 0 &&
    !opensWithPlaceholder &&
    !headingPlaceholder &&
    !(read.bodyPlaceholder && read.bodyOwnWords < 2 * MIN_CONTENT_WORDS) &&
    !(read.bodyRefersElsewhere && read.bodyContentWords < MIN_CONTENT_WORDS + 2) &&
    (read.bodyOwnWords >= MIN_CONTENT_WORDS ||
      (read.bodyNumber && read.bodyOwnWords >= MIN_CONTENT_WORDS - 1) ||
      (read.bodyNegative && read.bodyOwnWords >= 1));
  return {
    kind: 'overskrift',
    line: heading.lines[0]!,
    lines: [...new Set([...heading.lines, ...bodyLines.slice(0, 12)])],
    text: heading.text,
    matched: [...new Set(matched)],
    score: describes ? HEADING_SCORE : 1,
    ...(read.text ? { body: shorten(read.text) } : {}),
    ...((read.bodyPlaceholder || headingPlaceholder) && !describes ? { placeholder: true } : {}),
    named: true,
  };
}

/** Sentences end at . ! ? before a capital letter or digit, and every bullet line starts a new one. */
function splitSentences(text: string, lineStarts: number[], lines: readonly { text: string }[]): { start: number; end: number }[] {
  const boundaries = new Set<number>([0]);
  for (const match of text.matchAll(/[.!?]["”»)]?\s+(?=["“„«(]?[\p{Lu}\d§])/gu)) boundaries.add(match.index + match[0].length);
  lines.forEach((line, index) => {
    if (/^[•●▪■◦‣·*o\-–—]\s/.test(line.text) || (index > 0 && /[.!?:]$/.test(lines[index - 1]!.text))) boundaries.add(lineStarts[index]!);
  });
  const starts = [...boundaries].sort((a, b) => a - b);
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? text.length }));
}

interface CountedMatch {
  pattern: KeywordPattern;
  start: number;
  end: number;
  sentence: number;
  lineIndex: number;
}

/**
 * The window of sentences that scores best for one point in one passage, found by sweeping: matches are in text
 * order, so sentence and line indexes are found by walking forward, and the window moves with two pointers.
 */
function bestWindow(read: ReadPassage, matches: readonly PatternMatch[]): (Evidence & { named: boolean }) | undefined {
  // Heading patterns do not score in running text (the keyword file repeats the ones that should as phrases), but one
  // the file also lists as a phrase names the point there ("gavekort"; not "betale" or "børn").
  const named = matches.filter((match) => (match.pattern.kind === 'overskrift' && match.pattern.namesInText) || match.pattern.kind === 'kerneudtryk');
  // Overlapping matches are one finding; the longest pattern names it.
  const merged: CountedMatch[] = [];
  let sentence = 0;
  let lineIndex = 0;
  for (const match of matches) {
    // Everyday words count only within one paragraph (paragraphFindings).
    if (match.pattern.kind === 'overskrift' || match.pattern.kind === 'hverdag') continue;
    const start = read.tokens[match.from]!.start;
    const end = read.tokens[match.to - 1]!.end;
    const last = merged.at(-1);
    if (last && start < last.end) {
      if (end - start > last.end - last.start) last.pattern = match.pattern;
      last.end = Math.max(last.end, end);
      continue;
    }
    while (sentence + 1 < read.sentences.length && read.sentences[sentence + 1]!.start <= start) sentence++;
    while (lineIndex + 1 < read.lineStarts.length && read.lineStarts[lineIndex + 1]! <= start) lineIndex++;
    merged.push({ pattern: match.pattern, start, end, sentence, lineIndex });
  }
  const counted = merged.filter((match) => !read.sentences[match.sentence]!.refersElsewhere && !read.sentences[match.sentence]!.placeholder);
  const firstNamed = named[0] ? locateMatch(read, named[0]) : undefined;

  const phraseCounts = new Map<string, { count: number; weight: number }>();
  const sentenceCounts = new Map<number, number>();
  let phraseScore = 0;
  let best: { from: number; to: number; score: number } | undefined;
  let from = 0;
  for (let to = 0; to < counted.length; to++) {
    const entering = counted[to]!;
    const key = entering.pattern.words;
    const entry = phraseCounts.get(key);
    if (entry) entry.count++;
    else {
      const weight = entering.pattern.kind === 'kerneudtryk' ? CORE_PHRASE_SCORE : PHRASE_SCORE;
      phraseCounts.set(key, { count: 1, weight });
      phraseScore += weight;
    }
    sentenceCounts.set(entering.sentence, (sentenceCounts.get(entering.sentence) ?? 0) + 1);
    while (entering.sentence - counted[from]!.sentence >= PHRASE_WINDOW_SENTENCES || entering.lineIndex - counted[from]!.lineIndex >= PHRASE_WINDOW_LINES) {
      const leaving = counted[from++]!;
      const left = phraseCounts.get(leaving.pattern.words)!;
      if (--left.count === 0) {
        phraseCounts.delete(leaving.pattern.words);
        phraseScore -= left.weight;
      }
      const inSentence = sentenceCounts.get(leaving.sentence)! - 1;
      if (inSentence === 0) sentenceCounts.delete(leaving.sentence);
      else sentenceCounts.set(leaving.sentence, inSentence);
    }
    const raw = phraseScore + sentenceCounts.size * SENTENCE_SCORE;
    // One phrase, however often repeated, is a topic word, not a description.
    const score = phraseCounts.size >= MIN_DIFFERENT_PHRASES ? raw : Math.min(raw, FOUND_IN_TEXT_AT - 1);
    if (!best || score > best.score) best = { from, to, score };
  }

  const shown = best && best.score >= FOUND_IN_TEXT_AT ? counted.slice(best.from, best.to + 1) : firstNamed ? [firstNamed] : undefined;
  if (!shown) return undefined;
  const first = shown[0]!;
  const span = read.sentences[first.sentence]!;
  const placeholder = shown.some((match) => read.sentences[match.sentence]!.placeholder);
  return {
    kind: 'udtryk',
    line: read.passage.body[first.lineIndex]!.number,
    lines: [...new Set(shown.map((match) => read.passage.body[match.lineIndex]!.number))],
    text: shorten(read.text.slice(span.start, span.end)),
    matched: [...new Set(shown.map((match) => match.pattern.words))],
    score: best && best.score >= FOUND_IN_TEXT_AT ? best.score : Math.min(best?.score ?? 1, FOUND_IN_TEXT_AT - 1),
    ...(placeholder ? { placeholder: true } : {}),
    named: named.length > 0,
  };
}

/**
 * The paragraphs of a passage: runs of lines without a blank line between them, where a long line that ends a
 * sentence also ends its paragraph (Word writes a paragraph on one line). As offsets into the passage's text.
 */
interface Paragraph {
  start: number;
  end: number;
  fromLine: number;
  toLine: number;
}

function paragraphs(read: ReadPassage, wrapped: boolean): Paragraph[] {
  const body = read.passage.body;
  const units: Paragraph[] = [];
  let from = 0;
  let longest = 0;
  for (const line of body) longest = Math.max(longest, line.text.length);
  for (let index = 0; index < body.length; index++) {
    const line = body[index]!;
    const next = body[index + 1];
    const endsSentence = /[.!?]["”»)]?$/.test(line.text);
    const ends =
      !next ||
      next.number > line.number + 1 ||
      (endsSentence && wordCount(line.text) >= PARAGRAPH_LINE_MIN_WORDS) ||
      // Text extracted from a PDF has no blank lines: a line that ends a sentence short of the full width, before a
      // line that starts a new one, ends a paragraph.
      (wrapped && endsSentence && /^["“„«(]?\p{Lu}/u.test(next.text) && line.text.length < WRAPPED_PARAGRAPH_END * longest);
    if (!ends) continue;
    units.push({ start: read.lineStarts[from]!, end: next ? read.lineStarts[index + 1]! : read.text.length, fromLine: from, toLine: index });
    from = index + 1;
  }
  return units;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Points a paragraph is about: within the paragraph, each different phrase scores its weight and each sentence with
 * one scores 1 (sentences that refer elsewhere or are placeholders do not count); the question or heading above the
 * first paragraph counts as a sentence of it. UNIT_FOUND_AT with two different phrases or a core phrase, in a
 * paragraph that says something (UNIT_MIN_CONTENT_WORDS), describes the point. Linear: each match is visited once.
 */
function paragraphFindings(read: ReadPassage, units: readonly Paragraph[], matches: readonly PatternMatch[], index: KeywordIndex): Map<string, Evidence> {
  const found = new Map<string, Evidence>();
  if (units.length === 0) return found;
  // The heading or question over the passage says what its first paragraph is about: a heading pattern there weighs
  // as a core phrase ("§ 3. Valg af behandlingssted" makes the paragraph under it about frit valg).
  const headingPhrases = read.headingTokens.length > 0 ? headingMatches(index, read.headingTokens, () => true) : [];
  let matchAt = 0;
  let tokenAt = 0;
  let sentenceAt = 0;
  // Units, tokens, matches and sentences are all in text order: each pointer only moves forward (linear).
  let sentence = 0;
  units.forEach((unit, unitIndex) => {
    // Content words of the paragraph, outside placeholder and reference sentences.
    let content = 0;
    while (tokenAt < read.tokens.length && read.tokens[tokenAt]!.start < unit.end) {
      const token = read.tokens[tokenAt]!;
      while (sentenceAt + 1 < read.sentences.length && read.sentences[sentenceAt + 1]!.start <= token.start) sentenceAt++;
      const sentence = read.sentences[sentenceAt]!;
      if (!sentence.placeholder && !sentence.refersElsewhere && isContent(token)) content++;
      tokenAt++;
    }
    // First the unit's findings, then each sentence is given to the point(s) it uses most (by phrase weight): a
    // sentence borrowing another point's word ("Ved døgnbehandling betaler du for kost og logi" is about payment, not
    // the types of treatment) does not count for that point. A paragraph extracted from a PDF, where nothing marks
    // where one paragraph ends, can so describe several points, one sentence group each.
    const items: { point: string; words: string; weight: number; sentence: number; line: number }[] = [];
    const lastEnd = new Map<string, number>();
    let line = unit.fromLine;
    for (; matchAt < matches.length && read.tokens[matches[matchAt]!.from]!.start < unit.end; matchAt++) {
      const match = matches[matchAt]!;
      if (match.pattern.kind === 'overskrift') continue;
      const start = read.tokens[match.from]!.start;
      while (sentence + 1 < read.sentences.length && read.sentences[sentence + 1]!.start <= start) sentence++;
      while (line + 1 <= unit.toLine && read.lineStarts[line + 1]! <= start) line++;
      const span = read.sentences[sentence]!;
      if (span.placeholder || span.refersElsewhere) continue;
      // Overlapping phrases of one point ("senest 14 dage", "14 dage") are one finding.
      if (start < (lastEnd.get(match.pattern.point) ?? -1)) continue;
      lastEnd.set(match.pattern.point, read.tokens[match.to - 1]!.end);
      items.push({
        point: match.pattern.point,
        words: match.pattern.words,
        weight: match.pattern.kind === 'kerneudtryk' ? CORE_PHRASE_SCORE : PHRASE_SCORE,
        sentence,
        line,
      });
    }
    // A paragraph that says too little, or has no phrase and no heading over it, describes nothing: skip the work.
    if (content < UNIT_MIN_CONTENT_WORDS || (items.length === 0 && (unitIndex > 0 || headingPhrases.length === 0))) return;
    const perPoint = new Map<string, { phrases: Map<string, number>; sentences: Set<number>; core: boolean; lines: Set<number> }>();
    const entry = (point: string) => {
      let value = perPoint.get(point);
      if (!value) perPoint.set(point, (value = { phrases: new Map(), sentences: new Set(), core: false, lines: new Set() }));
      return value;
    };
    // Items are in text order, so each sentence's items are neighbours; most sentences use one point's words only.
    const owned = new Array<boolean>(items.length).fill(true);
    for (let first = 0; first < items.length;) {
      let end = first + 1;
      let several = false;
      while (end < items.length && items[end]!.sentence === items[first]!.sentence) {
        if (items[end]!.point !== items[first]!.point) several = true;
        end++;
      }
      if (several) {
        const weights = new Map<string, number>();
        const seen = new Set<string>();
        for (let at = first; at < end; at++) {
          const item = items[at]!;
          const key = `${item.point}\n${item.words}`;
          if (seen.has(key)) continue;
          seen.add(key);
          weights.set(item.point, (weights.get(item.point) ?? 0) + item.weight);
        }
        let top = 0;
        for (const weight of weights.values()) top = Math.max(top, weight);
        for (let at = first; at < end; at++) if (weights.get(items[at]!.point)! < top - SENTENCE_TOPIC_MARGIN) owned[at] = false;
      }
      first = end;
    }
    items.forEach((item, at) => {
      if (!owned[at]) return;
      const value = entry(item.point);
      value.phrases.set(item.words, Math.max(value.phrases.get(item.words) ?? 0, item.weight));
      value.sentences.add(item.sentence);
      if (item.weight === CORE_PHRASE_SCORE) value.core = true;
      value.lines.add(read.passage.body[item.line]!.number);
    });
    if (unitIndex === 0) {
      for (const match of headingPhrases) {
        const value = entry(match.pattern.point);
        const strong = match.pattern.kind !== 'udtryk';
        value.phrases.set(match.pattern.words, strong ? CORE_PHRASE_SCORE : PHRASE_SCORE);
        value.sentences.add(-1);
        if (strong) value.core = true;
        for (const number of read.passage.heading!.lines) value.lines.add(number);
      }
    }
    const scores = new Map<string, number>();
    for (const [point, value] of perPoint) {
      let score = value.sentences.size * SENTENCE_SCORE;
      for (const weight of value.phrases.values()) score += weight;
      scores.set(point, score);
    }
    // A paragraph is about its strongest point (and any about as strong): a point whose words a paragraph about
    // another point borrows ("Ved døgnbehandling betaler du for kost og logi" is about payment, not the types of
    // treatment) is not described there.
    const strongest = Math.max(...scores.values());
    for (const [point, value] of perPoint) {
      const score = scores.get(point)!;
      if (score < strongest - UNIT_TOPIC_MARGIN) continue;
      if (score < UNIT_FOUND_AT || (value.phrases.size < MIN_DIFFERENT_PHRASES && !value.core)) continue;
      if ((found.get(point)?.score ?? 0) >= score) continue;
      const first = read.passage.body[unit.fromLine]!;
      found.set(point, {
        kind: 'udtryk',
        line: Math.min(...value.lines),
        lines: [...value.lines].sort((a, b) => a - b),
        text: shorten(read.text.slice(unit.start, unit.end) || first.text),
        matched: [...value.phrases.keys()],
        score,
      });
    }
  });
  return found;
}

/**
 * Points described by one sentence or list item in the learnt vocabulary's reading (see LEARNT_FOUND_AT): units are
 * the passage's sentences, cut again where a line opens a list item or a label ("2. MG: ...", "- Tilbud: ..."), since
 * a list without full stops is one long sentence. Linear: each token is visited once.
 */
function learntFindings(read: ReadPassage): Map<string, Evidence> {
  const found = new Map<string, Evidence>();
  const starts = new Set(read.sentences.map((sentence) => sentence.start));
  read.passage.body.forEach((line, index) => {
    if (/^\s*(?:\d+[.)]|[-•*–]|\[.?\]|\|)\s|^[^\s:]{1,30}:\s/u.test(line.text)) starts.add(read.lineStarts[index]!);
  });
  const bounds = [...starts].sort((a, b) => a - b);
  let tokenAt = 0;
  let sentenceAt = 0;
  let lineAt = 0;
  for (let unit = 0; unit < bounds.length; unit++) {
    const end = bounds[unit + 1] ?? read.text.length;
    const tokens: Token[] = [];
    while (tokenAt < read.tokens.length && read.tokens[tokenAt]!.start < end) tokens.push(read.tokens[tokenAt++]!);
    while (sentenceAt + 1 < read.sentences.length && read.sentences[sentenceAt + 1]!.start <= bounds[unit]!) sentenceAt++;
    while (lineAt + 1 < read.lineStarts.length && read.lineStarts[lineAt + 1]! <= bounds[unit]!) lineAt++;
    const sentence = read.sentences[sentenceAt];
    if (tokens.length < LEARNT_MIN_CONTENT_WORDS || !sentence || sentence.placeholder || sentence.refersElsewhere) continue;
    // The cheap tests first: most units score for no point.
    const scores = [...learnt.score(tokens)].sort((a, b) => b[1].score - a[1].score);
    const [top, second] = scores;
    if (!top || top[1].score < LEARNT_FOUND_AT || top[1].stems.length < LEARNT_MIN_STEMS) continue;
    if (second && top[1].score - second[1].score < LEARNT_MARGIN) continue;
    if ((found.get(top[0])?.score ?? 0) >= top[1].score) continue;
    const unitText = read.text.slice(bounds[unit], end);
    if (PLACEHOLDER.test(unitText.toLowerCase()) || tokens.filter(isContent).length < LEARNT_MIN_CONTENT_WORDS) continue;
    const lines: number[] = [];
    for (let at = lineAt; at < read.lineStarts.length && read.lineStarts[at]! < end; at++) lines.push(read.passage.body[at]!.number);
    found.set(top[0], {
      kind: 'udtryk',
      line: lines[0]!,
      lines,
      text: shorten(unitText),
      matched: top[1].stems.map((stem) => `${stem}*`),
      score: top[1].score,
    });
  }
  return found;
}

/** Sentence and line of one match (used once per passage, so a linear walk is fine). */
function locateMatch(read: ReadPassage, match: PatternMatch): CountedMatch {
  const start = read.tokens[match.from]!.start;
  const end = read.tokens[match.to - 1]!.end;
  let sentence = 0;
  while (sentence + 1 < read.sentences.length && read.sentences[sentence + 1]!.start <= start) sentence++;
  let lineIndex = 0;
  while (lineIndex + 1 < read.lineStarts.length && read.lineStarts[lineIndex + 1]! <= start) lineIndex++;
  return { pattern: match.pattern, start, end, sentence, lineIndex };
}

function shorten(text: string, max = 160): string {
  // Only the start is shown: flattening a whole paragraph (800 000 characters in one line) per finding is not linear.
  const flat = text
    .slice(0, max * 8)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function notDescribedDiagnostic(
  result: PointMentioned | PointMissing,
  file: string,
  catalogue: RequirementCatalogue,
  provisions: ReadonlyMap<string, LegalProvision>,
): Diagnostic {
  const { point } = result;
  const law = citePoint(point, catalogue, provisions);
  if (result.status === 'kun-nævnt') {
    const [first] = result.evidence;
    const where = first!.kind === 'overskrift' ? `overskriften »${first!.text}«` : `»${first!.text}«`;
    const why = result.placeholder
      ? 'men der står kun en pladsholder, ikke en beskrivelse'
      : first!.kind === 'overskrift'
        ? 'men teksten under den beskriver ikke punktet'
        : 'men kun i forbifarten';
    return diagnostic(
      'mandatory-point-only-mentioned-in-text',
      file,
      first!.line,
      1,
      `Punkt ${point.nummer} "${point.id}" (${point.ordlyd}; ${law}) er kun nævnt: linje ${formatLines(first!.lines)} har ${where}, ${why}. ${point.forklaring} Beskriv, hvad kommunen gør.`,
      pointDocsUrl(point.id),
    );
  }
  return diagnostic(
    'mandatory-point-missing-in-text',
    file,
    1,
    1,
    `Punkt ${point.nummer} "${point.id}" (${point.ordlyd}; ${law}) er ikke fundet i teksten: ingen overskrift handler om det, og intet afsnit beskriver det med punktets nøgleord. ${point.forklaring} Tilføj et afsnit om punktet, eller skriv i standarden, hvorfor det ikke er med.`,
    pointDocsUrl(point.id),
  );
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
