import type { AstroIntegration } from 'astro';
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkDataset, formatStylish, hasErrors } from '../check/index.ts';
import { dataDirectory, loadDatasetFromDisk } from '../check/node/load-from-disk.ts';
import { InvalidTodayError } from '../check/today.ts';
import type { Diagnostic } from '../check/types.ts';
import { CHECKED_DATA_MODULE, checkedData, checkedDataModuleSource, type CheckedDataset } from '../model/checked-handoff.ts';
import { checkKey, readCachedCheck, writeCachedCheck } from './check-cache.ts';
import { collectGarbage, governHeap } from './heap-governor.ts';

/**
 * The checked data for the pages as JSON: a file (the check cache's entry), or the text itself when nothing could be
 * cached. Never the parsed objects: the build process holds no copy of its own of the data set while Astro renders.
 */
type CheckedJson = { file: string } | { json: string };

/** The outcome of one run of the check: the data for the pages, or the errors that stop them. */
interface DataCheckRun {
  checked?: CheckedJson;
  errors: Diagnostic[];
}

/**
 * Runs the data check. On errors it prints every error, one per line, and returns no data: the reader gets the
 * located list, not a stack trace. Otherwise it prints the warnings and returns the checked data for the pages.
 */
function checkData(log: (line: string) => void): DataCheckRun {
  let files;
  try {
    files = loadDatasetFromDisk();
  } catch (error) {
    // A malformed RUSMIDDEL_TODAY: one Danish line, not a stack trace.
    if (!(error instanceof InvalidTodayError)) throw error;
    log(`${error.message}\n\nBygningen er stoppet. Ret eller fjern RUSMIDDEL_TODAY, og byg igen.`);
    process.exit(1);
  }
  const key = checkKey(files);
  const cached = key ? readCachedCheck(key) : undefined;
  if (cached) {
    // The same inputs and check code as a check that passed: the same findings, printed the same way.
    if (cached.diagnostics.length > 0) log(formatStylish(cached.diagnostics));
    return { checked: { file: cached.dataFile }, errors: [] };
  }
  const result = checkDataset({ ...files, wholeDataSet: true });
  const { diagnostics } = result;
  const failed = hasErrors(diagnostics);
  // When the build stops, the errors are what the reader must act on; the findings are on the site otherwise.
  const shown = failed ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0) log(formatStylish(shown));
  if (failed && shown.length < diagnostics.length) log(`(${diagnostics.length - shown.length} advarsler er udeladt her; \`npm run check\` viser dem.)`);
  if (failed) return { errors: shown };
  const dataset: CheckedDataset = { result: checkedData(result), today: files.today };
  const json = JSON.stringify(dataset);
  const file = key ? writeCachedCheck(key, json, diagnostics) : undefined;
  return { checked: file ? { file } : { json }, errors: [] };
}

/** Runs the data check before a build; undefined when the data has errors (they have been printed). */
export function runDataCheck(log: (line: string) => void): CheckedJson | undefined {
  return checkData(log).checked;
}

const STOPPED = 'Bygningen er stoppet: data/ har fejl (se listen ovenfor). Ret dem, og byg igen; `npm run check` viser listen uden at bygge.';

/**
 * Serves the checked data to the pages as `virtual:rusmiddelstandarder/checked-data`. Under `astro dev` it also
 * watches the data folder: a saved file is checked again, the virtual module is replaced and the open pages reload,
 * so an edit shows without restarting the server. Errors go to the terminal and to Vite's error overlay on the page;
 * the pages keep the last data that passed, so one typo does not take the whole site down.
 */
function checkedDataPlugin(initial: CheckedJson, log: (line: string) => void): Plugin {
  const resolved = `\0${CHECKED_DATA_MODULE}`;
  let checked = initial;
  let source: string | undefined;
  let errors: Diagnostic[] = [];
  return {
    name: 'rusmiddelstandarder:checked-data',
    resolveId: (id) => (id === CHECKED_DATA_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? (source ??= checkedDataModuleSource(checked)) : undefined),
    configureServer(server: ViteDevServer) {
      const directory = resolve(dataDirectory());
      server.watcher.add(directory);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const recheck = async () => {
        const started = performance.now();
        log(`Data ændret: kontrollerer data/ igen …`);
        const run = checkData(log);
        errors = run.errors;
        if (run.checked) {
          checked = run.checked;
          source = undefined;
          for (const environment of Object.values(server.environments)) {
            const module = environment.moduleGraph.getModuleById(resolved);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
          log(`Data kontrolleret på ${Math.round(performance.now() - started)} ms; siderne genindlæses.`);
          server.ws.send({ type: 'full-reload', path: '*' });
        } else {
          log('Siderne viser de sidste data uden fejl, til fejlene er rettet.');
          sendOverlay(server, errors);
        }
      };
      const onChange = (file: string) => {
        const path = resolve(file);
        if (path !== directory && !path.startsWith(directory + sep)) return;
        // An editor's save is often several events (write, rename); one check after they settle.
        clearTimeout(pending);
        pending = setTimeout(() => void recheck().catch((error: unknown) => log(`Kontrollen kunne ikke køre: ${String(error)}`)), 50);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      // A page opened while the data has errors gets the overlay too, not only pages that were open at the save.
      server.ws.on('connection', () => {
        if (errors.length > 0) sendOverlay(server, errors);
      });
    },
  };
}

/** Vite's error overlay with the check's errors, in the same `file:line:col severity rule-id message` lines. */
function sendOverlay(server: ViteDevServer, errors: Diagnostic[]): void {
  const first = errors[0];
  server.ws.send({
    type: 'error',
    err: {
      message: `Datakontrollen fandt ${errors.length} ${errors.length === 1 ? 'fejl' : 'fejl'} i data/. Siden viser de sidste data uden fejl.\n\n${formatStylish(errors)}`,
      stack: '',
      plugin: 'rusmiddelstandarder:data-check',
      ...(first ? { id: first.file, loc: { file: relative(process.cwd(), first.file), line: first.line, column: first.column } } : {}),
    },
  });
}

export default function dataCheck(): AstroIntegration {
  let stopGovernor: (() => void) | undefined;
  return {
    name: 'rusmiddelstandarder:data-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'preview' || command === 'sync') return;
        const log = (text: string) => process.stderr.write(`${text}\n`);
        const checked = runDataCheck(log);
        // The check's parse trees are garbage now; collected before the bundler and the pages add their memory.
        collectGarbage();
        if (!checked) {
          process.stderr.write(`\n${STOPPED}\n`);
          process.exit(1);
        }
        updateConfig({ vite: { plugins: [checkedDataPlugin(checked, log)] } });
      },
      'astro:build:start': () => {
        stopGovernor = governHeap();
      },
      'astro:build:done': () => {
        stopGovernor?.();
      },
    },
  };
}
