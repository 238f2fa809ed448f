import { formatLines, type DraftTextCheck, type Evidence } from '../text/check-draft-text.ts';
import { escapeForDisplay } from '../display-escape.ts';
import { formatStylish } from './stylish.ts';

const SKIPPED_DA = { punktliste: 'lovens punktliste', indholdsfortegnelse: 'indholdsfortegnelse', lovtekst: 'citeret lovtekst' } as const;

/**
 * The text check for a reader: per file, the points found with the lines and the heading or sentence that shows them,
 * what was set aside, and then the missing points as ordinary diagnostics (`file:line:col  severity  rule-id  message`).
 */
export function formatTextCheckStylish(checks: readonly DraftTextCheck[]): string {
  return checks.map(formatOne).join('\n\n');
}

function formatOne(check: DraftTextCheck): string {
  if (check.points.length === 0) return formatStylish(check.diagnostics);
  const found = check.points.filter((result) => result.status === 'fundet');
  const idWidth = Math.max(...check.points.map((result) => result.point.id.length));
  const lines = [`${escapeForDisplay(check.file)}: ${found.length} af ${check.points.length} lovpligtige punkter fundet.`, '', 'Fundet:'];
  for (const result of found) {
    const [best, ...more] = result.evidence;
    const also = more.length > 0 ? ` (også linje ${formatLines(more.map((evidence) => evidence.line))})` : '';
    lines.push(`  ${String(result.point.nummer).padStart(2)} ${result.point.id.padEnd(idWidth)}  ${describe(best!)}${also}`);
  }
  if (found.length === 0) lines.push('  (ingen)');
  if (check.skipped.length > 0) {
    lines.push('', 'Sat til side (nævner punkterne eller loven, men beskriver ikke kommunens indsats):');
    for (const skipped of check.skipped) {
      lines.push(`  linje ${skipped.fromLine === skipped.toLine ? skipped.fromLine : `${skipped.fromLine}-${skipped.toLine}`}: ${SKIPPED_DA[skipped.reason]}`);
    }
  }
  lines.push('', check.diagnostics.length > 0 ? 'Mangler:' : 'Mangler: ingen.', formatStylish(check.diagnostics));
  return lines.join('\n');
}

function describe(evidence: Evidence): string {
  return evidence.kind === 'overskrift'
    ? `linje ${formatLines(evidence.lines)}: overskrift »${escapeForDisplay(evidence.text)}«`
    : `linje ${formatLines(evidence.lines)}: »${escapeForDisplay(evidence.text)}« (udtryk: ${evidence.matched.join(', ')})`;
}
