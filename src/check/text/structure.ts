import type { TextLine } from './lines.ts';

/**
 * Finds the structure of a draft text: its headings, and the passages (a heading and the text under it) the text
 * check looks for each point in. Also sets aside what must not count as describing a point:
 *
 * - a list of the law's points ("Standarden indeholder: • Behandlingsgaranti • Muligheden for frit valg ...") or a
 *   table of contents: it names the points but describes none of them;
 * - quoted law text (lines that start "§ 101" or "Stk. 4."), up to the next heading: it says what the law requires,
 *   not what the kommune does.
 */

/** A heading found in the text. */
export interface Heading {
  /** 1-based line numbers of the heading (a heading broken over lines has several). */
  lines: number[];
  /** The heading as written, without its section number. */
  text: string;
}

/** A heading and the lines under it, up to the next heading. Text before the first heading has no heading. */
export interface Passage {
  heading?: Heading;
  body: TextLine[];
}

/** Lines set aside because they name points or quote the law without describing anything. */
export interface SkippedLines {
  reason: 'punktliste' | 'indholdsfortegnelse' | 'lovtekst';
  fromLine: number;
  toLine: number;
}

export interface TextStructure {
  passages: Passage[];
  skipped: SkippedLines[];
}

/** At most this many words in an unnumbered heading; longer lines are sentences. */
const MAX_HEADING_WORDS = 10;
/**
 * A numbered line longer than this with a capitalised word after its first is a heading run into its first sentence
 * (two-column layouts): "8. Klagevejledning Klager kan ..." → "Klagevejledning".
 */
const RUN_IN_MIN_WORDS = 4;
/** A heading broken over lines has at most this many words on its first line. */
const CONTINUED_HEADING_MAX_FIRST_WORDS = 5;
/** A list naming this many different points is the law's list of points, not a description of them. */
const POINT_LIST_MIN_POINTS = 4;
/** Three separators (comma, semicolon, bullet, "og", "samt", "·") somewhere in a line. */
const SEPARATORS_FOR_FOUR = /(?:(?:[,;•·]|\s(?:og|samt|eller)\s)[^]*){3}/;
/** The items of a list of the law's points are names: on average at most this many words. */
const POINT_LIST_MAX_ITEM_WORDS = 12;

const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+/;
/**
 * "Kapitel 2. Adgang", "Slide 4: Mål og værdier", "Ad 3. Visitation" (minutes), "Dias 5 – Organisering": a numbered
 * unit whose title follows; the title is the heading, so "^personale" finds "Slide 12: Personale".
 */
const UNIT_NUMBER = /^(?:kapitel|afsnit|slide|dias|ad|punkt|del|bilag)\s+\d{1,3}\s*[.:)–—-]?\s+(?=\S)/i;
/** "§ 1. Standarden gælder for ...": the draft's own legal paragraph without a title, its number. */
const DRAFT_PARAGRAPH = /^§\s*(\d{1,3})\s*[a-z]?\.\s+\p{Lu}/u;
/** A draft numbers its own paragraphs from 1 in order; quoted law ("§ 101. Kommunalbestyrelsen ...") jumps. */
const MAX_PARAGRAPH_STEP = 3;
/** "§ 3. Behandlingsgaranti", "§ 3 Frit valg": a numbered legal paragraph of the draft itself, with its title. */
const PARAGRAPH_HEADING = /^§{1,2}\s*\d{1,3}\s*[a-z]?\.?\s+(\p{Lu}.*)$/u;
/** "Stk. 2." at the start of a line: the rest of the line is the text. */
const SUBSECTION = /^stk\.\s*\d{1,2}\.?\s*/i;
/** A bare paragraph number ("§ 101", "§ 101 a") opens quoted law text. */
const LAW_PARAGRAPH = /^§{1,2}\s*\d+\s*[a-z]?\.?$/i;
/** "Label: value" on one line. The label is at most four words. */
const LABEL_VALUE = /^(?:[•●▪■◦‣·]\s*|[*\-–—]\s+|\d{1,2}[.)]\s+)?(\p{Lu}[\p{L} /.-]{0,40}?)\s*:\s+(\S.*)$/u;
/** Labels whose value is the topic ("Emne: Gavekort"): the whole line is a heading. */
const TITLE_LABELS = new Set(['emne', 'område', 'punkt', 'overskrift', 'krav', 'tema', 'afsnit', 'spørgsmål', 'indsatsområde']);
/** Labels whose value is the text about the topic above ("Beskrivelse: ..."): the value is body text. */
const BODY_LABELS = new Set([
  'beskrivelse',
  'indhold',
  'tekst',
  'svar',
  'standard',
  'kommentar',
  'uddybning',
  'beskrivelse af indsatsen',
  'kvalitetsmål',
  'serviceniveau',
]);
const BULLET = /^(?:[•●▪■◦‣·]\s*|[*o\-–—]\s+|\d{1,2}[.)]\s+|[a-zæøå][.)]\s+)/;
const CONTENTS_LINE = /(?:\.{3,}|…{2,}|\s\.\s\.)\s*\d{1,3}$/;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const startsLowerCase = (text: string) => /^\p{Ll}/u.test(text);
const startsUpperCase = (text: string) => /^["“„«(]?[\p{Lu}]/u.test(text);

/**
 * `namesPoints` tells which points a piece of text names (by the points' heading patterns); it is how a list of the
 * law's points is recognised.
 */
export function findStructure(lines: readonly TextLine[], namesPoints: (text: string) => Set<string>): TextStructure {
  const skipped: SkippedLines[] = [];
  const role: ('body' | 'skip')[] = lines.map(() => 'body');
  const skip = (from: number, to: number, reason: SkippedLines['reason']) => {
    for (let index = from; index <= to; index++) role[index] = 'skip';
    skipped.push({ reason, fromLine: lines[from]!.number, toLine: lines[to]!.number });
  };

  markContents(lines, skip);
  markPointLists(lines, role, namesPoints, skip);

  const passages: Passage[] = [{ body: [] }];
  let inLawText = false;
  let inDraftParagraph = false;
  let lastDraftParagraph = 0;
  // Whether the current passage's heading names a point: a "Label: value" line under it whose label names none
  // ("- Ambulant behandling: samtaler, grupper" on a slide about the kommune's tasks) is part of its text.
  let underPointHeading = false;
  // A "Label: value" line opening a passage is a sibling of the next one, not its heading ("- Ventetid: ..." then
  // "- Brugerrådet: ..."), so only a heading line makes the labels under it part of its text.
  const open = (passage: Passage, byLabel = false) => {
    passages.push(passage);
    underPointHeading = !byLabel && passage.heading !== undefined && namesPoints(passage.heading.text.toLowerCase()).size > 0;
  };
  let lawStart = -1;
  const endLawText = (before: number) => {
    if (inLawText) skip(lawStart, before - 1, 'lovtekst');
    inLawText = false;
  };
  for (let index = 0; index < lines.length; index++) {
    if (role[index] === 'skip') continue;
    const line = lines[index]!;
    // Quoted law text: a bare "§ 101" line, or "Stk." lines outside the draft's own titled paragraphs ("§ 3. Frit
    // valg"), up to the next heading. (A bare "§ 101" repeated often is dropped as page furniture; "Stk." still tells.)
    if (LAW_PARAGRAPH.test(line.text) || (SUBSECTION.test(line.text) && (inLawText || !inDraftParagraph))) {
      if (!inLawText) lawStart = index;
      inLawText = true;
      continue;
    }
    if (TABLE_RULE.test(line.text)) continue;
    const cells = tableCells(line.text);
    if (cells) {
      endLawText(index);
      // "| Personale | |": a row naming a topic over an empty cell is a heading over nothing, not text.
      const rest = cells.slice(1).filter((cell) => cell !== '');
      if (cells.length >= 2 && cells[0] !== '' && wordCount(cells[0]!) <= 6) {
        open({ heading: { lines: [line.number], text: cells[0]! }, body: rest.length > 0 ? [{ ...line, text: rest.join(' · ') }] : [] }, true);
      } else {
        passages.at(-1)!.body.push({ ...line, text: cells.filter((cell) => cell !== '').join(' · ') });
      }
      continue;
    }
    const paragraph = PARAGRAPH_HEADING.exec(line.text);
    const paragraphNumber = Number(/^§\s*(\d{1,3})/.exec(line.text)?.[1] ?? 0);
    if (paragraph && wordCount(paragraph[1]!) <= MAX_HEADING_WORDS && !/[.,;:]$/.test(paragraph[1]!)) {
      endLawText(index);
      inDraftParagraph = true;
      lastDraftParagraph = paragraphNumber;
      open({ heading: { lines: [line.number], text: paragraph[1]!.trim() }, body: [] });
      continue;
    }
    // "§ 3. Behandlingen iværksættes senest ..." numbered in the draft's own order: a paragraph of the draft (its
    // "Stk." lines are its text), read as a unit of its own, like a paragraph of a letter.
    if (
      DRAFT_PARAGRAPH.test(line.text) &&
      paragraphNumber > 0 &&
      paragraphNumber <= lastDraftParagraph + MAX_PARAGRAPH_STEP &&
      (paragraphNumber > lastDraftParagraph || paragraphNumber === 1)
    ) {
      endLawText(index);
      inDraftParagraph = true;
      lastDraftParagraph = paragraphNumber;
      open({ body: [{ ...line, text: line.text.replace(/^§\s*\d{1,3}\s*[a-z]?\.\s+/, '') }] });
      continue;
    }
    const label = LABEL_VALUE.exec(line.text);
    if (label && wordCount(label[1]!) <= 4 && !line.markdownHeading) {
      endLawText(index);
      const name = label[1]!.toLowerCase().trim();
      if (TITLE_LABELS.has(name)) open({ heading: { lines: [line.number], text: label[2]!.trim() }, body: [] });
      else if (BODY_LABELS.has(name)) passages.at(-1)!.body.push({ ...line, text: label[2]!.trim() });
      else if (underPointHeading && namesPoints(name).size === 0) passages.at(-1)!.body.push(line);
      else open({ heading: { lines: [line.number], text: label[1]!.trim() }, body: [{ ...line, text: label[2]!.trim() }] }, true);
      continue;
    }
    const heading = headingAt(lines, index, role);
    if (heading) {
      endLawText(index);
      inDraftParagraph = false;
      open({ heading: heading.heading, body: [] });
      index = heading.lastIndex;
      continue;
    }
    if (!inLawText) passages.at(-1)!.body.push(SUBSECTION.test(line.text) ? { ...line, text: line.text.replace(SUBSECTION, '') } : line);
  }
  endLawText(lines.length);
  return { passages: passages.filter((passage) => passage.heading || passage.body.length > 0), skipped: skipped.sort((a, b) => a.fromLine - b.fromLine) };
}

/** "|---|:--|" under a table's header row. */
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** The cells of a pipe-table row ("| Gavekort | TBD |"), or undefined if the line is not one. */
function tableCells(text: string): string[] | undefined {
  if (!text.startsWith('|') || text.split('|').length < 3) return undefined;
  return text
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A table of contents: lines ending in dot leaders and a page number. */
function markContents(lines: readonly TextLine[], skip: (from: number, to: number, reason: SkippedLines['reason']) => void): void {
  let runStart = -1;
  for (let index = 0; index <= lines.length; index++) {
    const isContents = index < lines.length && CONTENTS_LINE.test(lines[index]!.text);
    if (isContents && runStart < 0) runStart = index;
    if (!isContents && runStart >= 0) {
      skip(runStart, index - 1, 'indholdsfortegnelse');
      runStart = -1;
    }
  }
}

/**
 * A list (bullets or numbers, items possibly wrapped over lines) whose items name at least four different points is
 * the law's list of points, as standards often quote it in their introduction. So is a single line naming four.
 */
function markPointLists(
  lines: readonly TextLine[],
  role: readonly ('body' | 'skip')[],
  namesPoints: (text: string) => Set<string>,
  skip: (from: number, to: number, reason: SkippedLines['reason']) => void,
): void {
  let index = 0;
  while (index < lines.length) {
    if (role[index] === 'skip') {
      index++;
      continue;
    }
    // A single line can only name four points if it has at least three separators (commas, "og", bullets).
    if (
      !BULLET.test(lines[index]!.text) &&
      SEPARATORS_FOR_FOUR.test(lines[index]!.text) &&
      namesPoints(lines[index]!.text.toLowerCase()).size >= POINT_LIST_MIN_POINTS
    ) {
      skip(index, index, 'punktliste');
      index++;
      continue;
    }
    if (!BULLET.test(lines[index]!.text)) {
      index++;
      continue;
    }
    // Gather the list: items with the same kind of marker, and the lower-case lines that continue them.
    const start = index;
    const marker = markerKind(lines[index]!.text);
    const items: string[] = [];
    while (index < lines.length && role[index] !== 'skip') {
      const text = lines[index]!.text;
      if (BULLET.test(text) && markerKind(text) === marker) items.push(text.replace(BULLET, ''));
      else if (startsLowerCase(text) && items.length > 0) items[items.length - 1] += ` ${text}`;
      else break;
      index++;
    }
    const named = new Set<string>();
    let namingItems = 0;
    for (const item of items) {
      const points = namesPoints(item.toLowerCase());
      if (points.size > 0) namingItems++;
      for (const point of points) named.add(point);
    }
    // Items that go on to describe ("Ventetid: Behandlingen begynder senest ...") make a description, not a list of names.
    const averageWords = items.reduce((sum, item) => sum + wordCount(item), 0) / Math.max(1, items.length);
    const describingItems = items.filter((item) => {
      const value = /^[^:]{1,40}:\s+(.*)$/.exec(item);
      return value !== null && wordCount(value[1]!) >= 3;
    }).length;
    if (
      named.size >= POINT_LIST_MIN_POINTS &&
      namingItems * 2 >= items.length &&
      averageWords <= POINT_LIST_MAX_ITEM_WORDS &&
      describingItems * 2 < items.length
    )
      skip(start, index - 1, 'punktliste');
  }
}

/** "number" for 1. 2) a., "bullet" for • - * and the like: a list keeps one kind of marker. */
const markerKind = (text: string) => (/^(?:\d{1,2}|[a-zæøå])[.)]/.test(text) ? 'number' : 'bullet');

/**
 * Whether the line at `index` is a heading, and if so the heading (joined with the short lines that continue it) and
 * the index of its last line. A heading is
 * - a Markdown heading;
 * - a numbered line ("4.3 Behandlingsgaranti", "12. Hjemmeboende børn") whose text starts with a capital letter; in a
 *   numbered line of more than four words, a capitalised word after the first starts the text run into the heading
 *   ("8. Klagevejledning Klager kan ..." → "Klagevejledning");
 * - a short line (at most ten words) that starts with a capital letter, is not a bullet, does not end like a sentence
 *   or a lead-in (. , ; :) or with a word like "i", "og", "til", and is not followed by the rest of its sentence.
 */
function headingAt(lines: readonly TextLine[], index: number, role: readonly ('body' | 'skip')[]): { heading: Heading; lastIndex: number } | undefined {
  const line = lines[index]!;
  const next = lines[index + 1];
  const numbered = SECTION_NUMBER.exec(line.text) ?? UNIT_NUMBER.exec(line.text);
  const text = numbered ? line.text.slice(numbered[0].length) : line.text;

  if (numbered && !line.markdownHeading) {
    if (!startsUpperCase(text) || /[:;]$/.test(text)) return undefined;
    const words = text.split(/\s+/);
    const cut = words.findIndex((word, position) => position > 0 && /^(?:\p{Lu}|\d{1,2}\.$)/u.test(word));
    if (words.length > RUN_IN_MIN_WORDS && cut > 0) {
      return { heading: { lines: [line.number], text: words.slice(0, cut).join(' ').replace(/[,:]$/, '') }, lastIndex: index };
    }
    if (words.length > MAX_HEADING_WORDS) return undefined;
  } else if (!line.markdownHeading) {
    if (BULLET.test(line.text) || !startsUpperCase(text) || wordCount(text) > MAX_HEADING_WORDS) return undefined;
    if (/[.,;:]$/.test(text) || endsWithFunctionWord(text)) return undefined;
    if (next && startsLowerCase(next.text) && !isHeadingContinuation(next, text, text)) return undefined;
  }

  // Join the short lower-case lines that continue a heading broken over lines ("7. Målsætning for" / "udarbejdelse,").
  const heading: Heading = { lines: [line.number], text };
  let lastIndex = index;
  while (lastIndex + 1 < lines.length && role[lastIndex + 1] === 'body' && isHeadingContinuation(lines[lastIndex + 1]!, text, heading.text)) {
    lastIndex++;
    heading.lines.push(lines[lastIndex]!.number);
    heading.text = `${heading.text} ${lines[lastIndex]!.text}`;
  }
  return { heading, lastIndex };
}

/**
 * A heading broken over lines starts short ("7. Målsætning for", "12. Hjemmeboende børn") and goes on in short
 * lower-case lines; a sentence wrapped over lines starts long.
 */
function isHeadingContinuation(line: TextLine, firstLine: string, headingSoFar: string): boolean {
  return (
    startsLowerCase(line.text) &&
    wordCount(line.text) <= 4 &&
    !BULLET.test(line.text) &&
    wordCount(firstLine) <= CONTINUED_HEADING_MAX_FIRST_WORDS &&
    wordCount(headingSoFar) <= MAX_HEADING_WORDS &&
    !/[.:]$/.test(headingSoFar)
  );
}

/** Words a heading does not end with, but a line of a wrapped sentence often does ("... er fastlagt i"). */
const FUNCTION_WORDS = new Set([
  'af',
  'at',
  'de',
  'den',
  'der',
  'det',
  'efter',
  'eller',
  'en',
  'er',
  'et',
  'for',
  'fra',
  'har',
  'hos',
  'i',
  'ikke',
  'kan',
  'med',
  'mellem',
  'og',
  'om',
  'over',
  'på',
  'samt',
  'skal',
  'som',
  'til',
  'uden',
  'under',
  'ved',
  'vil',
]);

function endsWithFunctionWord(text: string): boolean {
  return FUNCTION_WORDS.has(text.split(/\s+/).at(-1)!.toLowerCase());
}
