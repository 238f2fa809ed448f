import type { Diagnostic } from '../types.ts';

const SEVERITY_DA = { error: 'fejl', warning: 'advarsel' } as const;

/** One diagnostic per line, `file:line:col  severity  rule-id  message`, then a summary line. */
export function formatStylish(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map((d) => `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.ruleId}  ${d.message}`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push(diagnostics.length === 0
    ? 'Ingen problemer fundet.'
    : `${errors} ${errors === 1 ? SEVERITY_DA.error : 'fejl'}, ${warnings} ${warnings === 1 ? SEVERITY_DA.warning : 'advarsler'}.`);
  return lines.join('\n');
}
