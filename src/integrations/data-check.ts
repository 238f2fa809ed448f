import type { AstroIntegration } from 'astro';
import { checkDataset, formatStylish, hasErrors } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/load-from-disk.ts';
import { checkedData, handOverCheckedDataset } from '../model/checked-handoff.ts';

/**
 * Runs the data check before Astro builds anything. On errors it prints every diagnostic, one per line, and stops
 * the process with exit code 1: the reader gets the located list, not a stack trace.
 */
export function runDataCheck(log: (line: string) => void): boolean {
  const files = loadDatasetFromDisk();
  const result = checkDataset(files);
  const { diagnostics } = result;
  const failed = hasErrors(diagnostics);
  if (!failed) handOverCheckedDataset({ result: checkedData(result), today: files.today });
  // When the build stops, the errors are what the reader must act on; the findings are on the site otherwise.
  const shown = failed ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0) log(formatStylish(shown));
  if (failed && shown.length < diagnostics.length) log(`(${diagnostics.length - shown.length} advarsler er udeladt her; \`npm run check\` viser dem.)`);
  return !failed;
}

export default function dataCheck(): AstroIntegration {
  return {
    name: 'rusmiddelstandarder:data-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview' || command === 'sync') return;
        const ok = runDataCheck((text) => process.stderr.write(`${text}\n`));
        if (!ok) {
          process.stderr.write('\nBygningen er stoppet: data/ har fejl (se listen ovenfor). Ret dem, og byg igen; `npm run check` viser listen uden at bygge.\n');
          process.exit(1);
        }
      },
    },
  };
}
