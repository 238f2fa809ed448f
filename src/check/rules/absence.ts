import { diagnostic } from '../rule-catalogue.ts';
import { locate, type PathSegment } from '../locate.ts';
import { checkDraftText, type PointResult } from '../text/index.ts';
import type { LocatedKeywords } from '../text/index.ts';
import { currentCatalogue, keywordsFor } from '../requirements.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { Diagnostic } from '../types.ts';
import type { MunicipalDocument, RequirementCatalogue } from '../../../schemas/index.ts';

/** The mandatory point that covers each topic field: when the source covers the point, the topic is not absent. */
export const TOPIC_POINTS: Readonly<Record<string, string>> = {
  behandlingsgaranti: 'behandlingsgaranti',
  frit_valg: 'frit-valg',
  klageadgang: 'sagsbehandling-og-klageadgang',
  gavekort: 'gavekort',
  betaling: 'kost-og-logi',
  doegninstitutioner: 'doegnbehandling-kvalitetskrav',
  maalgrupper: 'maalgruppe',
  tilbud: 'organisering-og-tilbud',
};

/**
 * Topics without a point of the law: a few words that, in a line of the source, show the source speaks of the topic.
 * Kept small on purpose; a line must state it, not merely use a related word.
 */
export const TOPIC_LINES: Readonly<Record<string, RegExp>> = {
  anonymitet: /(?<![\p{L}])anonym(?:t|e|itet)?(?![\p{L}])/iu,
  kontakt: /(?<![\p{L}])(?:tlf\.?|telefon(?:nummer)?|tlf\.nr\.?)\s*:?\s*\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)/iu,
};

/** The text check's results for one source and catalogue, computed once (the check may see a source many times). */
const resultCache = new Map<string, PointResult[]>();
function pointResults(source: string, name: string, catalogue: RequirementCatalogue, keywords: LocatedKeywords): PointResult[] {
  const key = `${catalogue.id}\u0000${catalogue.punkter.map((point) => point.id).join(',')}\u0000${name}\u0000${source.length}\u0000${source}`;
  let results = resultCache.get(key);
  if (!results) {
    results = checkDraftText(source, name, catalogue, keywords.data).points;
    if (resultCache.size > 500) resultCache.clear();
    resultCache.set(key, results);
  }
  return results;
}

const linesOf = (lines: readonly number[]): string => {
  const unique = [...new Set(lines)].sort((a, b) => a - b).slice(0, 6);
  return unique.length === 1 ? `linje ${unique[0]}` : `linje ${unique.join(', ')}`;
};

/**
 * A topic recorded as not described (the plain `ikke-beskrevet`, without a reason) and a mandatory point recorded
 * as `ikke-beskrevet` (without a `bemaerkning`) must not be covered by the document's own source, as the draft-text
 * finder reads it. Rule: not-described-but-source-covers. Answer a finding by describing the topic with excerpts, or by
 * recording why it is not described (`{ status: ikke-beskrevet, begrundelse }`, or the point's `bemaerkning`).
 */
export function checkAbsenceClaims(doc: Located<MunicipalDocument>, ctx: RuleContext): Diagnostic[] {
  const { data, parsed, file } = doc;
  const source = ctx.sourceTexts[data.kildefil];
  if (source === undefined || !ctx.keywords?.length) return [];
  // Documents without a catalogue (servicedeklaration, udviklingsplan) are read against the current one: the topics
  // map to the same points whatever the document's kind.
  const keywordFiles = ctx.keywords;
  const catalogue =
    (data.kravkatalog ? ctx.catalogues.get(data.kravkatalog) : undefined) ??
    currentCatalogue(ctx.catalogues.values(), (candidate) => keywordsFor(candidate, keywordFiles) !== undefined);
  const keywords = catalogue && keywordsFor(catalogue, keywordFiles);
  if (!catalogue || !keywords) return [];

  const diagnostics: Diagnostic[] = [];
  const report = (path: PathSegment[], what: string, lines: string) => {
    const { line, column } = locate(parsed, path);
    diagnostics.push(
      diagnostic(
        'not-described-but-source-covers',
        file,
        line,
        column,
        `${what} står som ikke beskrevet, men kilden ${data.kildefil} ser ud til at beskrive det (${lines}). Beskriv det med uddrag fra kilden, eller skriv { status: ikke-beskrevet, begrundelse: ... } med grunden til, at det ikke tæller som beskrevet.`,
      ),
    );
  };
  // Only the points some absence claim depends on are scored: the finder's cost grows with the points it looks for.
  const needed = new Set([
    ...Object.entries(TOPIC_POINTS)
      .filter(([topic]) => (data as Record<string, unknown>)[topic] === 'ikke-beskrevet')
      .map(([, pointId]) => pointId),
    ...Object.entries(data.krav ?? {})
      .filter(([, status]) => status.status === 'ikke-beskrevet' && !status.bemaerkning)
      .map(([pointId]) => pointId),
  ]);
  const scope = { ...catalogue, punkter: catalogue.punkter.filter((point) => needed.has(point.id)) };
  let results: PointResult[] | undefined;
  const found = (pointId: string) => {
    results ??= pointResults(source, data.kildefil, scope, keywords);
    const result = results.find((candidate) => candidate.point.id === pointId);
    return result?.status === 'fundet' ? result : undefined;
  };

  for (const [topic, pointId] of Object.entries(TOPIC_POINTS)) {
    if ((data as Record<string, unknown>)[topic] !== 'ikke-beskrevet') continue;
    const result = found(pointId);
    if (result) report([topic], `Emnet "${topic}"`, linesOf(result.evidence.flatMap((evidence) => evidence.lines)));
  }
  for (const [topic, pattern] of Object.entries(TOPIC_LINES)) {
    if ((data as Record<string, unknown>)[topic] !== 'ikke-beskrevet') continue;
    const lines = source.split('\n').flatMap((text, index) => (pattern.test(text) ? [index + 1] : []));
    if (lines.length > 0) report([topic], `Emnet "${topic}"`, linesOf(lines));
  }
  for (const [pointId, status] of Object.entries(data.krav ?? {})) {
    if (status.status !== 'ikke-beskrevet' || status.bemaerkning) continue;
    const result = found(pointId);
    if (result) report(['krav', pointId], `Punktet "${pointId}"`, linesOf(result.evidence.flatMap((evidence) => evidence.lines)));
  }
  return diagnostics;
}
