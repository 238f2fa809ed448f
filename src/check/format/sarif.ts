import { escapeJsonText } from '../display-escape.ts';
import { RULES, type RuleId } from '../rule-catalogue.ts';
import type { Diagnostic } from '../types.ts';

/**
 * The diagnostics as SARIF 2.1.0, the format GitHub code scanning reads. With `siteUrl` (where the site is published)
 * each rule links to its explanation; without it the links are left out rather than guessed.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], siteUrl?: string): string {
  const ruleIds = Object.keys(RULES) as RuleId[];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rusmiddelstandard',
            ...(siteUrl ? { informationUri: siteUrl } : {}),
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: RULES[id].summary },
              fullDescription: { text: `${RULES[id].summary} ${RULES[id].why}` },
              ...(siteUrl ? { helpUri: new URL(`/regler/#${id}`, siteUrl).href } : {}),
              defaultConfiguration: { level: RULES[id].severity },
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: ruleIds.indexOf(d.ruleId as RuleId),
          level: d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.split('\\').join('/') },
                region: { startLine: d.line, startColumn: d.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${escapeJsonText(JSON.stringify(sarif, null, 2))}\n`;
}
