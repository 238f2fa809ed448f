import { escapeForDisplay } from '../display-escape.ts';
import type { Diagnostic } from '../types.ts';

const SEVERITY_DA = { error: 'fejl', warning: 'advarsel' } as const;

/** One diagnostic per line, `file:line:col  severity  rule-id  message`, then a summary line. */
export function formatStylish(diagnostics: readonly Diagnostic[]): string {
  // Escaped again here, for diagnostics made outside the catalogue's diagnostic(): one finding is always one line.
  const lines = diagnostics.map((d) => `${escapeForDisplay(d.file)}:${d.line}:${d.column}  ${d.severity}  ${d.ruleId}  ${escapeForDisplay(d.message)}`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push(
    diagnostics.length === 0
      ? 'Ingen problemer fundet.'
      : `${errors} ${errors === 1 ? SEVERITY_DA.error : 'fejl'}, ${warnings} ${warnings === 1 ? SEVERITY_DA.warning : 'advarsler'}.`,
  );
  return lines.join('\n');
}
