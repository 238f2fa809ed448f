import type { MunicipalDocument, RequirementCatalogue } from '../../schemas/index.ts';
import type { KeywordFile } from '../../schemas/point-keywords.ts';
import { normalizeForExcerpt } from '../check/normalize.ts';
import { forEachFact } from '../check/walk.ts';
import { importDocument, type ImportResult } from './draft.ts';

/**
 * Measures the import on a source the project has transcribed by hand: re-import the source text and compare with
 * the curated document and its heading map.
 *
 * - Sections: a curated section agrees when the import starts a section at the same source line and ends it where
 *   the curated section ends (the next curated section's heading, or the end of the text).
 * - Contacts: every phone number, e-mail address and opening or phone hour (with a digit in it) in the curated data
 *   counts; it is proposed when an import candidate of the same kind has the same value (phones by their digits) or,
 *   for hours, an excerpt containing the curated time, and that excerpt stands verbatim in the source.
 * - Points: a point agrees when the import's status (beskrevet / ikke-beskrevet) is the curated one (delvist counts
 *   as described).
 */

export interface SourceFigures {
  id: string;
  sections: { curated: number; agreeing: number; imported: number; disagreeing: string[] };
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

/** The source line where each curated section starts: the heading mapped to it that reads like its own heading. */
export function curatedSectionStarts(source: string, document: MunicipalDocument, headings: readonly CuratedHeading[]): Map<string, number> {
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
  for (const section of document.afsnit) {
    const lines = headings.filter((heading) => heading.afsnit === section.id && lineOf.has(heading)).map((heading) => lineOf.get(heading)!);
    if (lines.length > 0) starts.set(section.id, Math.min(...lines));
  }
  return starts;
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
  const starts = curatedSectionStarts(input.source, input.document, input.headings);
  const curatedOrder = input.document.afsnit.map((section) => ({ id: section.id, start: starts.get(section.id) }));
  const importedStarts = imported.sections.map((section) => section.fromLine);
  const disagreeing: string[] = [];
  let agreeing = 0;
  curatedOrder.forEach((section, index) => {
    const next = curatedOrder.slice(index + 1).find((later) => later.start !== undefined)?.start;
    const at = section.start === undefined ? -1 : importedStarts.indexOf(section.start);
    const importedNext = at >= 0 ? importedStarts[at + 1] : undefined;
    if (at >= 0 && importedNext === next) agreeing++;
    else disagreeing.push(section.id);
  });

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
      sections: { curated: curatedOrder.length, agreeing, imported: imported.sections.length, disagreeing },
      phones: proposed(phones, (phone) => candidates.some((c) => c.kind === 'telefon' && digits(c.value) === digits(phone) && flatLower(c.excerpt).includes(flatLower(c.value)))),
      emails: proposed(emails, (email) => candidates.some((c) => c.kind === 'email' && c.value.toLowerCase() === email.toLowerCase() && flatLower(c.excerpt).includes(email.toLowerCase()))),
      hours: proposed(hours, (time) => candidates.some((c) => c.kind === 'tider' && flatLower(c.excerpt).includes(flatLower(time)))),
      ...(points ? { points } : {}),
    },
  };
}

export interface Totals {
  sections: number;
  contacts: number;
  points: number;
}

/** The overall shares the floors are set on: sections, phones + e-mails + hours together, and points. */
export function totals(figures: readonly SourceFigures[]): Totals {
  const sum = (pick: (f: SourceFigures) => [number, number]) => {
    const [hit, all] = figures.reduce(([h, a], f) => { const [x, y] = pick(f); return [h + x, a + y]; }, [0, 0]);
    return all === 0 ? 1 : hit / all;
  };
  return {
    sections: sum((f) => [f.sections.agreeing, f.sections.curated]),
    contacts: sum((f) => [f.phones.proposed + f.emails.proposed + f.hours.proposed, f.phones.curated + f.emails.curated + f.hours.curated]),
    points: sum((f) => [f.points?.agreeing ?? 0, f.points?.curated ?? 0]),
  };
}
