import type { z } from 'zod';
import { diagnostic } from './rule-catalogue.ts';
import { locate, type PathSegment } from './locate.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import type { Diagnostic } from './types.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates a parsed file with a zod schema and turns every failure into a located diagnostic that reads the same
 * way everywhere: where, what is wrong, what to do. Returns the typed value only when there is no failure.
 */
export function parseWithFriendlyErrors<T extends z.ZodType>(
  schema: T,
  parsed: ParsedYaml,
): { data?: z.infer<T>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(parsed.value);
  if (result.success) return { data: result.data, diagnostics: [] };
  const diagnostics = flattenIssues(result.error.issues, parsed.value).flatMap((issue) => toDiagnostics(issue, parsed));
  return { diagnostics: dedupe(diagnostics) };
}

/** Unions ("ikke-beskrevet" or an object) report every branch; keep only the branch the author evidently meant. */
function flattenIssues(issues: readonly Issue[], root: unknown): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const value = valueAt(root, issue.path as PathSegment[]);
    if (value === undefined) {
      return [{ code: 'invalid_type', expected: 'object', input: undefined, path: issue.path, message: 'mangler' } as unknown as Issue];
    }
    const branches = issue.errors.map((branch) => branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
    const meant = branches.find((branch) => !branch.some((inner) => isRootMismatch(inner, issue.path.length)));
    if (meant) return flattenIssues(meant, root);
    return [{ ...issue, message: unionMessage(value) } as Issue];
  });
}

function isRootMismatch(issue: Issue, depth: number): boolean {
  return issue.path.length === depth && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

function unionMessage(value: unknown): string {
  return typeof value === 'string'
    ? `værdien "${value}" er ikke gyldig her. Skriv "ikke-beskrevet", hvis kilden ikke siger noget om emnet, ellers de oplysninger, kilden giver.`
    : `værdien har ikke en gyldig form. Skriv "ikke-beskrevet", hvis kilden ikke siger noget om emnet, ellers oplysningerne i den form, skemaet beskriver.`;
}

function toDiagnostics(issue: Issue, parsed: ParsedYaml): Diagnostic[] {
  const path = issue.path as PathSegment[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, column } = locate(parsed, [...path, key], 'key');
      return diagnostic('schema', parsed.file, line, column,
        `Ukendt felt "${key}"${path.length ? ` i ${formatPath(path)}` : ''}. Skemaet kender ikke dette felt, så værdien ville ikke blive vist. Ret stavningen eller fjern feltet.`);
    });
  }
  const value = valueAt(parsed.value, path);
  const { line, column } = locate(parsed, path);
  const where = path.length ? `${formatPath(path)}: ` : '';
  return [diagnostic('schema', parsed.file, line, column, where + describe(issue, value, path))];
}

function describe(issue: Issue, value: unknown, path: PathSegment[]): string {
  const field = path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `feltet "${String(field)}" mangler. Tilføj det (skriv "ikke-beskrevet", hvis kilden ikke siger noget om det).`;
      return `skal være ${typeName(issue.expected)}, men er ${describeValue(value)}. Ret værdien.`;
    case 'invalid_value':
      return `værdien ${describeValue(value)} er ikke tilladt. Brug en af: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array') return `listen skal have mindst ${String(issue.minimum)} element(er). Tilføj ét, eller skriv "ikke-beskrevet", hvis kilden ikke siger noget.`;
      if (issue.origin === 'string') return 'teksten er tom. Skriv en værdi, eller fjern feltet, hvis det er valgfrit.';
      return `værdien er for lille (mindst ${String(issue.minimum)}). Ret værdien.`;
    case 'too_big':
      return `værdien er for stor (højst ${String(issue.maximum)}). Ret værdien.`;
    case 'invalid_format':
    case 'custom':
      return `${describeValue(value)} ${issue.message}. Ret værdien.`;
    default:
      return `${issue.message.replace(/\.$/, '')}. Ret værdien.`;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'en tekst', number: 'et tal', int: 'et helt tal', boolean: 'true eller false', array: 'en liste', object: 'et objekt (felter med navn: værdi)',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'tom (null)';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'et objekt';
  if (typeof value === 'string') return `teksten "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'tallet' : 'værdien'} ${String(value)}`;
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
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
