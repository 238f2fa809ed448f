import { escapeJsonText } from '../display-escape.ts';
import type { Diagnostic } from '../types.ts';

/** The diagnostics as a JSON array, one object per diagnostic, stable key order, with no raw control or bidi character. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return escapeJsonText(JSON.stringify(diagnostics.map(({ file, line, column, severity, ruleId, message, docsUrl }) => ({ file, line, column, severity, ruleId, message, docsUrl })), null, 2));
}
