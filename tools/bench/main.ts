/**
 * npm run bench [-- --kommuner 98] [--koersler 5] [--bygninger 3] [--kun data|korpus|10x|rapport] [--uden-10x]
 *   [--uden-profil] [--rapport tools/bench/RAPPORT.md] [--ingen-rapport] [--json file] [--fra-json file …]
 *
 * Measures the site side by side in one run, for the real data, the synthetic 98-kommune corpus (generated when
 * missing) and a 10× corpus (98 kommuner × 10 documents): build + index against a plain Astro baseline of the same
 * pages, peak memory of every build, the check in process and from the CLI, a rebuild after editing one document, page
 * sizes and the document page's overhead, and cold search against Pagefind's bare API and default UI. Prints the
 * targets and writes the full report file; it never touches README.md. A script that reports numbers, not a test:
 * nothing here fails on a missed target.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { snapshotProject } from '../../test/helpers/project-snapshot.ts';
import { CORPUS_MARKER, corpusHash, generateCorpus } from '../corpus/generate.ts';
import { DEFAULT_CORPUS_DIR, writeCorpus } from '../corpus/write.ts';
import { baselineBuild } from './baseline.ts';
import {
  BUILD_CACHES,
  buildEnv,
  coldBuild,
  combineBuilds,
  measurePagefind,
  measureRebuild,
  profileBuild,
  projectBuildScript,
  type BuildResult,
} from './build.ts';
import { measureCheck } from './check.ts';
import { directoryBytes, progress, ROOT } from './common.ts';
import { datasetTables, reportFile, summary, targets, type DatasetReport } from './report.ts';
import { measureSearch } from './search.ts';
import { measureDocumentOverhead, measureSizes } from './sizes.ts';

interface DatasetOptions {
  runs: number;
  buildRuns: number;
  baseline: boolean;
  rebuild: boolean;
  profile: boolean;
  search: boolean;
}

async function measureDataset(name: string, label: string, directory: string, shown: string, project: string, options: DatasetOptions): Promise<DatasetReport> {
  const load = loadavg()[0]!;
  const slug = label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  progress(`\n[${name}] kontrol …`);
  const check = measureCheck(directory, options.runs);
  const outDir = join(project, `bygget-${slug}`);
  const baselineOut = join(project, `grundlinje-${slug}`);
  const builds: BuildResult[] = [];
  const baselines: BuildResult[] = [];
  // The site's and the baseline's builds alternate, so a burst of load on the shared machine hits both alike.
  for (let i = 0; i < options.buildRuns; i++) {
    progress(`[${name}] bygning ${i + 1} af ${options.buildRuns} …`);
    builds.push(await coldBuild(name, project, outDir, projectBuildScript(outDir), buildEnv(project, directory), BUILD_CACHES));
    if (options.baseline) {
      progress(`[${name}] grundlinje ${i + 1} af ${options.buildRuns} …`);
      baselines.push(await baselineBuild(project, directory, outDir, baselineOut));
    }
  }
  rmSync(baselineOut, { recursive: true, force: true });
  const build = combineBuilds(builds);
  const baseline = options.baseline ? { ...combineBuilds(baselines), pages: measureSizes(outDir).pages } : undefined;
  let rebuild: DatasetReport['rebuild'];
  if (options.rebuild) {
    progress(`[${name}] genbygning efter redigering af ét dokument …`);
    rebuild = await measureRebuild(project, directory, outDir);
  }
  let profile: DatasetReport['profile'];
  if (options.profile) {
    progress(`[${name}] profileret bygning …`);
    profile = profileBuild(project, directory, `${outDir}-profil`);
    rmSync(`${outDir}-profil`, { recursive: true, force: true });
  }
  progress(`[${name}] størrelser${options.search ? ', Pagefind alene, søgning' : ''} …`);
  const sizes = measureSizes(outDir);
  const overhead = measureDocumentOverhead(outDir, directory);
  const pagefindMs = options.search ? await measurePagefind(outDir, 3) : undefined;
  const search = options.search ? await measureSearch(outDir, options.runs) : undefined;
  rmSync(outDir, { recursive: true, force: true });
  const yamlBytes = directoryBytes(join(directory, 'kommuner'));
  return {
    name,
    label,
    directory,
    shown,
    check,
    build,
    baseline,
    rebuild,
    pagefindMs,
    sizes,
    overhead,
    search,
    load,
    loadEnd: loadavg()[0]!,
    profile,
    yamlBytes,
    sourceBytes: yamlBytes + directoryBytes(join(directory, 'sources'), '.txt'),
    documents: check.documents,
  };
}

/** True when `directory` holds the corpus this generator writes today for these options (same files, same requirements). */
function corpusIsCurrent(directory: string, kommuner: number, dokumenter: number): boolean {
  const marker = join(directory, CORPUS_MARKER);
  if (!existsSync(marker)) return false;
  const existing = JSON.parse(readFileSync(marker, 'utf8')) as { kommuner?: number; dokumenter?: number; sha256?: string };
  if (existing.kommuner !== kommuner || (existing.dokumenter ?? 3) !== dokumenter || existing.sha256 !== corpusHash(generateCorpus({ kommuner, dokumenter })))
    return false;
  const requirements = join(ROOT, 'data', 'requirements');
  return readdirSync(requirements).every((name) => {
    const copy = join(directory, 'requirements', name);
    return existsSync(copy) && readFileSync(copy).equals(readFileSync(join(requirements, name)));
  });
}

function ensureCorpus(directory: string, kommuner: number, dokumenter: number): void {
  if (corpusIsCurrent(directory, kommuner, dokumenter)) return;
  progress(`Genererer korpus med ${kommuner} kommuner × ${dokumenter} dokumenter i ${directory} …`);
  writeCorpus(directory, { kommuner, dokumenter });
}

const HELP = [
  'Brug: npm run bench [-- --kommuner 98] [--koersler 5] [--bygninger 3] [--kun data|korpus|10x|rapport] [--uden-10x] [--uden-profil]',
  '                    [--rapport tools/bench/RAPPORT.md] [--ingen-rapport] [--json målinger.json] [--fra-json målinger.json ...]',
  '--json gemmer kørslens målinger; --fra-json tager gemte målinger med i rapporten (--kun rapport: skriv kun rapporten ud fra dem).',
  '',
].join('\n');

/** Prints the tables and targets, and writes the report file (unless told not to). */
function writeReport(reports: DatasetReport[], path: string | undefined, command: string, quiet = false): void {
  const tenfold = reports.find((r) => r.label === '10× korpus');
  const main = reports.find((r) => r.label === 'korpus') ?? reports.find((r) => r !== tenfold);
  const list = targets(
    main,
    reports.filter((r) => r !== main && r !== tenfold),
    tenfold,
  );
  if (!quiet) {
    for (const report of reports) process.stdout.write(`\n${datasetTables(report)}\n`);
    process.stdout.write(`\n## Mål\n\n${summary(list)}\n`);
  }
  if (path) {
    const order = (r: DatasetReport) => ['korpus', 'rigtige data', '10× korpus'].indexOf(r.label);
    writeFileSync(
      path,
      reportFile(
        [...reports].sort((a, b) => order(a) - order(b)),
        list,
        new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        command,
      ),
    );
    if (!quiet) process.stdout.write(`\nRapporten er skrevet: ${relative(ROOT, path) || path}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      kommuner: { type: 'string', default: '98' },
      korpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
      'korpus-10x': { type: 'string', default: '.corpus-10x' },
      koersler: { type: 'string', default: '5' },
      bygninger: { type: 'string', default: '3' },
      kun: { type: 'string' },
      'uden-10x': { type: 'boolean', default: false },
      'uden-profil': { type: 'boolean', default: false },
      rapport: { type: 'string', default: join('tools', 'bench', 'RAPPORT.md') },
      'ingen-rapport': { type: 'boolean', default: false },
      json: { type: 'string' },
      'fra-json': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const reportPath = values['ingen-rapport'] ? undefined : resolve(values.rapport);
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  // Measurements saved by earlier runs (--json), e.g. the data sets measured in parallel processes on a busy machine.
  const saved = (values['fra-json'] ?? []).flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as DatasetReport[]);
  if (values.kun === 'rapport') {
    writeReport(saved, reportPath, command);
    return 0;
  }
  const runs = Math.max(1, Number(values.koersler));
  const buildRuns = Math.max(1, Number(values.bygninger));
  const kommuner = Number(values.kommuner);
  const corpusDirectory = resolve(values.korpus);
  const tenfoldDirectory = resolve(values['korpus-10x']);
  const only = values.kun;
  const work = mkdtempSync(join(tmpdir(), 'rusmiddel-bench-'));
  const reports: DatasetReport[] = [...saved];
  // After each data set the report is written again, so a long run leaves what it has measured so far.
  const record = (report: DatasetReport) => {
    reports.push(report);
    if (values.json) writeFileSync(values.json, JSON.stringify(reports.filter((r) => !saved.includes(r))));
    writeReport(reports, reportPath, command, true);
  };
  try {
    const project = snapshotProject(work, ROOT);
    if (only === undefined || only === 'data') {
      record(
        await measureDataset('Rigtige data (data/)', 'rigtige data', join(project, 'data'), 'data/', project, {
          runs,
          buildRuns,
          baseline: true,
          rebuild: true,
          profile: false,
          search: true,
        }),
      );
    }
    if (only === undefined || only === 'korpus') {
      ensureCorpus(corpusDirectory, kommuner, 3);
      record(
        await measureDataset(
          `Syntetisk korpus, ${kommuner} kommuner × 3 dokumenter`,
          'korpus',
          corpusDirectory,
          relative(ROOT, corpusDirectory) || corpusDirectory,
          project,
          { runs, buildRuns, baseline: true, rebuild: true, profile: !values['uden-profil'], search: true },
        ),
      );
    }
    if ((only === undefined && !values['uden-10x']) || only === '10x') {
      ensureCorpus(tenfoldDirectory, kommuner, 10);
      record(
        await measureDataset(
          `10× korpus, ${kommuner} kommuner × 10 dokumenter`,
          '10× korpus',
          tenfoldDirectory,
          relative(ROOT, tenfoldDirectory) || tenfoldDirectory,
          project,
          { runs: 1, buildRuns: 1, baseline: false, rebuild: false, profile: false, search: false },
        ),
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeReport(reports, reportPath, command);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
