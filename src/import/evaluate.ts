import type { MunicipalDocument, RequirementCatalogue } from '../../schemas/index.ts';
import type { KeywordFile } from '../../schemas/point-keywords.ts';
import { normalizeForExcerpt } from '../check/normalize.ts';
import { forEachFact } from '../check/walk.ts';
import { importDocument, type ImportResult } from './draft.ts';

/**
 * Measures the import on a source the project has transcribed by hand: re-import the source text and compare with
 * the curated document and its heading map.
 *
 * - Sections are compared by their boundaries in the source, not by their ids (the import's slugs and the curator's
 *   ids differ and do not matter to a reader). A curated section spans the source from the first line of the first
 *   heading the map assigns to it to the line before the next curated section's start (or the end of the text). It
 *   agrees when the import starts a section on that first line and its next section on the next curated start: the
 *   same span, no more, no less. A section the import splits further or merges with a neighbour does not agree.
 * - Because the curator sometimes keeps real subheadings inside one section (the parts of a document that were not
 *   transcribed, the fields "Form", "Formål" of an offer), two more figures are given and not counted in the floor:
 *   the sections that agree once splits at headings the map itself lists inside them are allowed, and the import's
 *   boundaries that fall on no heading of the map at all (lines that are no heading: a wrong boundary).
 * - Contacts: every phone number, e-mail address and opening or phone hour (with a digit in it) in the curated data
 *   counts; it is proposed when an import candidate of the same kind has the same value (phones by their digits) or,
 *   for hours, an excerpt containing the curated time, and that excerpt stands verbatim in the source.
 * - Points: a point agrees when the import's status (beskrevet / ikke-beskrevet) is the curated one (delvist counts
 *   as described).
 */

export interface SourceFigures {
  id: string;
  sections: {
    curated: number;
    /** Curated sections whose span the import gives exactly (same first line, same next boundary). */
    agreeing: number;
    imported: number;
    disagreeing: string[];
    /** Curated sections that agree when the import's extra boundaries inside them all fall on headings the map lists there. */
    agreeingAtMapHeadings: number;
    /** The import's section starts on lines that are no heading in the curated map, as "line: heading". */
    offMap: string[];
  };
  phones: { curated: number; proposed: number; missed: string[] };
  emails: { curated: number; proposed: number; missed: string[] };
  hours: { curated: number; proposed: number; missed: string[] };
  points?: { curated: number; agreeing: number; disagreeing: string[] };
}

/** The source text normalised as excerpts are, with the source line of each normalised character. */
function normalizedWithLines(text: string): { flat: string; lineAt: number[] } {
  let flat = '';
  const lineAt: number[] = [];
  let line = 1;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\n') line++;
    if (character === '\u00ad') continue;
    if (character === '-' && /\s/.test(text[index + 1] ?? '')) {
      while (/\s/.test(text[index + 1] ?? '')) {
        index++;
        if (text[index] === '\n') line++;
      }
      continue;
    }
    if (/\s/.test(character)) {
      if (flat.endsWith(' ') || flat === '') continue;
      flat += ' ';
      lineAt.push(line);
      continue;
    }
    flat += character;
    lineAt.push(line);
  }
  return { flat, lineAt };
}

export interface CuratedHeading {
  tekst: string;
  afsnit: string;
}

/** Where the curated heading map puts each section in the source: its first line and the lines of all its headings. */
export function curatedSectionLines(
  source: string,
  document: MunicipalDocument,
  headings: readonly CuratedHeading[],
): { starts: Map<string, number>; headingLines: Map<string, number[]> } {
  const { flat, lineAt } = normalizedWithLines(source);
  let cursor = 0;
  const lineOf = new Map<CuratedHeading, number>();
  for (const heading of headings) {
    const needle = normalizeForExcerpt(heading.tekst);
    let at = flat.indexOf(needle, cursor);
    if (at < 0) at = flat.indexOf(needle);
    if (at < 0) continue;
    cursor = at + needle.length;
    lineOf.set(heading, lineAt[at]!);
  }
  // A curated section is one span of the source: it starts at the first of the headings mapped to it (its own
  // heading; the others are subheadings inside it). Choosing by words instead picked "Behandlingstilbud til unge over
  // 18 år" for the section "6.2 Behandlingstilbud til unge i alderen 13-29 år" (same first words).
  const starts = new Map<string, number>();
  const headingLines = new Map<string, number[]>();
  for (const section of document.afsnit) {
    const lines = headings.filter((heading) => heading.afsnit === section.id && lineOf.has(heading)).map((heading) => lineOf.get(heading)!);
    if (lines.length > 0) {
      starts.set(section.id, Math.min(...lines));
      headingLines.set(section.id, lines);
    }
  }
  return { starts, headingLines };
}

/** The source line where each curated section starts. */
export function curatedSectionStarts(source: string, document: MunicipalDocument, headings: readonly CuratedHeading[]): Map<string, number> {
  return curatedSectionLines(source, document, headings).starts;
}

const digits = (value: string) => value.replace(/\D/g, '');
const flatLower = (value: string) => normalizeForExcerpt(value).toLowerCase();

export function evaluateSource(input: {
  id: string;
  source: string;
  document: MunicipalDocument;
  headings: readonly CuratedHeading[];
  catalogue: RequirementCatalogue;
  keywords: KeywordFile;
}): { figures: SourceFigures; result: ImportResult } {
  const imported = importDocument({
    text: input.source,
    kommune: input.document.kommune,
    kind: input.document.dokumenttype,
    catalogue: input.catalogue,
    keywords: input.keywords,
    sourceName: `${input.id}.txt`,
  });
  if (!imported.ok) throw new Error(`${input.id}: ${imported.message}`);

  // Sections.
  const { starts, headingLines } = curatedSectionLines(input.source, input.document, input.headings);
  const curatedOrder = input.document.afsnit.map((section) => ({ id: section.id, start: starts.get(section.id) }));
  const importedStarts = imported.sections.map((section) => section.fromLine);
  const disagreeing: string[] = [];
  let agreeing = 0;
  let agreeingAtMapHeadings = 0;
  curatedOrder.forEach((section, index) => {
    const next = curatedOrder.slice(index + 1).find((later) => later.start !== undefined)?.start;
    const at = section.start === undefined ? -1 : importedStarts.indexOf(section.start);
    const importedNext = at >= 0 ? importedStarts[at + 1] : undefined;
    if (at >= 0 && importedNext === next) agreeing++;
    else disagreeing.push(section.id);
    if (at < 0) return;
    const inside = importedStarts.filter((line) => line > section.start! && (next === undefined || line < next));
    const ends = next === undefined || importedStarts.includes(next);
    if (ends && inside.every((line) => headingLines.get(section.id)!.includes(line))) agreeingAtMapHeadings++;
  });
  const mapLines = new Set([...headingLines.values()].flat());
  const offMap = imported.sections.filter((section) => !mapLines.has(section.fromLine)).map((section) => `${section.fromLine}: ${section.overskrift}`);

  // Contacts.
  const phones: string[] = [];
  const emails: string[] = [];
  const hours: string[] = [];
  forEachFact(input.document, (fact) => {
    for (const phone of (fact.telefon as string[] | undefined) ?? []) phones.push(phone);
    for (const email of (fact.email as string[] | undefined) ?? []) emails.push(email);
    for (const day of (fact.aabningstider as { tid: string }[] | undefined) ?? []) if (/\d/.test(day.tid)) hours.push(day.tid);
    if (typeof fact.telefontid === 'string' && /\d/.test(fact.telefontid)) hours.push(fact.telefontid);
  });
  const normalizedSource = normalizeForExcerpt(input.source);
  const candidates = imported.candidates.filter((candidate) => normalizedSource.includes(normalizeForExcerpt(candidate.excerpt)));
  const proposed = (values: string[], matches: (value: string) => boolean) => {
    const missed = values.filter((value) => !matches(value));
    return { curated: values.length, proposed: values.length - missed.length, missed };
  };

  let points: SourceFigures['points'];
  if (input.document.krav && imported.points.length > 0) {
    const wrong: string[] = [];
    let same = 0;
    for (const point of imported.points) {
      const curated = input.document.krav[point.id] as { status: string } | undefined;
      if (!curated) continue;
      const curatedStatus = curated.status === 'ikke-beskrevet' ? 'ikke-beskrevet' : 'beskrevet';
      if (curatedStatus === point.status) same++;
      else wrong.push(`${point.id} (importen: ${point.status}, kurateret: ${curated.status})`);
    }
    points = { curated: same + wrong.length, agreeing: same, disagreeing: wrong };
  }

  return {
    result: imported,
    figures: {
      id: input.id,
      sections: { curated: curatedOrder.length, agreeing, imported: imported.sections.length, disagreeing, agreeingAtMapHeadings, offMap },
      phones: proposed(phones, (phone) =>
        candidates.some((c) => c.kind === 'telefon' && digits(c.value) === digits(phone) && flatLower(c.excerpt).includes(flatLower(c.value))),
      ),
      emails: proposed(emails, (email) =>
        candidates.some((c) => c.kind === 'email' && c.value.toLowerCase() === email.toLowerCase() && flatLower(c.excerpt).includes(email.toLowerCase())),
      ),
      hours: proposed(hours, (time) => candidates.some((c) => c.kind === 'tider' && flatLower(c.excerpt).includes(flatLower(time)))),
      ...(points ? { points } : {}),
    },
  };
}

export interface Totals {
  sections: number;
  /** Not a floor: sections that agree when splits at the map's own subheadings are allowed. */
  sectionsAtMapHeadings: number;
  contacts: number;
  points: number;
}

/** The overall shares the floors are set on: sections, phones + e-mails + hours together, and points. */
export function totals(figures: readonly SourceFigures[]): Totals {
  const sum = (pick: (f: SourceFigures) => [number, number]) => {
    const [hit, all] = figures.reduce(
      ([h, a], f) => {
        const [x, y] = pick(f);
        return [h + x, a + y];
      },
      [0, 0],
    );
    return all === 0 ? 1 : hit / all;
  };
  return {
    sections: sum((f) => [f.sections.agreeing, f.sections.curated]),
    sectionsAtMapHeadings: sum((f) => [f.sections.agreeingAtMapHeadings, f.sections.curated]),
    contacts: sum((f) => [f.phones.proposed + f.emails.proposed + f.hours.proposed, f.phones.curated + f.emails.curated + f.hours.curated]),
    points: sum((f) => [f.points?.agreeing ?? 0, f.points?.curated ?? 0]),
  };
}
