import { diagnostic } from '../rule-catalogue.ts';
import { locate, type PathSegment } from '../locate.ts';
import { forEachFact, type PlainObject } from '../walk.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { Diagnostic } from '../types.ts';
import type { MunicipalDocument } from '../../../schemas/index.ts';

/**
 * Keys whose values are prose summaries written by the transcriber (not precise values): a fact carrying one must have
 * an excerpt to check it against.
 */
export const SUMMARY_KEYS: ReadonlySet<string> = new Set([
  'gaelder_for',
  'betingelser',
  'hvordan',
  'maalgruppe',
  'beskrivelse',
  'andet',
  'undtagelser',
  'varighed',
  'hyppighed',
  'kost_og_logi',
  'uden_bevilling',
  'kan_ikke_paaklages',
  'metoder',
  'sted',
]);

/** Words that make an excerpt a negation, for an explicit "none". */
const NEGATION = /(?<![\p{L}])(?:ingen|ikke|uden|intet)(?![\p{L}])/iu;

const isObject = (value: unknown): value is PlainObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const nonBlank = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const hasProse = (value: unknown): boolean => nonBlank(value) || (Array.isArray(value) && value.some(nonBlank));

/**
 * A fact with a prose summary cites at least one non-blank excerpt (rule summary-without-excerpt); an explicit none
 * (`ingen: true`, or a topic's `status: ingen`) has an excerpt with a negation (explicit-none-without-negation).
 */
export function checkGrounding(doc: Located<MunicipalDocument>, _ctx: RuleContext): Diagnostic[] {
  const { data, parsed, file } = doc;
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: 'summary-without-excerpt' | 'explicit-none-without-negation', path: PathSegment[], message: string) => {
    const { line, column } = locate(parsed, path);
    diagnostics.push(diagnostic(ruleId, file, line, column, message));
  };
  forEachFact(data, (fact, path) => {
    const excerpts = ((fact.kilde as { uddrag?: unknown[] }).uddrag ?? []).filter(nonBlank);
    if (excerpts.length > 0) return;
    const summary = Object.keys(fact).find((key) => SUMMARY_KEYS.has(key) && hasProse(fact[key]));
    if (summary === undefined) return;
    report(
      'summary-without-excerpt',
      [...path, summary],
      `Feltet "${summary}" sammenfatter kilden med egne ord, men faktummet har intet uddrag (kilde.uddrag) at efterprøve det med. Tilføj mindst ét ordret uddrag fra kilden, der siger det samme.`,
    );
  });
  forEachExplicitNone(data, (none, path, excerptsPath) => {
    const excerpts = (Array.isArray(none) ? none : []).filter(nonBlank);
    if (excerpts.some((excerpt) => NEGATION.test(excerpt))) return;
    report(
      'explicit-none-without-negation',
      excerpts.length ? excerptsPath : path,
      'Feltet siger, at kilden udtrykkeligt nævner, at der ingen er, men ingen af dets uddrag indeholder en nægtelse (ingen, ikke, uden, intet). Citér den sætning, hvor kilden siger det, eller skriv feltet som ikke beskrevet.',
    );
  });
  return diagnostics;
}

/** Every explicit none in the document: `{ ingen: true, uddrag }` anywhere, and a topic's `{ status: ingen, kilde }`. */
function forEachExplicitNone(
  value: unknown,
  visit: (excerpts: unknown, path: PathSegment[], excerptsPath: PathSegment[]) => void,
  path: PathSegment[] = [],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachExplicitNone(item, visit, [...path, index]));
    return;
  }
  if (!isObject(value)) return;
  if (value.ingen === true) visit(value.uddrag, path, [...path, 'uddrag']);
  if (value.status === 'ingen' && isObject(value.kilde)) visit(value.kilde.uddrag, path, [...path, 'kilde', 'uddrag']);
  for (const [key, child] of Object.entries(value)) forEachExplicitNone(child, visit, [...path, key]);
}
