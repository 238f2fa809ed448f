import { diagnostic } from '../rule-catalogue.ts';
import { locate } from '../locate.ts';
import { isNotDescribed, type MunicipalDocument } from '../../../schemas/index.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { Diagnostic } from '../types.ts';

/** A kvalitetsstandard must be revised at least every second year. */
export const MAX_AGE_YEARS = 2;

/** The newest year the document dates itself to, or undefined when it is undated. */
export function newestDatedYear(data: MunicipalDocument): number | undefined {
  const years = [
    isNotDescribed(data.periode) ? undefined : data.periode.til_aar,
    isNotDescribed(data.udarbejdet) ? undefined : data.udarbejdet.aar,
    isNotDescribed(data.godkendt) || !data.godkendt.dato ? undefined : Number(data.godkendt.dato.slice(0, 4)),
  ].filter((year): year is number => year !== undefined);
  return years.length ? Math.max(...years) : undefined;
}

export type RevisionStatus = { kind: 'undated' } | { kind: 'overdue'; reason: 'deadline' | 'age'; year: number } | { kind: 'current'; year: number };

/** Judges a document's revision status on `today` (YYYY-MM-DD). The site and the check share this judgement. */
export function revisionStatus(data: MunicipalDocument, today: string): RevisionStatus {
  const thisYear = Number(today.slice(0, 4));
  const newest = newestDatedYear(data);
  if (!isNotDescribed(data.revision)) {
    if (thisYear > data.revision.senest_aar) return { kind: 'overdue', reason: 'deadline', year: data.revision.senest_aar };
    return { kind: 'current', year: data.revision.senest_aar };
  }
  if (newest === undefined) return { kind: 'undated' };
  if (thisYear - newest > MAX_AGE_YEARS) return { kind: 'overdue', reason: 'age', year: newest };
  return { kind: 'current', year: newest };
}

/** Rules: revision-overdue (kvalitetsstandarder), document-undated (every document). */
export function checkRevision(doc: Located<MunicipalDocument>, ctx: RuleContext): Diagnostic[] {
  const { data, parsed, file } = doc;
  const status = revisionStatus(data, ctx.today);
  if (status.kind === 'undated') {
    const { line, column } = locate(parsed, ['periode'], 'key');
    return [
      diagnostic(
        'document-undated',
        file,
        line,
        column,
        'Dokumentet angiver hverken periode, udarbejdelsesår, godkendelsesdato eller revisionsfrist. Siden viser det som udateret; tilføj datoen, hvis kilden har en.',
      ),
    ];
  }
  if (status.kind !== 'overdue' || data.dokumenttype !== 'kvalitetsstandard') return [];
  const path = status.reason === 'deadline' ? ['revision'] : ['periode'];
  const { line, column } = locate(parsed, path, 'key');
  const message =
    status.reason === 'deadline'
      ? `Standarden skulle revideres senest i ${status.year} (${isNotDescribed(data.revision) ? '' : `"${data.revision.tekst}"`}), og datoen ${ctx.today} er passeret. Siden viser, at den er forældet.`
      : `Standarden er senest dateret ${status.year} og er dermed mere end ${MAX_AGE_YEARS} år gammel den ${ctx.today}; en kvalitetsstandard skal revideres mindst hvert andet år. Siden viser, at den er forældet.`;
  return [diagnostic('revision-overdue', file, line, column, message)];
}
