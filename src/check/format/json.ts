import { escapeJsonText } from '../display-escape.ts';
import type { Diagnostic } from '../types.ts';

/** One diagnostic as JSON output shows it, in a stable key order, with its own documentation link (docsUrl). */
export function jsonDiagnostic({ file, line, column, severity, ruleId, message, docsUrl }: Diagnostic) {
  return { file, line, column, severity, ruleId, message, docsUrl };
}

/** JSON text with no raw control or bidi character, for any value the check outputs (`check` and `check-text`). */
export function formatJsonValue(value: unknown): string {
  return escapeJsonText(JSON.stringify(value, null, 2));
}

/** The diagnostics as a JSON array, one object per diagnostic, stable key order, with no raw control or bidi character. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return formatJsonValue(diagnostics.map(jsonDiagnostic));
}
