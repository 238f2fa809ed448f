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
export function splitSections(text: string, namesPoints: (lowerText: string) => Set<string> = () => new Set()): SectionSplit {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const read = readTextLines(text);
  const { omitted, restore } = pageFurniture(text, rawLines, read);
  const lines = withDroppedFacts(read, rawLines, restore);
  const { passages } = findStructure(lines, namesPoints);
  const found = passages.flatMap((passage) => (passage.heading && isPlausibleHeading(passage.heading.text) ? [passage.heading] : []));
  let headings = withoutRecurringLabels(documentHeadings([...found, ...labelHeadings(lines, rawLines, found), ...lawReferenceHeadings(lines, found), ...titleAndSubsectionHeadings(lines, found)], rawLines));
  // The section-text check finds each heading of the map as the first occurrence of its words after the previous
  // heading; a heading whose words already stand in the section before it would be found there. It is not a heading
  // of this document, but words of that section (a place name over an address, a label repeated in the text).
  for (let attempt = 0; attempt < 200; attempt++) {
    const built = buildSections(headings, lines, rawLines);
    const clash = built.sections.findIndex((section, index) => index > 0 && occursIn(section.headingInSource, `${built.sections[index - 1]!.tekst ?? ''}`));
    if (clash < 0) return { ...built, omitted };
    headings = headings.filter((heading) => heading.lines[0] !== built.sections[clash]!.fromLine);
  }
  return { ...buildSections(headings, lines, rawLines), omitted };
}

const wordsOf = (value: string) => normalizeForExcerpt(value).toLowerCase().replace(/^- /gm, '').split(/[^\p{L}\p{N}§]+/u).filter(Boolean);
function occursIn(needle: string, haystack: string): boolean {
  const words = wordsOf(needle);
  if (words.length === 0) return false;
  return ` ${wordsOf(haystack).join(' ')} `.includes(` ${words.join(' ')} `);
}

function buildSections(headings: readonly FoundHeading[], lines: readonly TextLine[], rawLines: readonly string[]): { sections: ImportedSection[]; preamble: TextLine[] } {
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
      overskrift: heading.text,
      niveau: depth as 1 | 2 | 3,
      ...(markdown ? { tekst: markdown } : {}),
      headingInSource: inSource,
      fromLine: heading.lines[0]!,
      toLine: body.at(-1)?.number ?? heading.lines.at(-1)!,
    });
  };
  for (const line of lines) {
    const heading = headingLines.get(line.number);
    if (heading) {
      finish();
      const numbered = SECTION_NUMBER.exec(line.text);
      const prefix = numbered ? numbered[0] : '';
      // The heading as the source prints it: its lines, or, for a heading run into its first sentence ("8.
      // Klagevejledning Klager kan ..."), its words with their punctuation, the rest of the line being text.
      const words = line.text.slice(prefix.length).split(/\s+/);
      const headingWords = heading.text.split(/\s+/).length;
      const runIn = heading.lines.length === 1 && words.length > headingWords && heading.text.replace(/\s+/g, ' ') === words.slice(0, headingWords).join(' ').replace(/[,:]$/, '');
      const inSource = runIn
        ? `${prefix}${words.slice(0, headingWords).join(' ')}`
        : heading.lines.map((number) => lines.find((l) => l.number === number)?.text ?? rawLines[number - 1]!.trim()).join(' ');
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
}

const numberOf = (rawLine: string) => SECTION_NUMBER.exec(rawLine.trim())?.[1]?.split('.').map(Number);

/** Whether section number `next` can follow `previous`: the next at the same level, a first child, or a higher level's next. */
function follows(previous: number[] | undefined, next: number[]): boolean {
  if (!previous) return true;
  if (next.length === previous.length + 1 && next.at(-1) === 1 && previous.every((n, i) => n === next[i])) return true;
  for (let depth = Math.min(previous.length, next.length); depth >= 1; depth--) {
    if (next.length !== depth) continue;
    // The next number at a level, or the one after it (a subsection the text check could not read as a heading).
    if (previous.slice(0, depth - 1).every((n, i) => n === next[i]) && next[depth - 1]! - previous[depth - 1]! >= 1 && next[depth - 1]! - previous[depth - 1]! <= 2) return true;
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
    const number = numberOf(rawLines[heading.lines[0]! - 1]!);
    if (number) {
      // A list item "3." inside section 2.1 is followed by "2.2", which continues 2.1 and not "3".
      const nextNumber = sorted.slice(index + 1).map((later) => numberOf(rawLines[later.lines[0]! - 1]!)).find(Boolean);
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
    if (beforeFirstNumber || /^[\p{Lu}\d\s,.–-]+$/u.test(heading.text) || /^(?:bilag|kontakt|appendiks|litteratur|udviklingsplan|indledning)/i.test(heading.text)) {
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
function withoutRecurringLabels(headings: FoundHeading[]): FoundHeading[] {
  const counts = new Map<string, number>();
  for (const heading of headings) counts.set(heading.text.toLowerCase(), (counts.get(heading.text.toLowerCase()) ?? 0) + 1);
  return headings.filter((heading) => (counts.get(heading.text.toLowerCase()) ?? 0) < 3);
}

/**
 * A heading that ends in its legal basis and runs into the first sentence, as a two-column PDF extracts it:
 * "Døgnbehandling, Lov om social service §§ 101 og 107, stk. 2, nr. 2 Døgnbehandling er ...".
 */
const LAW_REFERENCE_HEADING = /^(\p{Lu}[^,.:;§]{2,60},\s+(?:[Ll]ov om [\p{L} ]{3,30}?|[Ss]erviceloven|[Ss]undhedsloven|[Bb]arnets lov)\s+§§?\s*\d+\s?[a-z]?(?:,\s*stk\.\s*\d+)?(?:,\s*nr\.\s*\d+)?(?:\s+og\s+\d+\s?[a-z]?(?:,\s*stk\.\s*\d+)?(?:,\s*nr\.\s*\d+)?)?)(?=\s+\p{Lu}|\s*$)/u;
function lawReferenceHeadings(lines: readonly TextLine[], found: readonly FoundHeading[]): FoundHeading[] {
  const taken = new Set(found.flatMap((heading) => heading.lines));
  return lines.flatMap((line) => {
    if (taken.has(line.number)) return [];
    const match = LAW_REFERENCE_HEADING.exec(line.text);
    return match ? [{ lines: [line.number], text: match[1]! }] : [];
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
    if (/^\p{Lu}/u.test(line.text) && words <= 10 && /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\.?$/.test(line.text)) return [{ lines: [line.number], text: line.text.replace(/\.$/, '') }];
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
  if (/(?:vej|gade|stræde|parken|plads|all[eé]|torv|vænget|bakken)\s+\d+\s?[A-Za-z]?$/iu.test(text)) return false;
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
  return text.replace(/^(#{1,6}\s)/, '\\$1').replace(/^(\d{1,3})([.)])(\s)/, '$1\\$2$3').replace(/^([-+*]\s)/, '\\$1');
}
const escapeItem = (text: string) => text.replace(/^(#{1,6}\s)/, '\\$1');

/** A line with a phone number, an e-mail address or a time: a fact, even where it looks like a repeated footer. */
const FACT_LINE = /\d{2} ?\d{2} ?\d{2} ?\d{2}|@|\d{1,2}[.:]\d{2}/;
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.|mailto:)\S*(?:>)?$/i;
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
    const fact = URL_ONLY.test(text) || restore.has(index + 1)
      || (!PAGE_MARK.test(text) && (exact.get(raw.trim()) ?? 0) < 3 && FACT_LINE.test(text));
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
function pageFurniture(text: string, rawLines: readonly string[], kept: readonly TextLine[]): { omitted: OmittedText[]; restore: Set<number> } {
  const keptNumbers = new Set(kept.map((line) => line.number));
  const flat = rawLines.map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  const repeatKey = (line: string) => line.toLowerCase().replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const line of flat) if (line !== '') counts.set(repeatKey(line), (counts.get(repeatKey(line)) ?? 0) + 1);
  const byText = new Map<string, number[]>();
  flat.forEach((line, index) => {
    if (line === '' || keptNumbers.has(index + 1) || /^[•●▪■◦‣·*o-]$/.test(line)) return;
    if (!PAGE_MARK.test(line) && !URL_ONLY.test(line) && (counts.get(repeatKey(line)) ?? 0) < 3) return;
    if (FACT_LINE.test(line) && !PAGE_MARK.test(line)) return; // kept as text by withDroppedFacts
    byText.set(line, [...(byText.get(line) ?? []), index + 1]);
  });
  const sourceWords = ` ${wordsOf(text).join(' ')} `;
  const omitted: OmittedText[] = [];
  const restore = new Set<number>();
  for (const [line, numbers] of byText) {
    if (URL_ONLY.test(line)) continue; // kept with its section by withDroppedFacts
    const needle = ` ${wordsOf(line).join(' ')} `;
    let occurrences = 0;
    for (let at = sourceWords.indexOf(needle); at >= 0; at = sourceWords.indexOf(needle, at + 1)) occurrences++;
    if (needle.trim() !== '' && occurrences === numbers.length) omitted.push({ tekst: line, begrundelse: furnitureReason(line) });
    else for (const number of numbers) restore.add(number);
  }
  return { omitted, restore };
}

function furnitureReason(text: string): string {
  if (/^(?:side|page)\s*\d/i.test(text) || /^[-–—(\s]*\d{1,3}[-–—)\s]*$/.test(text)) return 'Sidetal i PDF-filen.';
  if (/^(?:<)?(?:https?:\/\/|www\.|mailto:)/i.test(text)) return 'Linkadresse, som PDF-filen skriver nederst på siden.';
  return 'Sidehoved eller sidefod, som står på flere sider.';
}
