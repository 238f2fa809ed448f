/** The build: wall time, peak memory of the whole process tree, phases, a CPU profile, Pagefind alone, a rebuild. */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, benchEnv, median } from './common.ts';

const TIME_TOOL = '/usr/bin/time';
/**
 * Caches a build may keep between runs, relative to the project snapshot. A cold build starts without them; a rebuild
 * keeps them. Nothing under node_modules/: the snapshot links the checkout's, and other builds (tests, npm run build)
 * share it; the Markdown cache is pointed into the snapshot instead (buildEnv). A cache kept elsewhere must be moved
 * into the snapshot and listed here, or "cold" is not cold.
 */
export const BUILD_CACHES = ['.astro', '.cache'];

/**
 * The variables `npm run build` sets before `astro build` (the leading NAME=value words of package.json's build
 * script, e.g. the bundler's allocator setting), so the measured build runs as the project's own does.
 */
function buildScriptVariables(): Record<string, string> {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const leading = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/.exec(scripts.build ?? '')?.[0] ?? '';
  return Object.fromEntries([...leading.matchAll(/([A-Z_][A-Z0-9_]*)=(\S*)/g)].map((match) => [match[1]!, match[2]!]));
}

/** A build's environment: the data set, and the Markdown cache (RUSMIDDEL_CACHE_DIR) inside the snapshot, among BUILD_CACHES. */
export const buildEnv = (project: string, dataDirectory: string) =>
  benchEnv(dataDirectory, { ...buildScriptVariables(), RUSMIDDEL_CACHE_DIR: join(project, '.cache', 'rusmiddelstandarder') });

/** Every process in the tree under `root` (itself included), with its resident memory, read from /proc. */
function processTree(root: number): { pid: number; name: string; rss: number }[] {
  const parent = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parent.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree.flatMap((pid) => {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      return [{ pid, name: names.get(pid) ?? '?', rss: resident * 4096 }];
    } catch {
      return [];
    }
  });
}

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Peak of the summed RSS of the whole process tree, sampled from /proc every 50 ms. */
  peakTreeRss: number;
  /** Peak RSS per process name (node, pagefind …), sampled. */
  peakByName: Record<string, number>;
  /** "Maximum resident set size" from /usr/bin/time -v: the largest single waited-for process; undefined without the tool. */
  timeMaxRss?: number;
  timeTool: boolean;
  /** User + system CPU time of the waited-for processes (Node; not Pagefind's binary, which Node does not wait for), from /usr/bin/time. */
  cpuMs?: number;
  /** Until the line "Søgeindeks skrevet"/the index step began: the Astro build alone. */
  astroMs?: number;
  phases: { name: string; ms: number }[];
  log: string;
}

/** The project's build as `npm run build` runs it: Astro, then the Pagefind index as its own process. */
export const projectBuildScript = (outDir: string) =>
  `"${join(BIN, 'astro')}" build --outDir "${outDir}" && echo BENCH-ASTRO-DONE && "${join(BIN, 'tsx')}" src/cli/index-search.ts "${outDir}"`;

/** Runs `script` with sh in `cwd`, measuring wall time, memory of the process tree and the phases its log shows. */
export async function measureBuild(cwd: string, script: string, env: NodeJS.ProcessEnv, timeFile: string): Promise<BuildResult> {
  const useTime = existsSync(TIME_TOOL);
  const [command, args] = useTime ? [TIME_TOOL, ['-v', '-o', timeFile, 'sh', '-c', script]] : ['sh', ['-c', script]];
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { at: number; text: string }[] = [];
  const collect = (chunk: Buffer) => {
    const at = performance.now() - started;
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ at, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakTreeRss = 0;
  const peakByName: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid).filter((p) => p.name !== 'time' && p.name !== 'sh');
    peakTreeRss = Math.max(
      peakTreeRss,
      tree.reduce((sum, p) => sum + p.rss, 0),
    );
    for (const p of tree) {
      const name = p.name === 'MainThread' ? 'node' : p.name; // Node names its main thread's comm "MainThread"
      peakByName[name] = Math.max(peakByName[name] ?? 0, p.rss);
    }
  };
  const sampler = setInterval(sample, 50);
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  clearInterval(sampler);
  const wallMs = performance.now() - started;

  let timeMaxRss: number | undefined;
  let cpuMs: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (match) timeMaxRss = Number(match[1]) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const system = /System time \(seconds\): ([\d.]+)/.exec(report);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
    rmSync(timeFile, { force: true });
  }
  const find = (pattern: RegExp, after = 0) => lines.find((line) => line.at >= after && pattern.test(line.text))?.at;
  const astroStarts = find(/\[(types|build|vite|content)\]/);
  const generating = find(/generating static routes/);
  const firstPage = generating !== undefined ? find(/├─|└─|\(\+\d+ms\)/, generating) : undefined;
  const pagesDone = generating !== undefined ? find(/✓ Completed in/, generating) : undefined;
  const astroDone = find(/BENCH-ASTRO-DONE/);
  const indexed = find(/Søgeindeks skrevet|Finished in|Indexed \d+ page/);
  const marks: [string, number | undefined][] = [
    ['Node-start, config og datakontrol (config:setup)', astroStarts],
    ['Vite-bundling', generating],
    ['data til siderne (siteData)', firstPage],
    ['sidegenerering', pagesDone],
    ['Astro afslutter', astroDone],
    ['Pagefind-indeks (eget trin efter astro build)', indexed],
    ['afslutning', wallMs],
  ];
  const phases: { name: string; ms: number }[] = [];
  let previous = 0;
  for (const [name, at] of marks) {
    if (at === undefined) continue;
    phases.push({ name, ms: at - previous });
    previous = at;
  }
  return {
    ok: code === 0,
    wallMs,
    cpuMs,
    peakTreeRss,
    peakByName,
    timeMaxRss,
    timeTool: useTime,
    astroMs: astroDone,
    phases,
    log: lines.map((l) => l.text).join('\n'),
  };
}

export interface RepeatedBuild extends BuildResult {
  allWallMs: number[];
  /** The highest tree peak of every build (the budget holds only if it holds in each). */
  allPeaks: number[];
  astroMedianMs?: number;
}

/** One cold build: output and the listed caches removed first. Throws with the log's tail when the build fails. */
export async function coldBuild(name: string, cwd: string, outDir: string, script: string, env: NodeJS.ProcessEnv, caches: string[]): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  for (const cache of caches) rmSync(join(cwd, cache), { recursive: true, force: true });
  const result = await measureBuild(cwd, script, env, `${outDir}.time.txt`);
  if (!result.ok) throw new Error(`Bygningen (${name}) fejlede:\n${result.log.split('\n').slice(-30).join('\n')}`);
  return result;
}

/**
 * Several builds of the same thing: the median build is reported, with the highest memory peak of all of them,
 * because a budget has to hold in every run.
 */
export function combineBuilds(builds: BuildResult[]): RepeatedBuild {
  const medianWall = median(builds.map((b) => b.wallMs));
  const typical = builds.find((b) => b.wallMs === medianWall) ?? builds[0]!;
  const peakByName: Record<string, number> = {};
  for (const b of builds) for (const [k, v] of Object.entries(b.peakByName)) peakByName[k] = Math.max(peakByName[k] ?? 0, v);
  const astro = builds.map((b) => b.astroMs).filter((ms): ms is number => ms !== undefined);
  return {
    ...typical,
    allWallMs: builds.map((b) => b.wallMs),
    allPeaks: builds.map((b) => b.peakTreeRss),
    peakTreeRss: Math.max(...builds.map((b) => b.peakTreeRss)),
    timeMaxRss: builds.some((b) => b.timeMaxRss !== undefined) ? Math.max(...builds.map((b) => b.timeMaxRss ?? 0)) : undefined,
    peakByName,
    astroMedianMs: astro.length ? median(astro) : undefined,
  };
}

/**
 * After a build: edit one document (a comment line appended to its YAML: the data is unchanged, the file is not), and
 * build again with the caches the first build left. What a maintainer's edit-and-build loop costs.
 */
export async function measureRebuild(project: string, dataDirectory: string, outDir: string): Promise<{ ms: number; peak: number; edited: string }> {
  const kommuner = join(dataDirectory, 'kommuner');
  const kommune = readdirSync(kommuner).sort()[0]!;
  const file = readdirSync(join(kommuner, kommune))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()[0]!;
  const path = join(kommuner, kommune, file);
  const original = readFileSync(path);
  try {
    appendFileSync(path, `\n# redigeret af benchmarken ${Date.now()}\n`);
    const result = await measureBuild(project, projectBuildScript(outDir), buildEnv(project, dataDirectory), `${outDir}.time.txt`);
    if (!result.ok) throw new Error(`Genbygningen fejlede:\n${result.log.split('\n').slice(-30).join('\n')}`);
    return { ms: result.wallMs, peak: result.peakTreeRss, edited: join(kommune, file) };
  } finally {
    // The data directory may be the corpus outside the snapshot: put the file back exactly.
    writeFileSync(path, original);
  }
}

/** What a CPU profile of one build spends its time on, by inclusive time per category. */
export interface BuildProfile {
  totalMs: number;
  categories: { name: string; ms: number }[];
  checkCalls: number;
}

const PROFILE_CATEGORIES: { name: string; match: (fn: string, url: string) => boolean }[] = [
  { name: 'datakontrol (checkDataset)', match: (fn) => fn === 'checkDataset' },
  { name: 'heraf YAML-parsning med positioner (parseYaml)', match: (fn) => fn === 'parseYaml' },
  { name: 'YAML-parsning med js-yaml', match: (_, url) => /js-yaml/.test(url) },
  { name: 'Markdown (micromark/remark/rehype)', match: (_, url) => /micromark|mdast-util|remark|rehype|hast-util|unified|markdown-remark/.test(url) },
  { name: 'Sass/CSS', match: (_, url) => /sass/.test(url) },
  { name: 'Vite/rolldown-bundling', match: (_, url) => /rolldown|\/vite\//.test(url) },
  { name: 'garbage collection', match: (fn) => fn === '(garbage collector)' },
  { name: 'tomgang (venter på I/O og Pagefind-processen)', match: (fn) => fn === '(idle)' },
];

export function profileBuild(project: string, dataDirectory: string, outDir: string): BuildProfile | undefined {
  const profileDir = `${outDir}.cpuprofile`;
  const result = spawnSync(join(BIN, 'astro'), ['build', '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...buildEnv(project, dataDirectory), NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` },
  });
  if (result.status !== 0 || !existsSync(profileDir)) return undefined;
  // The build's own Node process writes the largest profile.
  const file = readdirSync(profileDir)
    .map((name) => join(profileDir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) return undefined;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  rmSync(profileDir, { recursive: true, force: true });
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  let checkCalls = 0;
  let clock = 0;
  let lastInCheck = -Infinity;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    const seen = new Set<string>();
    let checking = false;
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const { functionName, url } = byId.get(current)!.callFrame;
      if (functionName === 'checkDataset') checking = true;
      for (const category of PROFILE_CATEGORIES) {
        if (!seen.has(category.name) && category.match(functionName, url)) {
          seen.add(category.name);
          inclusive.set(category.name, (inclusive.get(category.name) ?? 0) + delta);
        }
      }
    }
    // A new call when the check was not on the stack for 100 ms (GC samples interrupt one call without ending it).
    if (checking) {
      if (clock - lastInCheck > 100_000) checkCalls++;
      lastInCheck = clock;
    }
  });
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    categories: PROFILE_CATEGORIES.map((category) => ({ name: category.name, ms: (inclusive.get(category.name) ?? 0) / 1000 })),
    checkCalls,
  };
}

/** The project's Pagefind step alone on a finished build, median of `runs`. */
export async function measurePagefind(outDir: string, runs: number): Promise<number> {
  const { indexSite } = await import('../../src/search/index-site.ts');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await indexSite(outDir);
    times.push(performance.now() - started);
  }
  return median(times);
}
