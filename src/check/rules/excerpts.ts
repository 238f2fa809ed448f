import { containsNumber, normalizeForExcerpt } from '../normalize.ts';
import { diagnostic } from '../rule-catalogue.ts';
import { locate, type PathSegment } from '../locate.ts';
import { forEachFact, forEachLeaf } from '../walk.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { ParsedYaml } from '../parse-yaml.ts';
import type { Diagnostic } from '../types.ts';
import type { MunicipalDocument } from '../../../schemas/index.ts';

/** Keys whose string values are precise facts a citizen acts on; they must occur verbatim in an excerpt. */
export const PRECISE_STRING_KEYS: ReadonlySet<string> = new Set([
  'tekst', 'telefon', 'adresse', 'email', 'hjemmeside', 'frist', 'tid', 'telefontid', 'instans',
]);

/** Normalised source texts are reused across documents and rules. */
const normalizedSources = new Map<string, string>();
export function normalizedSource(text: string): string {
  let normalized = normalizedSources.get(text);
  if (normalized === undefined) {
    normalized = normalizeForExcerpt(text);
    normalizedSources.set(text, normalized);
  }
  return normalized;
}

/** Reports an excerpt that does not occur in the source text. Rule: excerpt-not-in-source. */
export function checkExcerptInSource(parsed: ParsedYaml, path: PathSegment[], excerpt: string, source: string, sourceName: string): Diagnostic[] {
  if (normalizedSource(source).includes(normalizeForExcerpt(excerpt))) return [];
  const { line, column } = locate(parsed, path);
  return [diagnostic('excerpt-not-in-source', parsed.file, line, column,
    `Uddraget "${shorten(excerpt)}" står ikke ordret i kilden ${sourceName}. Kopiér teksten direkte fra kilden (linjeskift og orddeling må afvige), eller ret faktummet, hvis kilden siger noget andet.`)];
}

/**
 * Every excerpt occurs in the document's source; every precise value of a fact occurs in one of its excerpts.
 * Rules: excerpt-not-in-source, precise-fact-without-excerpt.
 */
export function checkExcerpts(doc: Located<MunicipalDocument>, ctx: RuleContext): Diagnostic[] {
  const { data, parsed, file } = doc;
  const source = Object.hasOwn(ctx.sourceTexts, data.kildefil) ? ctx.sourceTexts[data.kildefil] : undefined;
  const diagnostics: Diagnostic[] = [];
  forEachFact(data, (fact, path) => {
    const excerpts = (fact.kilde as { uddrag?: string[] }).uddrag ?? [];
    if (source !== undefined) {
      excerpts.forEach((excerpt, index) => {
        diagnostics.push(...checkExcerptInSource(parsed, [...path, 'kilde', 'uddrag', index], excerpt, source, data.kildefil));
      });
    }
    const normalizedExcerpts = excerpts.map(normalizeForExcerpt);
    forEachLeaf(fact, (leaf, leafPath) => {
      const key = [...leafPath].reverse().find((segment) => typeof segment === 'string');
      const isPrecise = typeof leaf === 'number' || (typeof leaf === 'string' && PRECISE_STRING_KEYS.has(String(key)));
      if (!isPrecise) return;
      const found = typeof leaf === 'number'
        ? normalizedExcerpts.some((excerpt) => containsNumber(excerpt, leaf))
        : normalizedExcerpts.some((excerpt) => excerpt.includes(normalizeForExcerpt(leaf)));
      if (found) return;
      const { line, column } = locate(parsed, [...path, ...leafPath]);
      diagnostics.push(diagnostic('precise-fact-without-excerpt', file, line, column,
        `Den præcise oplysning ${typeof leaf === 'number' ? leaf : `"${shorten(leaf)}"`} står ikke i nogen af faktummets uddrag (kilde.uddrag). Tilføj et ordret uddrag fra kilden, der indeholder den, så den kan efterprøves.`));
    }, [], new Set(['kilde']));
  });
  return diagnostics;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
