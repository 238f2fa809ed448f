import { z } from 'zod';
import { diagnostic } from './rule-catalogue.ts';
import { locate, sourceAt, type PathSegment } from './locate.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import type { Diagnostic } from './types.ts';

type Issue = z.core.$ZodIssue;
/** A zod issue, possibly made here from a union's branches; `notDescribed` when "ikke-beskrevet" would be accepted. */
type FriendlyIssue = Issue & { notDescribed?: boolean; allowedValues?: readonly unknown[] };

const NOT_DESCRIBED = 'ikke-beskrevet';
/** The most schema diagnostics reported for one file; a file with thousands of errors is the wrong file. */
export const MAX_SCHEMA_DIAGNOSTICS = 100;
/** The placeholder `npm run ny-kommune` writes where the author has to fill something in. */
export const TODO_PLACEHOLDER = 'TODO';

export interface FriendlyErrorOptions {
  /** Extra context for a path, e.g. the wording of the mandatory point under `krav.<id>`; shown after the path. */
  explain?: (path: readonly PathSegment[]) => string | undefined;
}

/**
 * Validates a parsed file with a zod schema and turns every failure into a located diagnostic that reads the same
 * way everywhere: where, what is wrong, what to do. Returns the typed value only when there is no failure.
 */
export function parseWithFriendlyErrors<T extends z.ZodType>(
  schema: T,
  parsed: ParsedYaml,
  options: FriendlyErrorOptions = {},
): { data?: z.infer<T>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(parsed.value);
  if (result.success) return { data: result.data, diagnostics: [] };
  const foreign = notThisKindOfFile(schema, parsed);
  if (foreign) return { diagnostics: [foreign] };
  const issues = flattenIssues(result.error.issues, parsed.value).flatMap((issue): FriendlyIssue[] =>
    // One issue per unknown key, so the cap below counts (and locates) each of them.
    issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  const diagnostics = dedupe(issues.slice(0, MAX_SCHEMA_DIAGNOSTICS).flatMap((issue) => toDiagnostics(issue, parsed, options)));
  if (issues.length > MAX_SCHEMA_DIAGNOSTICS) {
    const { line, column } = toDiagnostics(issues[MAX_SCHEMA_DIAGNOSTICS]!, parsed, options)[0]!;
    diagnostics.push(
      diagnostic(
        'schema',
        parsed.file,
        line,
        column,
        `Filen har ${issues.length - MAX_SCHEMA_DIAGNOSTICS} fejl mere i skemaet, som ikke vises her. Ret de første ${MAX_SCHEMA_DIAGNOSTICS}, og kør kontrollen igen.`,
      ),
    );
  }
  return { diagnostics };
}

/**
 * A file whose top level is not an object, or an object without a single field the schema knows (a JSON file from
 * somewhere else, a list), gets one diagnostic that says so, instead of one for every missing field.
 */
function notThisKindOfFile(schema: z.ZodType, parsed: ParsedYaml): Diagnostic | undefined {
  const value = parsed.value;
  const { line, column } = locate(parsed, []);
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    const what =
      value === null || value === undefined ? 'ingen værdi (null)' : Array.isArray(value) ? 'en liste (linjer, der begynder med "- ")' : describeValue(value);
    return diagnostic(
      'schema',
      parsed.file,
      line,
      column,
      `Filen skal indeholde et objekt: felter skrevet "navn: værdi", ét pr. linje, fx "id: ..." og "kommune: ...". Den indeholder i stedet ${what}. Start fra en eksisterende fil i data/kommuner/, eller opret et udkast med "npm run ny-kommune".`,
    );
  }
  if (!(schema instanceof z.ZodObject)) return undefined;
  const known = Object.keys(schema.shape);
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((key) => known.includes(key))) return undefined;
  return diagnostic(
    'schema',
    parsed.file,
    line,
    column,
    `Filen har ingen af de felter, denne slags fil skal have (${known.slice(0, 6).join(', ')} …); dens felter er ${keys
      .slice(0, 6)
      .map((key) => `"${key}"`)
      .join(', ')}${keys.length > 6 ? ' …' : ''}. Er det den rigtige fil? Start fra en eksisterende fil, eller opret et udkast med "npm run ny-kommune".`,
  );
}

/** Unions ("ikke-beskrevet" or an object) report every branch; keep only the branch the author evidently meant. */
function flattenIssues(issues: readonly Issue[], root: unknown): FriendlyIssue[] {
  return issues.flatMap((issue): FriendlyIssue[] => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const value = valueAt(root, issue.path as PathSegment[]);
    const branches = issue.errors.map((branch) => branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
    const literals = branches.map((branch) =>
      branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.path.length === issue.path.length ? branch[0]!.values : undefined,
    );
    const notDescribed = literals.some((values) => values?.includes(NOT_DESCRIBED));
    if (literals.every((values) => values !== undefined)) {
      // A choice between fixed values (1, 2 or 3): one message that lists them all.
      return [{ code: 'invalid_value', values: literals.flat(), path: issue.path, message: '', input: value } as unknown as FriendlyIssue];
    }
    if (value === undefined || value === null || value === TODO_PLACEHOLDER) {
      return [{ ...issue, notDescribed, message: '' } as FriendlyIssue];
    }
    // The "not described with a reason" and "explicitly none" forms are objects told apart by `status`: an object
    // without `status` was meant as the topic's own form, so those branches' complaints are beside the point.
    const hasStatus = typeof value === 'object' && !Array.isArray(value) && 'status' in value;
    const candidates = hasStatus
      ? branches
      : branches.filter((branch) => !branch.some((inner) => inner.path.length === issue.path.length + 1 && inner.path[issue.path.length] === 'status'));
    // Of the branches whose shape fits, the one with the fewest complaints is the one the author meant (a deadline
    // object with "ingen" is an explicit none, one with "betingelse" a conditional deadline).
    const meant = candidates
      .filter((branch) => !branch.some((inner) => isRootMismatch(inner, issue.path.length)))
      .reduce<Issue[] | undefined>((best, branch) => (!best || branch.length < best.length ? branch : best), undefined);
    if (meant) return flattenIssues(meant, root);
    // An object where a list belongs (or the like): say which type is expected. A string is more likely a
    // misspelt "ikke-beskrevet", which the union's own message covers.
    const typed = typeof value === 'string' ? undefined : branches.find((branch) => branch.length === 1 && branch[0]!.code === 'invalid_type');
    if (typed) return [{ ...typed[0]!, notDescribed } as FriendlyIssue];
    return [{ ...issue, notDescribed, message: '' } as FriendlyIssue];
  });
}

function isRootMismatch(issue: Issue, depth: number): boolean {
  return issue.path.length === depth && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

function toDiagnostics(issue: FriendlyIssue, parsed: ParsedYaml, options: FriendlyErrorOptions): Diagnostic[] {
  const path = issue.path as PathSegment[];
  const context = (at: PathSegment[]) => {
    const explained = options.explain?.(at);
    return explained ? ` (${explained})` : '';
  };
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, column } = locate(parsed, [...path, key], 'key');
      return diagnostic(
        'schema',
        parsed.file,
        line,
        column,
        `Ukendt felt "${key}"${path.length ? ` i ${formatPath(path)}${context(path)}` : ''}. Skemaet kender ikke dette felt, så værdien ville ikke blive vist. Ret stavningen eller fjern feltet.`,
      );
    });
  }
  if (issue.code === 'invalid_key') {
    const { line, column } = locate(parsed, path, 'key');
    const inner = issue.issues[0];
    return [
      diagnostic(
        'schema',
        parsed.file,
        line,
        column,
        `Nøglen "${String(path.at(-1))}" i ${formatPath(path.slice(0, -1))} er ikke gyldig${inner?.message ? `: den ${inner.message}` : ''}. Ret nøglen.`,
      ),
    ];
  }
  const value = valueAt(parsed.value, path);
  const { line, column } = locate(parsed, path);
  const where = path.length ? `${formatPath(path)}${context(path)}: ` : '';
  return [diagnostic('schema', parsed.file, line, column, where + describe(issue, value, path, parsed))];
}

function describe(issue: FriendlyIssue, value: unknown, path: PathSegment[], parsed: ParsedYaml): string {
  const field = String(path.at(-1) ?? '');
  const notDescribedHint = issue.notDescribed
    ? ' Skriv "ikke-beskrevet", hvis kilden ikke siger noget om emnet, ellers oplysningerne fra kilden i den form, skemaet beskriver (se data/README.md).'
    : '';
  if (value === TODO_PLACEHOLDER && issue.code !== 'invalid_union') {
    return `er ikke udfyldt endnu (${TODO_PLACEHOLDER}). Skriv ${expectation(issue)} i stedet.${notDescribedHint}`;
  }
  switch (issue.code) {
    case 'invalid_union':
      if (issue.discriminator !== undefined && issue.errors.length === 0) {
        // No branch has this discriminator value. The schema's own message says what to write, when it gives one.
        const custom = isCustom(issue.message) ? issue.message : undefined;
        const options = 'options' in issue ? (issue.options ?? []) : [];
        const given = (value as unknown) === undefined ? `feltet "${field}" mangler` : `${describeValue(value)} er ikke tilladt`;
        return custom ? `${custom.replace(/\.$/, '')}.` : `${given}. Brug en af: ${options.map(showValue).join(', ')}.`;
      }
      if (value === undefined) return `feltet "${field}" mangler. Tilføj det.${notDescribedHint}`;
      if (value === null) return `feltet "${field}" er tomt.${notDescribedHint || ' Skriv en værdi.'}`;
      if (value === TODO_PLACEHOLDER) return `er ikke udfyldt endnu (${TODO_PLACEHOLDER}).${notDescribedHint}`;
      if (typeof value === 'string' && issue.notDescribed && closest(value, [NOT_DESCRIBED])) {
        return `${describeValue(value)} er ikke gyldig her. Mente du "${NOT_DESCRIBED}" (med bindestreg)?${notDescribedHint}`;
      }
      return `${describeValue(value)} har ikke en form, der passer her.${notDescribedHint || ' Ret værdien.'}`;
    case 'invalid_type':
      if (isCustom(issue.message)) return `${issue.message.replace(/\.$/, '')}.`;
      if (value === undefined) return `feltet "${field}" mangler. Tilføj ${expectation(issue)}.${notDescribedHint}`;
      if (value === null) return `feltet "${field}" er tomt. Skriv ${expectation(issue)}.`;
      return `skal være ${typeName(issue.expected)}, men er ${describeValue(value)}.${typeHint(issue.expected, value, path, parsed)}${notDescribedHint}`;
    case 'invalid_value': {
      const allowed = issue.values.map(showValue).join(', ');
      if (value === undefined) return `feltet "${field}" mangler. Tilføj det med en af værdierne ${allowed}.`;
      const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return `${describeValue(value)} er ikke tilladt. Brug en af: ${allowed}.${suggestion ? ` Mente du "${suggestion}"?` : ''}`;
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return `listen skal have mindst ${String(issue.minimum)} element(er). Tilføj ét${path.length === 1 ? ', eller skriv "ikke-beskrevet", hvis kilden ikke siger noget' : ''}.`;
      }
      if (issue.origin === 'string') return 'teksten er tom. Skriv en værdi, eller fjern feltet, hvis det er valgfrit.';
      if (issue.inclusive === false) return `${describeValue(value)} er for lille: værdien skal være større end ${String(issue.minimum)}. Ret værdien.`;
      return `${describeValue(value)} er for lille: værdien skal være mindst ${String(issue.minimum)}. Ret værdien.`;
    case 'too_big':
      return `${describeValue(value)} er for stor: værdien må højst være ${String(issue.maximum)}. Ret værdien.`;
    case 'invalid_format':
    case 'custom':
      return `${describeValue(value)} ${issue.message.replace(/\.$/, '')}. Ret værdien.`;
    default:
      return `${issue.message.replace(/\.$/, '')}. Ret værdien.`;
  }
}

/** True for a message the schema wrote (in Danish), false for zod's English default ("Invalid input: …"). */
const isCustom = (message: string | undefined): message is string => !!message && !/^(Invalid|Too |Unrecognized|Expected)/.test(message);

/** What a value of the expected kind looks like, for "Tilføj …" and "Skriv … i stedet". */
function expectation(issue: FriendlyIssue): string {
  if (issue.code === 'invalid_type') {
    const examples: Record<string, string> = {
      string: 'en tekst',
      number: 'et tal',
      int: 'et helt tal',
      boolean: 'true eller false',
      array: 'en liste, fx [a, b] eller én linje "- …" pr. element',
      object: 'felterne, et pr. linje (navn: værdi)',
    };
    return examples[issue.expected] ?? typeName(issue.expected);
  }
  if (issue.code === 'invalid_value') return `en af ${issue.values.map(showValue).join(', ')}`;
  return 'en gyldig værdi';
}

/** A hint for the commonest type slips: a number where text belongs ('4.3'), quotes round a number, "ja" for true. */
function typeHint(expected: string, value: unknown, path: PathSegment[], parsed: ParsedYaml): string {
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const written = sourceAt(parsed, path) ?? String(value);
    return ` YAML læser ${written} uden anførselstegn som ${typeof value === 'number' ? 'et tal' : 'en sandhedsværdi'}: skriv '${written}' i anførselstegn.`;
  }
  if ((expected === 'number' || expected === 'int') && typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim())) {
    return ' Fjern anførselstegnene (og skriv decimaler med punktum), så værdien læses som et tal.';
  }
  if (expected === 'boolean' && typeof value === 'string') {
    return ' Skriv true (ja) eller false (nej) uden anførselstegn.';
  }
  if (expected === 'array' && typeof value === 'string') {
    return ` Skriv den som en liste, også når der kun er ét element: [${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}] eller på en ny linje "- …".`;
  }
  if (expected === 'array' && typeof value === 'number') {
    return ` Skriv den som en liste, også når der kun er ét element: ['${sourceAt(parsed, path) ?? String(value)}'].`;
  }
  if (expected === 'array' && value !== null && typeof value === 'object') {
    return ' Sæt "- " foran hvert element, så de bliver en liste.';
  }
  return ' Ret værdien.';
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'en tekst',
    number: 'et tal',
    int: 'et helt tal',
    boolean: 'true eller false',
    array: 'en liste',
    object: 'et objekt (felter med navn: værdi)',
  };
  return names[expected] ?? expected;
}

function showValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'tom (null)';
  if (value === undefined) return 'ingen værdi';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'et objekt';
  if (typeof value === 'string') return `teksten "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `tallet ${String(value)}`;
  return `værdien ${String(value)}`;
}

/** The allowed value nearest to a misspelling, when it is near enough to be a likely slip. */
function closest(value: string, allowed: string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance > 0 && best.distance <= Math.max(2, Math.floor(best.candidate.length / 4)) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
