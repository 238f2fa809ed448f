import { normalizeForExcerpt } from '../check/normalize.ts';
import { slugify as kommuneSlug } from '../check/slug.ts';
import { readTextLines, type TextLine } from '../check/text/lines.ts';
import { findStructure } from '../check/text/structure.ts';

/**
 * Splits a source text into its sections at the headings the draft-text check finds. Each section's text is the
 * source's own lines between its heading and the next, repaired the way the text check reads them (hyphenation over
 * line breaks undone, page headers and footers dropped) and laid out as Markdown (bullets become "- " items,
 * paragraphs are kept), so it equals the source span after the excerpt normalisation.
 *
 * The heading detection is findStructure's (src/check/text/structure.ts): one definition of "a heading" for the text
 * check and the import, so an improvement to one improves both.
 */

/** One section found in the source. */
export interface ImportedSection {
  /** The section number where the heading has one ("4.3"), else a slug of the heading. Unique in the document. */
  id: string;
  /** The heading without its number, as the source writes it (lines of a broken heading joined). */
  overskrift: string;
  /** 1 for "4", 2 for "4.3", 3 for "4.3.1"; 1 for a heading without a number. */
  niveau: 1 | 2 | 3;
  /** The section's text as Markdown; undefined for a heading with no text under it. */
  tekst?: string;
  /** The heading as it stands in the source text (for the heading map). */
  headingInSource: string;
  /** 1-based line numbers in the source text: the heading's first line and the last line of the section. */
  fromLine: number;
  /** How many source lines the heading takes (2 for a heading broken over two lines). */
  headingLines: number;
  toLine: number;
}

/** Text outside the sections that the import leaves out (page headers, footers, page numbers), every occurrence. */
export interface OmittedText {
  tekst: string;
  begrundelse: string;
}

export interface SectionSplit {
  sections: ImportedSection[];
  /** Lines before the first heading (a title page) that belong to no section, as they stand. */
  preamble: TextLine[];
  /** Lines dropped as page furniture, each distinct text once. */
  omitted: OmittedText[];
}

const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+/;
const BULLET = /^(?:[•●▪■◦‣·]\s*|[*\-–—]\s+|-(?=\p{L})|o\s+(?=\p{Lu}))/u;
const NUMBERED_ITEM = /^(\d{1,2}|[a-zæøå])[.)]\s+/;

/**
 * The source's sections. `namesPoints` tells which of the law's points a line names (the text check's heading
 * patterns); a list of the points is then not mistaken for headings.
 */
export function splitSections(text: string, namesPoints: (lowerText: string) => Set<string> = () => new Set(), hints: HeadingHints = {}): SectionSplit {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const read = readTextLines(text);
  const { omitted, restore, drop } = pageFurniture(text, rawLines, read);
  const lines = withDroppedFacts(
    read.filter((line) => !drop.has(line.number)),
    rawLines,
    restore,
  );
  const { passages } = findStructure(lines, namesPoints);
  const found = passages.flatMap((passage) => (passage.heading && isPlausibleHeading(passage.heading.text) ? [passage.heading] : []));
  const candidates = [...found, ...labelHeadings(lines, rawLines, found), ...lawReferenceHeadings(lines, found), ...titleAndSubsectionHeadings(lines, found)];
  candidates.push(...layoutHeadings(lines, rawLines, candidates, hints));
  const outline = documentHeadings(refineHeadings(candidates, rawLines, hints), rawLines);
  let headings = withoutFieldLabels(withoutRecurringLabels(outline, rawLines), rawLines, outline);
  // Text above the first heading would belong to no section: it is the front page, headed by its first line.
  const firstText = lines.find((line) => line.text.trim() !== '');
  if (firstText && headings.length > 0 && headings[0]!.lines[0]! > firstText.number)
    headings = [{ lines: [firstText.number], text: firstText.text }, ...headings];
  // The section-text check finds each heading of the map as the first occurrence of its words after the previous
  // heading; a heading whose words already stand in the section before it would be found there. It is not a heading
  // of this document, but words of that section (a place name over an address, a label repeated in the text).
  for (let attempt = 0; attempt < 200; attempt++) {
    const built = buildSections(headings, lines, rawLines);
    const clash = built.sections.findIndex((section, index) => index > 0 && foundEarlier(section, built.sections[index - 1]!, rawLines));
    if (clash < 0) return { ...built, omitted };
    headings = headings.filter((heading) => heading.lines[0] !== built.sections[clash]!.fromLine);
  }
  return { ...buildSections(headings, lines, rawLines), omitted };
}

/**
 * Whether the section-text check would find `section`'s heading inside the section before it. The check takes the
 * first occurrence of the heading's words after the previous heading that stands on a line of its own, else the
 * first occurrence at all: a heading on its own line clashes only with an earlier line of the same words ("Ambulante
 * forløb" may stand in a sentence above its own heading), a heading run into its text with any earlier occurrence.
 */
function foundEarlier(section: ImportedSection, previous: ImportedSection, rawLines: readonly string[]): boolean {
  const needle = wordsOf(section.headingInSource).join(' ');
  const ownLine = wordsOf(rawLines.slice(section.fromLine - 1, section.fromLine - 1 + section.headingLines).join(' ')).join(' ') === needle;
  if (!ownLine) return occursIn(section.headingInSource, `${previous.headingInSource} ${previous.tekst ?? ''}`);
  const earlier = rawLines.slice(previous.fromLine - 1, section.fromLine - 1);
  // One line, or a heading broken over two lines, with exactly the heading's words.
  return earlier.some(
    (line, index) => wordsOf(line).join(' ') === needle || (index + 1 < earlier.length && wordsOf(`${line} ${earlier[index + 1]}`).join(' ') === needle),
  );
}

const wordsOf = (value: string) =>
  normalizeForExcerpt(value)
    .toLowerCase()
    .replace(/^- /gm, '')
    .split(/[^\p{L}\p{N}§]+/u)
    .filter(Boolean);
function occursIn(needle: string, haystack: string): boolean {
  const words = wordsOf(needle);
  if (words.length === 0) return false;
  return ` ${wordsOf(haystack).join(' ')} `.includes(` ${words.join(' ')} `);
}

function buildSections(
  headings: readonly FoundHeading[],
  lines: readonly TextLine[],
  rawLines: readonly string[],
): { sections: ImportedSection[]; preamble: TextLine[] } {
  const headingLines = new Map(headings.map((heading) => [heading.lines[0]!, heading] as const));
  const inHeading = new Set(headings.flatMap((heading) => heading.lines));
  const sections: ImportedSection[] = [];
  const preamble: TextLine[] = [];
  let current: { heading: FoundHeading; body: TextLine[]; inSource: string } | undefined;
  const usedIds = new Set<string>();
  const finish = () => {
    if (!current) return;
    const { heading, body, inSource } = current;
    const numbered = SECTION_NUMBER.exec(rawLines[heading.lines[0]! - 1]!.trim());
    const number = numbered?.[1];
    // The document's title over its first lines (approval, period) is the front page, whatever its words.
    const frontPage = sections.length === 0 && !number && /standard|deklaration|udviklingsplan/i.test(heading.text);
    const base = number ?? (frontPage ? 'forside' : kommuneSlug(heading.text).split('-').slice(0, 6).join('-') || 'afsnit');
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const depth = number ? Math.min(number.split('.').length, 3) : 1;
    const markdown = toMarkdown(body, rawLines);
    sections.push({
      id,
      overskrift: unitTitle(rawLines[heading.lines[0]! - 1]!, heading) ?? heading.text,
      niveau: depth as 1 | 2 | 3,
      ...(markdown ? { tekst: markdown } : {}),
      headingInSource: inSource,
      fromLine: heading.lines[0]!,
      headingLines: heading.lines.length,
      toLine: body.at(-1)?.number ?? heading.lines.at(-1)!,
    });
  };
  for (const line of lines) {
    const heading = headingLines.get(line.number);
    if (heading?.tailFrom !== undefined) {
      // A heading run into the end of a paragraph's last line: the line's start ends the section before it.
      const before = line.text.slice(0, heading.tailFrom).trim();
      if (before) (current ? current.body : preamble).push({ ...line, text: before });
      finish();
      const inSource = heading.lines
        .map((number, index) => {
          const text = lines.find((l) => l.number === number)?.text ?? rawLines[number - 1]!.trim();
          return index === 0 ? text.slice(heading.tailFrom).trim() : text;
        })
        .join(' ');
      current = { heading, body: [], inSource };
      continue;
    }
    if (heading) {
      finish();
      const numbered = SECTION_NUMBER.exec(line.text);
      const prefix = numbered ? numbered[0] : '';
      // The heading as the source prints it: its lines, or, for a heading run into its first sentence ("8.
      // Klagevejledning Klager kan ..."), its words with their punctuation, the rest of the line being text.
      const words = line.text.slice(prefix.length).split(/\s+/);
      const headingWords = heading.text.split(/\s+/).length;
      const runIn =
        heading.lines.length === 1 &&
        words.length > headingWords &&
        heading.text.replace(/\s+/g, ' ') === words.slice(0, headingWords).join(' ').replace(/[,:]$/, '');
      const inSource = runIn
        ? `${prefix}${words.slice(0, headingWords).join(' ')}`
        : heading.lines
            .map((number) => {
              const read = lines.find((l) => l.number === number);
              // A Markdown heading keeps its marks ("## Frit valg"): they are words of the source the check compares.
              return read && !read.markdownHeading ? read.text : rawLines[number - 1]!.trim();
            })
            .join(' ');
      current = { heading, body: [], inSource };
      if (runIn) current.body.push({ ...line, text: words.slice(headingWords).join(' ') });
      continue;
    }
    if (inHeading.has(line.number)) continue;
    if (current) current.body.push(line);
    else preamble.push(line);
  }
  finish();
  return { sections, preamble };
}

interface FoundHeading {
  lines: number[];
  text: string;
  /** The reader knows this line is a heading (a Word heading style): no layout rule removes it. */
  styled?: boolean;
  /** For a heading run into the end of a line ("… behandlingstilbud: Udredning og visitation, Lov om social"): where
   * in the first line's text the heading begins. */
  tailFrom?: number;
  /** The heading over the table of contents ("Indhold"), whatever its word. */
  contents?: boolean;
}

/** What the reader knows about headings beyond the text: a Word file's heading-styled paragraphs. */
export interface HeadingHints {
  /** The text of each paragraph with a heading style (Heading 1–6, Overskrift 1–6), in document order. */
  styled?: readonly string[];
  /** The lines a PDF prints larger than its body text, in order: heading candidates, still subject to the layout rules. */
  larger?: readonly string[];
}

const SENTENCE_END = /[.!?]["”»)]?$/;
/** A title may end in an abbreviation's full stop ("… optræden mv.", "m.m.", "bl.a."): that is no sentence. */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Ll}{1,3}\.|\p{L}{1,3}\.\p{L}{1,3}\.?)$/u;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const squash = (text: string) =>
  normalizeForExcerpt(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}§]+/gu, ' ')
    .trim();
const isBlank = (rawLines: readonly string[], number: number) => number < 1 || number > rawLines.length || rawLines[number - 1]!.trim() === '';
const rawText = (rawLines: readonly string[], number: number) => (rawLines[number - 1] ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
/** The first body line after a heading: a line of prose (six words or more, or a sentence), not another short line. */
const isProse = (text: string | undefined) =>
  text !== undefined && !BULLET.test(text) && (wordCount(text) >= 6 || (SENTENCE_END.test(text) && wordCount(text) >= 3));

/**
 * Headings the text check does not report because they are only layout: a numbered heading ("1. Baggrund", "3.2
 * Visitation") over prose, and a short line on its own after a blank line, in title case without a full stop, over
 * prose ("Målgruppe 1" over its description), and a Word file's heading-styled paragraphs. The layout rules in
 * refineHeadings then remove what is a list, a table row or a wrapped line after all.
 */
function layoutHeadings(lines: readonly TextLine[], rawLines: readonly string[], found: readonly FoundHeading[], hints: HeadingHints): FoundHeading[] {
  const taken = new Set(found.flatMap((heading) => heading.lines));
  const added: FoundHeading[] = [];
  let styledAt = 0;
  const styled = (hints.styled ?? []).map(squash).filter(Boolean);
  const larger = (hints.larger ?? []).map(squash).filter(Boolean);
  let largerAt = 0;
  const contents = tableOfContents(rawLines);
  if (contents.heading !== undefined && !taken.has(contents.heading))
    added.push({ lines: [contents.heading], text: rawText(rawLines, contents.heading).replace(/:$/, ''), contents: true });
  else if (contents.heading !== undefined) for (const heading of found) if (heading.lines[0] === contents.heading) heading.contents = true;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    // A Word heading style: the styled paragraphs are matched to the lines in order, looking a few entries ahead so
    // that one paragraph the text gives differently does not stop the rest.
    const styledMatch = styled.slice(styledAt, styledAt + 5).indexOf(squash(line.text));
    if (styledMatch >= 0) {
      styledAt += styledMatch + 1;
      const at = found.find((heading) => heading.lines[0] === line.number);
      if (at) at.styled = true;
      else added.push({ lines: [line.number], text: line.text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').replace(/:$/, ''), styled: true });
      return;
    }
    // A line set in a larger font (a PDF's headings): a candidate like the text check's.
    const largerMatch = larger.slice(largerAt, largerAt + 5).indexOf(squash(line.text));
    if (largerMatch >= 0) {
      largerAt += largerMatch + 1;
      if (!taken.has(line.number) && !/[,;]$/.test(line.text) && wordCount(line.text) <= 16) {
        const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}.*)$/u.exec(line.text);
        added.push({ lines: [line.number], text: (numbered?.[2] ?? line.text).replace(/[.:]$/, '') });
        return;
      }
    }
    if (taken.has(line.number) || !next) return;
    // A heading broken over two lines by the PDF's extraction: a short line and a few words in lower case straight
    // under it ("Frit valg af" + "behandlingssted"), then prose.
    const after = lines[index + 2];
    if (
      next.number === line.number + 1 &&
      /^\p{Ll}/u.test(next.text) &&
      wordCount(next.text) <= 4 &&
      !/[.,;:]$/.test(next.text) &&
      !taken.has(next.number) &&
      /^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?\p{Lu}/u.test(line.text) &&
      wordCount(line.text) <= 8 &&
      !/[.,;:]$/.test(line.text) &&
      !BULLET.test(line.text) &&
      isBlank(rawLines, line.number - 1) &&
      after &&
      after.number <= next.number + 2 &&
      isProse(after.text)
    ) {
      const joined = `${line.text} ${next.text}`;
      const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}.*)$/u.exec(joined);
      added.push({ lines: [line.number, next.number], text: numbered?.[2] ?? joined });
      return;
    }
    // A line that repeats an entry of the table of contents (without its page number) is that heading.
    if (!contents.lines.has(line.number) && contents.titles.has(squash(line.text)) && !SENTENCE_END.test(line.text)) {
      const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}.*)$/u.exec(line.text);
      added.push({ lines: [line.number], text: numbered?.[2] ?? line.text });
      return;
    }
    // A heading over prose: on the next line, or after a blank line or two (PDF extraction spaces headings out).
    const gap = next.number - line.number - 1;
    if (!isProse(next.text) || gap > 3 || (gap > 0 && !rawLines.slice(line.number, next.number - 1).every((raw) => raw.trim() === ''))) return;
    const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}.*)$/u.exec(line.text);
    if (numbered && gap === 0 && wordCount(numbered[2]!) <= 10 && !/[,;:]$/.test(line.text) && !(SENTENCE_END.test(line.text) && wordCount(numbered[2]!) > 3)) {
      added.push({ lines: [line.number], text: numbered[2]!.replace(/\.$/, '') });
      return;
    }
    // No full stop, unless the line ends in its legal basis ("Anonym stofbehandling – Serviceloven § 101a.").
    const short =
      /^\p{Lu}/u.test(line.text) &&
      wordCount(line.text) <= 7 &&
      line.text.length <= 60 &&
      !BULLET.test(line.text) &&
      (!/[.,;:]$/.test(line.text) || /§\s*\d+\s?[a-z]?\.$/.test(line.text));
    if (short && isBlank(rawLines, line.number - 1)) added.push({ lines: [line.number], text: line.text });
  });
  return added;
}

/** A part of the document named with its number and a colon: "Bilag 1: Lovgrundlag", "Kapitel 2: Visitation". */
const PART_HEADING = /^(?:bilag|kapitel|afsnit|del|appendiks)\s+\d{1,2}\s*:\s*\p{Lu}[^:]{2,60}$/iu;

/**
 * A label with a value that is a fact, not a heading over text: "Fredag: kl. 8.00 - 13.00", "Mail: …@…", "Leder: Rie
 * Andersen" (a short value). A topic label ("Emne: Visitation") and a label run into a sentence ("- Ventetider:
 * Behandlingen skal være startet …") head what follows.
 */
function isFactLine(line: string): boolean {
  const text = line
    .replace(BULLET, '')
    .replace(/\*\*|__/g, '')
    .trim();
  const colon = /^([^:]{1,40}):\s*(\S.*)$/u.exec(text);
  if (!colon) return !isPlausibleHeading(text);
  const [, label, value] = colon;
  if (/^(?:emne|tema|punkt|overskrift|afsnit|område|kapitel)$/i.test(label!.trim())) return false;
  return !isPlausibleHeading(value!) || /@|www\.|https?:\/\//i.test(value!) || wordCount(value!) < 6;
}

/** A contents entry: a title, dot leaders or spaces, and a page number ("3.1 Ambulant behandling ..... 3"). */
const CONTENTS_ENTRY = /^(.{3,90}?)(?:\s*\.{2,}\s*|\s*…+\s*|\s+)(\d{1,3})$/;

/**
 * The table of contents: three or more consecutive lines (blank lines between allowed) that each end in a page
 * number. Their lines are no headings; the short line above them ("Indhold") heads them; their titles name the
 * document's headings.
 */
function tableOfContents(rawLines: readonly string[]): { lines: Set<number>; titles: Set<string>; heading?: number } {
  const lines = new Set<number>();
  const titles = new Set<string>();
  let heading: number | undefined;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) {
      for (const number of run) {
        lines.add(number);
        titles.add(squash(CONTENTS_ENTRY.exec(rawText(rawLines, number))![1]!));
      }
      let above = run[0]! - 1;
      while (above > 0 && isBlank(rawLines, above)) above--;
      if (heading === undefined && above > 0 && wordCount(rawText(rawLines, above)) <= 3 && !CONTENTS_ENTRY.test(rawText(rawLines, above))) heading = above;
    }
    run = [];
  };
  // A table of contents stands at the front; a table of figures further on is no contents.
  rawLines.slice(0, Math.max(40, Math.ceil(rawLines.length / 3))).forEach((raw, index) => {
    const text = rawText(rawLines, index + 1);
    if (text === '') return;
    if (CONTENTS_ENTRY.test(text) && /\p{L}{3}/u.test(text) && !PAGE_MARK.test(text) && !/\d{2} ?\d{2} ?\d{2} ?\d{2}/.test(text)) run.push(index + 1);
    else close();
  });
  close();
  return { lines, titles, ...(heading !== undefined ? { heading } : {}) };
}

/**
 * Layout rules that tell a heading from a line that only looks like one, for every candidate (the text check's and
 * the import's own):
 * - a label with its value ("Tlf.nr.: 87 87 75 75", "Fredag: kl. 8.00 - 13.00") or a footnote ("1 SFI: …") is a fact;
 * - the lines right after a lead-in that ends in a colon ("Du skal sende din klage til:") are its content (an address);
 * - a short line straight under a heading, with no blank line between, continues it (a subtitle, "Hvad kan vi tilbyde?");
 * - a line right after an unfinished line of prose (ending in a small word or a comma) is that sentence wrapped;
 * - a short line between two short lines with no blank line around is a row of a table or list;
 * - a numbered line that is a sentence ("2. Sikre en fleksibel … behovet.") or one of consecutive numbered lines is a
 *   list item;
 * - a line that repeats an earlier heading with a page number after it is a running page header or a contents entry.
 * A heading the reader marked (a Word heading style) is kept whatever its layout.
 */
function refineHeadings(candidates: readonly FoundHeading[], rawLines: readonly string[], hints: HeadingHints): FoundHeading[] {
  const sorted = [...candidates]
    .sort((a, b) => a.lines[0]! - b.lines[0]!)
    .filter((heading, index, all) => index === 0 || heading.lines[0] !== all[index - 1]!.lines[0]);
  const useStyles = (hints.styled?.length ?? 0) >= 2;
  const kept: FoundHeading[] = [];
  const keptLines = new Set<number>();
  const candidateLines = new Set(sorted.flatMap((heading) => heading.lines));
  const contents = tableOfContents(rawLines);
  const occurrences = new Map<string, number[]>();
  rawLines.forEach((_, index) => {
    const key = squash(rawText(rawLines, index + 1));
    if (key) occurrences.set(key, [...(occurrences.get(key) ?? []), index + 1]);
  });
  const nearPageMark = (line: number) => [-3, -2, -1, 1, 2, 3].some((offset) => PAGE_MARK.test(rawText(rawLines, line + offset)));
  if (useStyles) {
    // The author's heading styles decide; text above the first styled heading is the front page, headed by its first line.
    const styled = sorted.filter((heading) => heading.styled);
    const firstLine = rawLines.findIndex((raw) => raw.trim() !== '') + 1;
    if (firstLine > 0 && firstLine < styled[0]!.lines[0]!) {
      styled.unshift(sorted.find((heading) => heading.lines[0] === firstLine) ?? { lines: [firstLine], text: rawText(rawLines, firstLine) });
    }
    return styled;
  }
  for (const heading of sorted) {
    const first = heading.lines[0]!;
    const last = heading.lines.at(-1)!;
    const full = heading.tailFrom !== undefined ? heading.text : heading.lines.map((n) => rawText(rawLines, n)).join(' ');
    const previous = rawText(rawLines, first - 1);
    const next = rawText(rawLines, last + 1);
    const numbered = SECTION_NUMBER.exec(full);
    const title = numbered ? full.slice(numbered[0].length) : full;
    let previousNonBlank = first - 1;
    while (previousNonBlank > 0 && isBlank(rawLines, previousNonBlank)) previousNonBlank--;
    // The block of lines a candidate stands in, and the line above that block: a lead-in ending in a colon makes the
    // whole block its content ("Du skal sende din klage til:" over a name and an address).
    let blockStart = first;
    while (blockStart > 1 && !isBlank(rawLines, blockStart - 1)) blockStart--;
    let aboveBlock = blockStart - 1;
    while (aboveBlock > 0 && isBlank(rawLines, aboveBlock)) aboveBlock--;
    const afterLeadIn =
      (previousNonBlank > 0 && /:$/.test(rawText(rawLines, previousNonBlank))) ||
      (blockStart < first && aboveBlock > 0 && /:$/.test(rawText(rawLines, aboveBlock)));
    // The block of short lines the candidate opens: three or more lines of up to eight words with no label, list
    // item or lead-in among them are the rows of a table ("Stuen  Reception og samtalerum"); its first row names two
    // things and has three words or more, where a heading over a short list ("Telefontider") is short.
    let blockEnd = last;
    while (!isBlank(rawLines, blockEnd + 1)) blockEnd++;
    // Link targets and page marks the PDF printed between the lines are no rows.
    const block = Array.from({ length: blockEnd - blockStart + 1 }, (_, i) => ({ number: blockStart + i, text: rawText(rawLines, blockStart + i) })).filter(
      (row) => !URL_ONLY.test(row.text) && !PAGE_MARK.test(row.text),
    );
    const isRow = (row: string) =>
      wordCount(row) <= 8 &&
      !/:(?:\s|$)/.test(row) &&
      !BULLET.test(row) &&
      !NUMBERED_ITEM.test(row) &&
      (!isProse(row) || (SENTENCE_END.test(row) && wordCount(row) < 6));
    const tableRows = block.length >= 3 && block.every((row) => isRow(row.text));
    const firstRow = block[0]?.number === first;
    // A page header: the same line again elsewhere, and next to a page mark ("Side 1 af 2") at one of its places.
    const pageHeader = (occurrences.get(squash(full)) ?? []).length >= 2 && (occurrences.get(squash(full)) ?? []).some((at) => nearPageMark(at));
    const reasons = [
      (!PART_HEADING.test(full) && (!isPlausibleHeading(heading.text) || isFactLine(full))) || /^\d{1,2}\s+\p{Lu}[^:]{0,40}:\s/u.test(full) || pageHeader,
      afterLeadIn && !numbered,
      !numbered && previous !== '' && keptLines.has(first - 1),
      previous !== '' && !candidateLines.has(first - 1) && wordCount(previous) >= 8 && /[\p{Ll},–-]$/u.test(previous),
      !numbered && previous !== '' && next !== '' && !candidateLines.has(first - 1) && wordCount(previous) <= 6 && wordCount(next) <= 6 && !isProse(next),
      numbered !== null && ((SENTENCE_END.test(title) && !ABBREVIATION_END.test(title) && wordCount(title) >= 6) || /\p{Ll}[.!?]\s+\p{Lu}/u.test(title)),
      numbered !== null && /^\d{1,2}[.)]\s/.test(full) && (/^\d{1,2}[.)]\s/.test(previous) || /^\d{1,2}[.)]\s/.test(next)),
      /\s\d{1,3}$/.test(full) && kept.some((earlier) => squash(earlier.text) === squash(full.replace(/\s\d{1,3}$/, ''))),
      contents.lines.has(first),
      !numbered && tableRows && (!firstRow || wordCount(full) >= 3),
    ];
    if (reasons.some(Boolean)) continue;
    kept.push(heading);
    for (const n of heading.lines) keptLines.add(n);
  }
  return kept;
}

/**
 * The fields of an offer in a servicedeklaration (Tilbudsportalen's and the kommuners' template: målgruppe, formål,
 * form, indhold, metode, lovgrundlag, varighed, åbningstider, pris) are subheadings of the offer they describe, not
 * sections of their own, once a section has begun. Only in a document that repeats the template (a field label
 * heads two passages or more, one offer after another): in a standard whose own sections are "Formål", "Målgruppe"
 * and "Lovgrundlag", once each, they are its sections.
 */
const FIELD_LABEL =
  /^(?:målgruppe|målgrupper|formål|form|indhold|metode|metoder|lovgrundlag|varighed|åbningstider|åbningstid|pris|egenbetaling|hvad kan vi tilbyde\??)$/i;
function withoutFieldLabels(headings: FoundHeading[], rawLines: readonly string[], outline: readonly FoundHeading[]): FoundHeading[] {
  const label = (heading: FoundHeading) => heading.text.replace(/:$/, '').trim().toLowerCase();
  const fields = outline.filter((heading) => FIELD_LABEL.test(label(heading))).map(label);
  if (fields.length === new Set(fields).size) return headings;
  return headings.filter(
    (heading, index) =>
      heading.styled ||
      heading.contents ||
      index === 0 ||
      numberOf(rawLines[heading.lines[0]! - 1]!) !== undefined ||
      !FIELD_LABEL.test(heading.text.replace(/:$/, '').trim()),
  );
}

const numberOf = (rawLine: string) => SECTION_NUMBER.exec(rawLine.trim())?.[1]?.split('.').map(Number);

/** Whether section number `next` can follow `previous`: the next at the same level, a first child, or a higher level's next. */
function follows(previous: number[] | undefined, next: number[]): boolean {
  if (!previous) return true;
  if (next.length === previous.length + 1 && next.at(-1) === 1 && previous.every((n, i) => n === next[i])) return true;
  for (let depth = Math.min(previous.length, next.length); depth >= 1; depth--) {
    if (next.length !== depth) continue;
    // The next number at a level, or the one after it (a subsection the text check could not read as a heading).
    if (
      previous.slice(0, depth - 1).every((n, i) => n === next[i]) &&
      next[depth - 1]! - previous[depth - 1]! >= 1 &&
      next[depth - 1]! - previous[depth - 1]! <= 2
    )
      return true;
  }
  return false;
}

/**
 * A document's sections, from the headings the text check found. In a document whose sections are numbered ("4.3
 * Behandlingsgaranti"), a numbered line that does not continue the numbering is an item of a numbered list, and an
 * unnumbered short line is a subheading inside a section, unless it is written in capitals or opens an appendix
 * or a contact page.
 */
function documentHeadings(headings: FoundHeading[], rawLines: readonly string[]): FoundHeading[] {
  const sorted = [...headings].sort((a, b) => a.lines[0]! - b.lines[0]!);
  const numbered = sorted.filter((heading) => numberOf(rawLines[heading.lines[0]! - 1]!));
  if (numbered.length < 5) return sorted;
  const kept: FoundHeading[] = [];
  let previous: number[] | undefined;
  let unnumberedSince = false;
  sorted.forEach((heading, index) => {
    if (heading.styled) {
      kept.push(heading);
      return;
    }
    const number = numberOf(rawLines[heading.lines[0]! - 1]!);
    if (number) {
      // A list item "3." inside section 2.1 is followed by "2.2", which continues 2.1 and not "3".
      const nextNumber = sorted
        .slice(index + 1)
        .map((later) => numberOf(rawLines[later.lines[0]! - 1]!))
        .find(Boolean);
      const listItem = nextNumber !== undefined && follows(previous, nextNumber) && !follows(number, nextNumber) && nextNumber.join('.') !== number.join('.');
      // Numbering may start again after an unnumbered chapter heading (several plans in one document).
      if ((follows(previous, number) && !listItem) || (unnumberedSince && number.length === 1 && number[0] === 1)) {
        kept.push(heading);
        previous = number;
        unnumberedSince = false;
      }
      return;
    }
    const beforeFirstNumber = previous === undefined;
    if (
      beforeFirstNumber ||
      /^[\p{Lu}\d\s,.–-]+$/u.test(heading.text) ||
      /^(?:bilag|kontakt|appendiks|litteratur|udviklingsplan|indledning)/i.test(heading.text)
    ) {
      kept.push(heading);
      unnumberedSince = true;
    }
  });
  return kept;
}

/**
 * A label that heads three or more passages ("Målgruppe" under every offer) is a subheading inside sections, not a
 * section of its own.
 */
function withoutRecurringLabels(headings: FoundHeading[], rawLines: readonly string[]): FoundHeading[] {
  const counts = new Map<string, number>();
  for (const heading of headings) counts.set(heading.text.toLowerCase(), (counts.get(heading.text.toLowerCase()) ?? 0) + 1);
  // A numbered heading that recurs ("1. Baggrund" in each of three plans) is the same outline repeated, not a label.
  return headings.filter(
    (heading) => heading.styled || numberOf(rawLines[heading.lines[0]! - 1]!) !== undefined || (counts.get(heading.text.toLowerCase()) ?? 0) < 3,
  );
}

/**
 * A heading that ends in its legal basis and runs into the first sentence, as a two-column PDF extracts it:
 * "Døgnbehandling, Lov om social service §§ 101 og 107, stk. 2, nr. 2 Døgnbehandling er ...".
 */
const LAW_REFERENCE_HEADING =
  /^(\p{Lu}[^,.:;§]{2,60},\s+(?:[Ll]ov om [\p{L} ]{3,30}?|[Ss]erviceloven|[Ss]undhedsloven|[Bb]arnets lov)\s+§§?\s*\d+\s?[a-z]?(?:,\s*stk\.\s*\d+)?(?:,\s*nr\.\s*\d+)?(?:\s+og\s+\d+\s?[a-z]?(?:,\s*stk\.\s*\d+)?(?:,\s*nr\.\s*\d+)?)?)(?=\s+\p{Lu}|\s*$)/u;
function lawReferenceHeadings(lines: readonly TextLine[], found: readonly FoundHeading[]): FoundHeading[] {
  const taken = new Set(found.flatMap((heading) => heading.lines));
  return lines.flatMap((line, index) => {
    if (taken.has(line.number)) return [];
    const match = LAW_REFERENCE_HEADING.exec(line.text);
    if (match) return [{ lines: [line.number], text: match[1]! }];
    // The same heading after a lead-in that ends in a colon, broken over two lines by the PDF's extraction: "I det
    // følgende beskrives tilbuddene: Udredning og visitation, Lov om social" + "service § 101, stk. 2".
    const next = lines[index + 1];
    if (!next || taken.has(next.number) || next.number - line.number > 3 || /[.!?]$/.test(line.text)) return [];
    const colon = line.text.lastIndexOf(': ');
    if (colon < 0) return [];
    const tail = `${line.text.slice(colon + 2)} ${next.text}`.replace(/\s+/g, ' ').trim();
    const run = LAW_REFERENCE_HEADING.exec(tail);
    if (!run || run[1]!.length !== tail.length) return [];
    return [{ lines: [line.number, next.number], text: run[1]!, tailFrom: colon + 2 }];
  });
}

/**
 * Two kinds of heading the text check passes over because they look like sentences: a title with its period that ends
 * in a full stop ("Udviklingsplan for Viborg Krisecenter 2017-2018."), and a numbered subsection whose heading is long
 * ("3.2 Fokus på behandling til borgere med ..."). Subsection numbers have a dot inside ("3.2"); "1." may be a list.
 */
function titleAndSubsectionHeadings(lines: readonly TextLine[], found: readonly FoundHeading[]): FoundHeading[] {
  const taken = new Set(found.flatMap((heading) => heading.lines));
  return lines.flatMap((line) => {
    if (taken.has(line.number)) return [];
    const words = line.text.split(/\s+/).length;
    if (/^\p{Lu}/u.test(line.text) && words <= 10 && /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\.?$/.test(line.text))
      return [{ lines: [line.number], text: line.text.replace(/\.$/, '') }];
    const numbered = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(\p{Lu}.*)$/u.exec(line.text);
    if (numbered && words <= 16 && !/[.:;,]$/.test(line.text)) return [{ lines: [line.number], text: numbered[2]! }];
    return [];
  });
}

/**
 * A short label ending in a colon on a line of its own, after a blank line and followed by a paragraph (not a list),
 * is a heading too: "Fysiske rammer:" over the text about the building. "Behandlingen skal:" over a list is a lead-in.
 */
function labelHeadings(lines: readonly TextLine[], rawLines: readonly string[], found: readonly FoundHeading[]): FoundHeading[] {
  const taken = new Set(found.flatMap((heading) => heading.lines));
  return lines.flatMap((line, index) => {
    const next = lines[index + 1];
    if (taken.has(line.number) || !next || !/^\p{Lu}[^:]*:$/u.test(line.text) || line.text.split(/\s+/).length > 4) return [];
    const blankBefore = line.number === 1 || rawLines[line.number - 2]!.trim() === '';
    if (!blankBefore || BULLET.test(next.text) || NUMBERED_ITEM.test(next.text) || !/^["“„«(]?\p{Lu}/u.test(next.text)) return [];
    return [{ lines: [line.number], text: line.text.slice(0, -1).trim() }];
  });
}

/**
 * The text check counts a short capitalised line as a heading, which is right for finding points but splits contact
 * blocks into one-line "sections". A document's heading is not a label with a value ("Tlf.nr.: 87 87 75 75"), a
 * phone number, an e-mail or web address, a time ("Fredag: kl. 8.00 - 13.00") or a street address ("Søndersøparken 7").
 */
export function isPlausibleHeading(text: string): boolean {
  if (/:\s*\S/.test(text)) return false;
  if (/@|www\.|https?:\/\//i.test(text)) return false;
  if (/\d{2} ?\d{2} ?\d{2} ?\d{2}|\bkl\.\s*\d|\d{1,2}[.:]\d{2}\s*(?:[-–]|til\b)/.test(text)) return false;
  if (/(?:vej|gade|stræde|parken|plads|all[eé]|torv|vænget|bakken|havn)(?:et|en|e)?\s+\d+\s?[A-Za-z]?$/iu.test(text)) return false;
  if (/^\d{4}\s+\p{Lu}/u.test(text)) return false;
  if (/^\p{Lu}\p{L}*(?:vej|gade|stræde|parken|plads|allé|alle|torv|vænget|bakken)\s+\d/u.test(text)) return false;
  return true;
}

/**
 * Markdown from the repaired lines: a line that starts a bullet becomes a list item; other lines join the paragraph
 * before them unless a blank line stood between them in the source, or the line before ended a sentence and this one
 * starts a new one on a line of its own after a short line.
 */
function toMarkdown(body: readonly TextLine[], rawLines: readonly string[]): string | undefined {
  const blocks: { kind: 'p' | 'li'; text: string }[] = [];
  let previousNumber = -1;
  for (const line of body) {
    const blankBefore = previousNumber > 0 && rawLines.slice(previousNumber, line.number - 1).some((raw) => raw.trim() === '');
    previousNumber = line.number;
    const bullet = BULLET.exec(line.text);
    const last = blocks.at(-1);
    if (bullet) {
      blocks.push({ kind: 'li', text: line.text.slice(bullet[0].length).trim() });
      continue;
    }
    // A wrapped list item goes on in lower case; a numbered item ("1. ...") is its own item.
    if (last?.kind === 'li' && !blankBefore && /^\p{Ll}/u.test(line.text) && !NUMBERED_ITEM.test(line.text)) {
      last.text += ` ${line.text}`;
      continue;
    }
    // PDF extraction often puts a blank line after every line: a blank line ends a paragraph only after a sentence.
    if (last?.kind === 'p' && (!blankBefore || !/[.!?:;]["”»)]?$/.test(last.text))) {
      last.text += ` ${line.text}`;
      continue;
    }
    blocks.push({ kind: 'p', text: line.text });
  }
  if (blocks.length === 0) return undefined;
  let markdown = '';
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (index > 0) markdown += previous?.kind === 'li' && block.kind === 'li' ? '\n' : '\n\n';
    markdown += block.kind === 'li' ? `- ${escapeItem(block.text)}` : escapeParagraph(block.text);
  });
  return `${markdown}\n`;
}

/** A paragraph that would otherwise read as Markdown syntax (a "#" heading, a "1." list) keeps its text literal. */
function escapeParagraph(text: string): string {
  return text
    .replace(/^(#{1,6}\s)/, '\\$1')
    .replace(/^(\d{1,3})([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+*]\s)/, '\\$1');
}
const escapeItem = (text: string) => text.replace(/^(#{1,6}\s)/, '\\$1');

/** A line with a phone number, an e-mail address or a time: a fact, even where it looks like a repeated footer. */
const FACT_LINE = /\d{2} ?\d{2} ?\d{2} ?\d{2}|@|\d{1,2}[.:]\d{2}/;
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.|mailto:)\S*(?:>)?$/i;
/** Fewer lines than this between two occurrences and a repeated line is not on another page. */
const MIN_PAGE_LINES = 12;
const PAGE_MARK = /^(?:side|page|s\.)\s*\d+(?:\s*(?:af|of|\/)\s*\d+)?$|^[-–—(\s]*\d{1,3}[-–—)\s]*$/i;

/**
 * The text check drops lines that are only a URL (PDFs print link targets at the end of a page) and short lines that
 * look alike on three or more pages once their digits are ignored. A document keeps a URL with the section it belongs
 * to, and a line with a phone number, e-mail or time that is not itself repeated word for word ("Tlf.nr.: 87 87 75 75"
 * under three different people is three facts, not a page footer).
 */
function withDroppedFacts(lines: TextLine[], rawLines: readonly string[], restore: ReadonlySet<number> = new Set()): TextLine[] {
  const kept = new Set(lines.map((line) => line.number));
  const exact = new Map<string, number>();
  for (const raw of rawLines) exact.set(raw.trim(), (exact.get(raw.trim()) ?? 0) + 1);
  const restored = rawLines.flatMap((raw, index) => {
    const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (kept.has(index + 1) || text === '') return [];
    const fact = URL_ONLY.test(text) || restore.has(index + 1) || (!PAGE_MARK.test(text) && (exact.get(raw.trim()) ?? 0) < 3 && FACT_LINE.test(text));
    return fact ? [{ number: index + 1, text, markdownHeading: false }] : [];
  });
  return restored.length === 0 ? lines : [...lines, ...restored].sort((a, b) => a.number - b.number);
}

/**
 * The lines the reading dropped as page furniture (page marks, short lines repeated on three or more pages). Each
 * distinct text is declared left out (udeladt_fra_kilden) when that is exact: the section-text check removes every
 * occurrence of a declared text, so a text that also stands elsewhere in the source ("§ 101" repeated as a law
 * reference, a bare "3") is not declared but kept where it stands, in the section's text.
 */
function pageFurniture(
  text: string,
  rawLines: readonly string[],
  kept: readonly TextLine[],
): { omitted: OmittedText[]; restore: Set<number>; drop: Set<number> } {
  const keptNumbers = new Set(kept.map((line) => line.number));
  const flat = rawLines.map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  const repeatKey = (line: string) => line.toLowerCase().replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const line of flat) if (line !== '') counts.set(repeatKey(line), (counts.get(repeatKey(line)) ?? 0) + 1);
  const restore = new Set<number>();
  // Page furniture recurs a page apart; lines that differ only in a number a few lines apart ("Målgruppe 1",
  // "Målgruppe 2", "Målgruppe 3") are a numbered series of headings or items, and stay text.
  const positions = new Map<string, number[]>();
  flat.forEach((line, index) => {
    if (line !== '') positions.set(repeatKey(line), [...(positions.get(repeatKey(line)) ?? []), index]);
  });
  const series = (line: string) => (positions.get(repeatKey(line)) ?? []).some((at, i, all) => i > 0 && at - all[i - 1]! < MIN_PAGE_LINES);
  const exact = new Map<string, number[]>();
  flat.forEach((line, index) => {
    if (line !== '') exact.set(line, [...(exact.get(line) ?? []), index]);
  });
  const firstText = flat.findIndex((line) => line !== '');
  const nearPageMark = (at: number) => [-3, -2, -1, 1, 2, 3].some((offset) => PAGE_MARK.test(flat[at + offset] ?? ''));
  const byText = new Map<string, number[]>();
  flat.forEach((line, index) => {
    // A numbered heading over prose ("1. Baggrund" in each of three plans) repeats because the document repeats its
    // outline, not because it is printed on every page.
    const numberedHeading = /^\d{1,2}(?:\.\d{1,2})*\.\s*\p{Lu}/u.test(line) && wordCount(line) <= 10 && isProse(flat[index + 1]);
    if (
      line !== '' &&
      !keptNumbers.has(index + 1) &&
      !PAGE_MARK.test(line) &&
      !URL_ONLY.test(line) &&
      (numberedHeading || (series(line) && new Set(positions.get(repeatKey(line))!.map((at) => flat[at])).size > 1))
    ) {
      restore.add(index + 1);
      return;
    }
    if (line === '' || /^[•●▪■◦‣·*o-]$/.test(line)) return;
    // A header or footer on only two pages: the reading keeps it (it drops lines seen three times), so it is judged
    // here, by standing next to a page mark (or at the top of the text) everywhere it stands.
    const shortHeader =
      keptNumbers.has(index + 1) &&
      (exact.get(line)?.length ?? 0) >= 2 &&
      wordCount(line) <= 10 &&
      !SENTENCE_END.test(line) &&
      exact.get(line)!.every((at) => at === firstText || nearPageMark(at));
    if (keptNumbers.has(index + 1) && !shortHeader) return;
    if (!shortHeader && !PAGE_MARK.test(line) && !URL_ONLY.test(line) && (counts.get(repeatKey(line)) ?? 0) < 3) return;
    if (FACT_LINE.test(line) && !PAGE_MARK.test(line)) return; // kept as text by withDroppedFacts
    byText.set(line, [...(byText.get(line) ?? []), index + 1]);
  });
  const sourceWords = ` ${wordsOf(text).join(' ')} `;
  const omitted: OmittedText[] = [];
  const drop = new Set<number>();
  for (const [line, numbers] of byText) {
    if (URL_ONLY.test(line)) continue; // kept with its section by withDroppedFacts
    const needle = ` ${wordsOf(line).join(' ')} `;
    let occurrences = 0;
    for (let at = sourceWords.indexOf(needle); at >= 0; at = sourceWords.indexOf(needle, at + 1)) occurrences++;
    if (needle.trim() !== '' && occurrences === numbers.length) {
      omitted.push({ tekst: line, begrundelse: furnitureReason(line) });
      for (const number of numbers) if (keptNumbers.has(number)) drop.add(number);
    } else for (const number of numbers) if (!keptNumbers.has(number)) restore.add(number);
  }
  return { omitted, restore, drop };
}

function furnitureReason(text: string): string {
  if (/^(?:side|page)\s*\d/i.test(text) || /^[-–—(\s]*\d{1,3}[-–—)\s]*$/.test(text)) return 'Sidetal i PDF-filen.';
  if (/^(?:<)?(?:https?:\/\/|www\.|mailto:)/i.test(text)) return 'Linkadresse, som PDF-filen skriver nederst på siden.';
  return 'Sidehoved eller sidefod, som står på flere sider.';
}

/** "Bilag 1: Lovgrundlag", "KAPITEL 2 ADGANG": a numbered unit's whole line is its title (the text check reads only "Lovgrundlag"). */
const UNIT_PREFIX = /^(?:kapitel|bilag|afsnit|del)\s+\d{1,3}\s*[.:)–—-]?\s+/i;

function unitTitle(rawLine: string, heading: FoundHeading): string | undefined {
  const line = rawLine.trim().replace(/^#{1,6}\s+/, '');
  return heading.lines.length === 1 && UNIT_PREFIX.test(line) && line.endsWith(heading.text) ? line : undefined;
}
