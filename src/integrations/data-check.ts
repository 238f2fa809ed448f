import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { checkDataset, formatStylish, hasErrors } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/node/load-from-disk.ts';
import { InvalidTodayError } from '../check/today.ts';
import { CHECKED_DATA_MODULE, checkedData, checkedDataModuleSource, type CheckedDataset } from '../model/checked-handoff.ts';

/**
 * Runs the data check before Astro builds anything. On errors it prints every diagnostic, one per line, and returns
 * undefined: the reader gets the located list, not a stack trace. Otherwise it returns the checked data for the pages.
 */
export function runDataCheck(log: (line: string) => void): CheckedDataset | undefined {
  let files;
  try {
    files = loadDatasetFromDisk();
  } catch (error) {
    // A malformed RUSMIDDEL_TODAY: one Danish line, not a stack trace.
    if (!(error instanceof InvalidTodayError)) throw error;
    log(`${error.message}\n\nBygningen er stoppet. Ret eller fjern RUSMIDDEL_TODAY, og byg igen.`);
    process.exit(1);
  }
  const result = checkDataset({ ...files, wholeDataSet: true });
  const { diagnostics } = result;
  const failed = hasErrors(diagnostics);
  // When the build stops, the errors are what the reader must act on; the findings are on the site otherwise.
  const shown = failed ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0) log(formatStylish(shown));
  if (failed && shown.length < diagnostics.length) log(`(${diagnostics.length - shown.length} advarsler er udeladt her; \`npm run check\` viser dem.)`);
  return failed ? undefined : { result: checkedData(result), today: files.today };
}

/** Serves the checked data to the pages as `virtual:rusmiddelstandarder/checked-data`. */
function checkedDataPlugin(checked: CheckedDataset): Plugin {
  const resolved = `\0${CHECKED_DATA_MODULE}`;
  let source: string | undefined;
  return {
    name: 'rusmiddelstandarder:checked-data',
    resolveId: (id) => (id === CHECKED_DATA_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? (source ??= checkedDataModuleSource(checked)) : undefined),
  };
}

export default function dataCheck(): AstroIntegration {
  return {
    name: 'rusmiddelstandarder:data-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'preview' || command === 'sync') return;
        const checked = runDataCheck((text) => process.stderr.write(`${text}\n`));
        if (!checked) {
          process.stderr.write('\nBygningen er stoppet: data/ har fejl (se listen ovenfor). Ret dem, og byg igen; `npm run check` viser listen uden at bygge.\n');
          process.exit(1);
        }
        updateConfig({ vite: { plugins: [checkedDataPlugin(checked)] } });
      },
    },
  };
}
