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
  'tekst',
  'telefon',
  'adresse',
  'email',
  'hjemmeside',
  'frist',
  'tid',
  'telefontid',
  'instans',
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
  return [
    diagnostic(
      'excerpt-not-in-source',
      parsed.file,
      line,
      column,
      `Uddraget "${shorten(excerpt)}" står ikke ordret i kilden ${sourceName}. Kopiér teksten direkte fra kilden (linjeskift og orddeling må afvige), eller ret faktummet, hvis kilden siger noget andet.`,
    ),
  ];
}

/** Keys under a fact whose `tekst` is a plain-Danish paraphrase grounded by its own `uddrag`, not a precise value. */
const GROUNDED_PARAPHRASE_KEYS: ReadonlySet<string> = new Set(['betingelse', 'planlagt']);

/**
 * The excerpts a fact carries besides `kilde.uddrag`: those of a condition (`betingelse`), an explicit none
 * (`{ ingen: true, uddrag }`) or a plan (`planlagt`), with their paths; nested facts are left to their own visit.
 */
function nestedExcerpts(value: unknown, path: PathSegment[], out: { excerpt: string; path: PathSegment[] }[] = []): typeof out {
  if (Array.isArray(value)) {
    value.forEach((item, index) => nestedExcerpts(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'kilde' || (child !== null && typeof child === 'object' && 'kilde' in child)) continue;
      if (key === 'uddrag' && Array.isArray(child)) {
        child.forEach((excerpt, index) => {
          if (typeof excerpt === 'string') out.push({ excerpt, path: [...path, key, index] });
        });
      } else {
        nestedExcerpts(child, [...path, key], out);
      }
    }
  }
  return out;
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
    const nested = nestedExcerpts(fact, []);
    if (source !== undefined) {
      excerpts.forEach((excerpt, index) => {
        diagnostics.push(...checkExcerptInSource(parsed, [...path, 'kilde', 'uddrag', index], excerpt, source, data.kildefil));
      });
      for (const { excerpt, path: excerptPath } of nested) {
        diagnostics.push(...checkExcerptInSource(parsed, [...path, ...excerptPath], excerpt, source, data.kildefil));
      }
    }
    // A precise value may be proved by any verbatim excerpt the fact carries (e.g. a conditional deadline's own).
    const normalizedExcerpts = [...excerpts, ...nested.map((item) => item.excerpt)].map(normalizeForExcerpt);
    forEachLeaf(
      fact,
      (leaf, leafPath) => {
        const key = [...leafPath].reverse().find((segment) => typeof segment === 'string');
        const isPrecise = typeof leaf === 'number' || (typeof leaf === 'string' && PRECISE_STRING_KEYS.has(String(key)));
        if (!isPrecise) return;
        const found =
          typeof leaf === 'number'
            ? normalizedExcerpts.some((excerpt) => containsNumber(excerpt, leaf))
            : normalizedExcerpts.some((excerpt) => excerpt.includes(normalizeForExcerpt(leaf)));
        if (found) return;
        const { line, column } = locate(parsed, [...path, ...leafPath]);
        diagnostics.push(
          diagnostic(
            'precise-fact-without-excerpt',
            file,
            line,
            column,
            `Den præcise oplysning ${typeof leaf === 'number' ? leaf : `"${shorten(leaf)}"`} står ikke i nogen af faktummets uddrag (kilde.uddrag). Tilføj et ordret uddrag fra kilden, der indeholder den, så den kan efterprøves.`,
          ),
        );
      },
      [],
      new Set(['kilde', ...GROUNDED_PARAPHRASE_KEYS]),
    );
  });
  return diagnostics;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
