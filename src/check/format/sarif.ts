import { escapeJsonText } from '../display-escape.ts';
import { RULES, ruleDocsUrl, type RuleId } from '../rule-catalogue.ts';
import type { Diagnostic } from '../types.ts';

/**
 * The diagnostics as SARIF 2.1.0, the format GitHub code scanning reads; `check` and `check-text` both write it here.
 * The rules come from the one rule catalogue: each result's ruleIndex points into it, and with `siteUrl` (where the
 * site is published) each rule's helpUri is its explanation (ruleDocsUrl). Each result keeps the diagnostic's own
 * documentation link (docsUrl: a mandatory point's page, /krav/<punkt>/, where the finding is about a point) in its
 * property bag, absolute with `siteUrl` and site-relative without; no link is rebuilt here.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], siteUrl?: string): string {
  const ruleIds = Object.keys(RULES) as RuleId[];
  const link = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
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
              ...(siteUrl ? { helpUri: link(ruleDocsUrl(id)) } : {}),
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
          properties: { docsUrl: link(d.docsUrl) },
        })),
      },
    ],
  };
  return `${escapeJsonText(JSON.stringify(sarif, null, 2))}\n`;
}
