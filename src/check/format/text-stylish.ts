import { formatLines, type DraftTextCheck, type Evidence, type PointResult } from '../text/check-draft-text.ts';
import type { PointExample } from '../text/examples.ts';
import { escapeForDisplay } from '../display-escape.ts';
import { formatStylish } from './stylish.ts';
import { pointDocsUrl } from '../rule-catalogue.ts';

const SKIPPED_DA = { punktliste: 'lovens punktliste', indholdsfortegnelse: 'indholdsfortegnelse', lovtekst: 'citeret lovtekst' } as const;

export interface TextStylishOptions {
  /** Per point id, how documents on the site describe the point ("Sådan beskriver andre kommuner punktet"). */
  examples?: Readonly<Record<string, readonly PointExample[]>>;
}

/**
 * The text check for a reader: per file, the points described, only named and missing, each with the lines that
 * show it; what was set aside; for each point not described, what the law asks and how other kommuner describe it;
 * then the findings as ordinary diagnostics (`file:line:col  severity  rule-id  message`).
 */
export function formatTextCheckStylish(checks: readonly DraftTextCheck[], options: TextStylishOptions = {}): string {
  return checks.map((check) => formatOne(check, options)).join('\n\n');
}

function formatOne(check: DraftTextCheck, options: TextStylishOptions): string {
  if (check.points.length === 0) return formatStylish(check.diagnostics);
  const described = check.points.filter((result) => result.status === 'fundet');
  const named = check.points.filter((result) => result.status === 'kun-nævnt');
  const missing = check.points.filter((result) => result.status === 'mangler');
  const idWidth = Math.max(...check.points.map((result) => result.point.id.length));
  const label = (result: PointResult) => `  ${String(result.point.nummer).padStart(2)} ${result.point.id.padEnd(idWidth)}`;
  const lines = [
    `${escapeForDisplay(check.file)}: ${described.length} af ${check.points.length} lovpligtige punkter beskrevet, ${named.length} kun nævnt, ${missing.length} mangler.`,
    '',
    'Beskrevet:',
  ];
  for (const result of described) {
    const [best, ...more] = result.evidence;
    const also = more.length > 0 ? ` (også linje ${formatLines(more.map((evidence) => evidence.line))})` : '';
    lines.push(`${label(result)}  ${describe(best!)}${also}`);
  }
  if (described.length === 0) lines.push('  (ingen)');
  if (named.length > 0) {
    lines.push('', 'Kun nævnt (punktet nævnes, men beskrives ikke):');
    for (const result of named) {
      lines.push(`${label(result)}  ${describe(result.evidence[0]!)}${result.placeholder ? ' – kun en pladsholder' : ''}`);
    }
  }
  lines.push('', missing.length > 0 ? 'Mangler:' : 'Mangler: ingen.');
  for (const result of missing) lines.push(`${label(result)}  ${result.point.kort_titel}`);
  if (check.skipped.length > 0) {
    lines.push('', 'Sat til side (nævner punkterne eller loven, men beskriver ikke kommunens indsats):');
    for (const skipped of check.skipped) {
      lines.push(`  linje ${skipped.fromLine === skipped.toLine ? skipped.fromLine : `${skipped.fromLine}-${skipped.toLine}`}: ${SKIPPED_DA[skipped.reason]}`);
    }
  }
  const notDescribed = [...named, ...missing].sort((a, b) => a.point.nummer - b.point.nummer);
  if (notDescribed.length > 0) {
    lines.push('', 'Sådan kan punkterne beskrives:');
    for (const result of notDescribed) {
      lines.push(`${label(result)}  ${result.point.kort_titel}`);
      lines.push(`       Loven: »${result.point.ordlyd}«`);
      lines.push(`       Det betyder: ${result.point.forklaring}`);
      lines.push(`       Om punktet: ${pointDocsUrl(result.point.id)}`);
      const examples = options.examples?.[result.point.id] ?? [];
      if (examples.length > 0) {
        lines.push('       Sådan beskriver andre kommuner punktet:');
        for (const example of examples) lines.push(`         - ${example.kommune}, »${example.overskrift}«: ${example.uddrag} (${example.href})`);
      }
    }
  }
  lines.push('', 'Fund:', formatStylish(check.diagnostics));
  return lines.join('\n');
}

function describe(evidence: Evidence): string {
  return evidence.kind === 'overskrift'
    ? `linje ${evidence.line}: overskrift »${escapeForDisplay(evidence.text)}«`
    : `linje ${formatLines(evidence.lines)}: »${escapeForDisplay(evidence.text)}« (udtryk: ${evidence.matched.join(', ')})`;
}
