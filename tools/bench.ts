/**
 * npm run bench [-- --kommuner 98] [--korpus .corpus] [--koersler 5] [--bygninger 3] [--ingen-readme] [--kun data|korpus]
 *
 * Measures the site for the real data and for the synthetic national corpus (generated when missing): build wall time
 * and peak memory, the check's own time, Pagefind indexing, page and asset sizes, and cold search in Chromium. Prints a
 * table per data set and a summary against the targets, and writes the results into README.md under
 * "## Ydelse (benchmark)". A script that prints numbers, not a test: nothing here fails on a missed target.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { checkDataset } from '../src/check/index.ts';
import { loadDatasetFromDisk } from '../src/check/node/load-from-disk.ts';
import { parseYaml } from '../src/check/parse-yaml.ts';
import { CORPUS_MARKER, corpusHash, generateCorpus } from './corpus/generate.ts';
import { DEFAULT_CORPUS_DIR, writeCorpus } from './corpus/write.ts';

const ROOT = process.cwd();
const BIN = join(ROOT, 'node_modules', '.bin');
/** Revision findings depend on the date; the benchmark fixes it so runs compare. */
const TODAY = process.env.RUSMIDDEL_TODAY ?? '2025-06-01';
const QUERY = 'behandlingsgaranti';
const TIME_TOOL = '/usr/bin/time';

const median = (values: number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${Math.round(ms)} ms`;

// --- The check, in a fresh process each time ------------------------------------------------------------------------

interface CheckSample { loadMs: number; coldMs: number; warmMs: number; yamlMs: number; documents: number; errors: number; warnings: number }

/** Worker mode: load the data set, run checkDataset cold and then warm, print one JSON line. */
function checkWorker(directory: string): void {
  let started = performance.now();
  const files = loadDatasetFromDisk(directory, ROOT);
  const loadMs = performance.now() - started;
  started = performance.now();
  const result = checkDataset(files);
  const coldMs = performance.now() - started;
  started = performance.now();
  checkDataset(files);
  const warmMs = performance.now() - started;
  // The part of a (warm) check spent parsing YAML with positions, for the report.
  started = performance.now();
  for (const file of [...files.documents, ...files.catalogues, ...files.provisions]) parseYaml(file.path, file.text);
  const yamlMs = performance.now() - started;
  const sample: CheckSample = {
    loadMs, coldMs, warmMs, yamlMs, documents: result.documents.length,
    errors: result.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: result.diagnostics.filter((d) => d.severity !== 'error').length,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function measureCheck(directory: string, runs: number) {
  const samples: CheckSample[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(join(BIN, 'tsx'), [join(ROOT, 'tools', 'bench.ts'), '--kontrol-worker', directory], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, RUSMIDDEL_TODAY: TODAY },
    });
    if (child.status !== 0) throw new Error(`Kontrollen kunne ikke køre: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CheckSample);
  }
  return {
    runs,
    loadMs: median(samples.map((s) => s.loadMs)),
    coldMs: median(samples.map((s) => s.coldMs)),
    warmMs: median(samples.map((s) => s.warmMs)),
    yamlMs: median(samples.map((s) => s.yamlMs)),
    documents: samples[0]!.documents,
    errors: samples[0]!.errors,
    warnings: samples[0]!.warnings,
  };
}

// --- The build: wall time, memory, phases ---------------------------------------------------------------------------

const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.corpus', 'test-results']);

/**
 * A snapshot of the project to build in (node_modules linked): Astro keeps its prerender chunks under the project's
 * .astro/, so a build running at the same time in the checkout would remove ours, and edits made while the benchmark
 * runs would change what is measured. Output directories go inside the snapshot, where the chunks find the packages.
 */
function snapshotProject(work: string): string {
  const project = join(work, 'projekt');
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

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

interface BuildResult {
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
  phases: { name: string; ms: number }[];
  pagesReported?: number;
  log: string;
}

async function measureBuild(project: string, dataDirectory: string, outDir: string): Promise<BuildResult> {
  const timeFile = `${outDir}.time.txt`;
  const useTime = existsSync(TIME_TOOL);
  // The build as `npm run build` runs it: Astro, then the Pagefind index as its own process.
  const script = `"${join(BIN, 'astro')}" build --outDir "${outDir}" && "${join(BIN, 'tsx')}" src/cli/index-search.ts "${outDir}"`;
  const [command, args] = useTime ? [TIME_TOOL, ['-v', '-o', timeFile, 'sh', '-c', script]] : ['sh', ['-c', script]];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: project,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, RUSMIDDEL_DATA_DIR: dataDirectory, RUSMIDDEL_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    peakTreeRss = Math.max(peakTreeRss, tree.reduce((sum, p) => sum + p.rss, 0));
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
  const astroStarts = find(/\[(types|build|vite)\]/);
  const generating = find(/generating static routes/);
  const firstPage = generating !== undefined ? find(/├─|└─|\(\+\d+ms\)/, generating) : undefined;
  const pagesDone = generating !== undefined ? find(/✓ Completed in/, generating) : undefined;
  const indexed = find(/Søgeindeks skrevet/);
  const marks: [string, number | undefined][] = [
    ['Node-start, config og datakontrol (config:setup)', astroStarts],
    ['Vite-bundling', generating],
    ['data til siderne (siteData)', firstPage],
    ['sidegenerering', pagesDone],
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
  const pages = /(\d+) page\(s\) built/.exec(lines.map((l) => l.text).join('\n'))?.[1];
  return {
    ok: code === 0, wallMs, cpuMs, peakTreeRss, peakByName, timeMaxRss, timeTool: useTime, phases,
    pagesReported: pages ? Number(pages) : undefined, log: lines.map((l) => l.text).join('\n'),
  };
}

/** What a CPU profile of one build spends its time on, by inclusive time per category. */
interface BuildProfile { totalMs: number; categories: { name: string; ms: number }[]; checkCalls: number }

const PROFILE_CATEGORIES: { name: string; match: (fn: string, url: string) => boolean }[] = [
  { name: 'datakontrol (checkDataset)', match: (fn) => fn === 'checkDataset' },
  { name: 'heraf YAML-parsning med positioner (parseYaml)', match: (fn) => fn === 'parseYaml' },
  { name: 'Markdown (micromark/remark/rehype)', match: (_, url) => /micromark|mdast-util|remark|rehype|hast-util|unified|markdown-remark/.test(url) },
  { name: 'Sass/CSS', match: (_, url) => /sass/.test(url) },
  { name: 'Vite/rolldown-bundling', match: (_, url) => /rolldown|\/vite\//.test(url) },
  { name: 'garbage collection', match: (fn) => fn === '(garbage collector)' },
  { name: 'tomgang (venter på I/O og Pagefind-processen)', match: (fn) => fn === '(idle)' },
];

async function profileBuild(project: string, dataDirectory: string, outDir: string): Promise<BuildProfile | undefined> {
  const profileDir = `${outDir}.cpuprofile`;
  const result = spawnSync(join(BIN, 'astro'), ['build', '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, RUSMIDDEL_DATA_DIR: dataDirectory, RUSMIDDEL_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` },
  });
  if (result.status !== 0 || !existsSync(profileDir)) return undefined;
  // The build's own Node process writes the largest profile.
  const file = readdirSync(profileDir).map((name) => join(profileDir, name)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) return undefined;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
    samples: number[]; timeDeltas: number[]; startTime: number; endTime: number;
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

async function measurePagefind(outDir: string, runs: number): Promise<number> {
  const { indexSite } = await import('../src/search/index-site.ts');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await indexSite(outDir);
    times.push(performance.now() - started);
  }
  return median(times);
}

// --- Sizes ----------------------------------------------------------------------------------------------------------

const PAGE_TYPES = ['forside', 'kommune', 'dokument', 'emner', 'krav', 'love', 'søg', 'tjek', 'øvrige'] as const;
/** Tools that are applications, not content: JavaScript is their point. */
const TOOL_TYPES: ReadonlySet<PageType> = new Set(['søg', 'tjek']);
type PageType = (typeof PAGE_TYPES)[number];

function pageType(urlPath: string): PageType {
  if (urlPath === '/') return 'forside';
  if (/^\/kommuner\/[^/]+\/$/.test(urlPath)) return 'kommune';
  if (/^\/kommuner\/[^/]+\/[^/]+\/$/.test(urlPath)) return 'dokument';
  if (urlPath.startsWith('/emner/')) return 'emner';
  if (urlPath.startsWith('/krav/')) return 'krav';
  if (urlPath.startsWith('/love/')) return 'love';
  if (urlPath.startsWith('/soeg/')) return 'søg';
  if (urlPath.startsWith('/tjek/')) return 'tjek';
  return 'øvrige';
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).sort().flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

interface TypeStats { count: number; htmlMedian: number; htmlMax: number; gzipMedian: number; gzipMax: number; gzipMaxUrl: string; jsMedian: number; jsMax: number; jsGzipMax: number }

function measureSizes(outDir: string) {
  const all = filesUnder(outDir);
  const htmlFiles = all.filter((file) => file.endsWith('.html') && !relative(outDir, file).startsWith('pagefind'));
  const assetSize = new Map<string, { raw: number; gzip: number }>();
  const asset = (href: string) => {
    const path = join(outDir, href.split(/[?#]/)[0]!);
    let size = assetSize.get(path);
    if (!size) {
      const data = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      size = { raw: data.length, gzip: data.length ? gzipSize(data) : 0 };
      assetSize.set(path, size);
    }
    return size;
  };
  const byType = new Map<PageType, { url: string; raw: number; gzip: number; js: number; jsGzip: number }[]>();
  const stylesheets = new Set<string>();
  const jsPages: string[] = [];
  let inlineStyleMax = 0;
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    const url = `/${relative(outDir, file).replace(/index\.html$/, '')}`;
    let js = 0;
    let jsGzip = 0;
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attributes = match[1]!;
      if (/type=["']?application\/(ld\+)?json/.test(attributes)) continue;
      const src = /\bsrc=["']?([^"' >]+)/.exec(attributes)?.[1];
      if (src) {
        const size = asset(src);
        js += size.raw;
        jsGzip += size.gzip;
      } else if (match[2]!.trim()) {
        js += Buffer.byteLength(match[2]!);
        jsGzip += gzipSize(match[2]!);
      }
    }
    for (const match of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/g)) {
      const href = /\bhref=["']?([^"' >]+)/.exec(match[0])?.[1];
      if (href) {
        const size = asset(href);
        js += size.raw;
        jsGzip += size.gzip;
      }
    }
    for (const match of html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/g)) {
      const href = /\bhref=["']?([^"' >]+)/.exec(match[0])?.[1];
      if (href) stylesheets.add(href);
    }
    for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineStyleMax = Math.max(inlineStyleMax, Buffer.byteLength(match[1]!));
    if (js > 0) jsPages.push(url);
    const type = pageType(url);
    byType.set(type, [...(byType.get(type) ?? []), { url, raw: Buffer.byteLength(html), gzip: gzipSize(html), js, jsGzip }]);
  }
  const types: Partial<Record<PageType, TypeStats>> = {};
  for (const type of PAGE_TYPES) {
    const pages = byType.get(type);
    if (!pages?.length) continue;
    const largest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    types[type] = {
      count: pages.length,
      htmlMedian: median(pages.map((p) => p.raw)), htmlMax: Math.max(...pages.map((p) => p.raw)),
      gzipMedian: median(pages.map((p) => p.gzip)), gzipMax: largest.gzip, gzipMaxUrl: largest.url,
      jsMedian: median(pages.map((p) => p.js)), jsMax: Math.max(...pages.map((p) => p.js)), jsGzipMax: Math.max(...pages.map((p) => p.jsGzip)),
    };
  }
  const css = [...stylesheets].sort().map((href) => ({ href, ...asset(href) }));
  const pagefindFiles = all.filter((file) => relative(outDir, file).startsWith(`pagefind/`));
  const pagefindBytes = pagefindFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const pagefindParts: Record<string, number> = {};
  for (const file of pagefindFiles) {
    const name = relative(join(outDir, 'pagefind'), file);
    const part = name.startsWith('fragment/') ? 'fragmenter' : name.startsWith('index/') ? 'indeks-chunks' : name.includes('-ui') || name.includes('highlight') ? 'UI-filer' : name.startsWith('wasm') ? 'wasm' : 'øvrige (pagefind.js, meta, filtre)';
    pagefindParts[part] = (pagefindParts[part] ?? 0) + statSync(file).size;
  }
  return {
    pages: htmlFiles.length,
    totalBytes: all.reduce((sum, file) => sum + statSync(file).size, 0),
    types,
    css,
    cssGzip: css.reduce((sum, c) => sum + c.gzip, 0),
    inlineStyleMax,
    jsPages,
    contentJsMax: Math.max(0, ...PAGE_TYPES.filter((t) => !TOOL_TYPES.has(t)).map((t) => types[t]?.jsMax ?? 0)),
    pagefindBytes,
    pagefindFiles: pagefindFiles.length,
    pagefindParts,
  };
}

// --- Search in Chromium -------------------------------------------------------------------------------------------

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml',
};

/** One response as the server sent it: wall-clock times (ms since the epoch, the browser's clock too) and bytes on the wire. */
interface Served { path: string; start: number; end: number; bytes: number }

/**
 * A static server like a typical host: gzip for text and JavaScript (Pagefind's own index files are already
 * compressed). It logs every response with the bytes written to the socket (headers included), so transfers made by
 * Pagefind's web worker, which the page's Resource Timing does not see, are counted too.
 */
async function serveCompressed(root: string): Promise<{ url: string; log: Served[]; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const log: Served[] = [];
  const server: Server = createServer((request, response) => {
    const start = Date.now();
    const before = request.socket.bytesWritten;
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The end is when the response is handed to the socket; 'finish' can fire late when this process is busy.
    let end = 0;
    response.on('finish', () => log.push({ path: pathname, start, end: end || Date.now(), bytes: request.socket.bytesWritten - before }));
    let path = normalize(join(root, pathname));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404).end();
    const extension = extname(path);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    let body: Buffer = readFileSync(path);
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let compressed = cache.get(path);
      if (!compressed) cache.set(path, (compressed = gzipSync(body, { level: 9 })));
      body = compressed;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
    end = Date.now();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((done) => server.close(() => done())) };
}

interface SearchSample { ms: number; searchBytes: number; searchRequests: number; pageBytes: number; byResource: Record<string, number> }
type SearchMode = 'side' | 'ui' | 'api';

const PAGEFIND_UI_PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Pagefind UI (benchmark)</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search' }); });</script></body></html>
`;
const BLANK_PAGE = '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Pagefind API (benchmark)</title></head><body></body></html>\n';

/** Classifies a served file for the byte breakdown. */
function resourceKind(path: string): string {
  if (path.includes('pf_fragment')) return 'fragmenter';
  if (path.includes('pf_index')) return 'indeks-chunks';
  if (path.includes('pf_meta')) return 'meta';
  if (path.includes('wasm')) return 'wasm';
  if (path.endsWith('pagefind-worker.js')) return 'pagefind-worker.js';
  if (path.endsWith('pagefind.js')) return 'pagefind.js';
  if (path.includes('pagefind-ui')) return 'pagefind-ui';
  if (path.includes('pagefind-entry')) return 'entry.json';
  return 'side (html/css/js)';
}

async function coldSearch(browser: Browser, server: { url: string; log: Served[] }, mode: SearchMode): Promise<SearchSample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const path = mode === 'side' ? '/soeg/' : mode === 'ui' ? '/bench-pagefind-ui/' : '/bench-pagefind-api/';
    const opened = Date.now();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const inputSelector = mode === 'side' ? '#soegefelt, [data-search-form] input[type="search"]' : '.pagefind-ui__search-input';
    // Pagefind's UI shows empty result placeholders first; a result is there when its link is.
    const resultSelector = mode === 'side' ? '.search-result, [data-search-results] > li' : '.pagefind-ui__result-link';
    if (mode !== 'api') await page.locator(inputSelector).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const measured = await page.evaluate(async ({ mode, inputSelector, resultSelector, query }) => {
      const start = performance.now();
      let end: number;
      if (mode === 'api') {
        const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
        const response = await pagefind.search(query);
        await response.results[0]?.data();
        end = performance.now();
      } else {
        end = await new Promise<number>((done, fail) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector(resultSelector)) {
              observer.disconnect();
              done(performance.now());
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          const input = document.querySelector<HTMLInputElement>(inputSelector)!;
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          setTimeout(() => fail(new Error('ingen resultater inden for 15 s')), 15_000);
        });
      }
      return { ms: end - start, startEpoch: performance.timeOrigin + start, endEpoch: performance.timeOrigin + end };
    }, { mode, inputSelector, resultSelector, query: QUERY });
    await page.waitForLoadState('networkidle');
    // Clocks agree to the millisecond (same machine); allow 2 ms at each end of the window.
    const during = server.log.filter((r) => r.start >= measured.startEpoch - 2 && r.end <= measured.endEpoch + 2);
    const before = server.log.filter((r) => r.start >= opened && r.start < measured.startEpoch - 2);
    const byResource: Record<string, number> = {};
    for (const r of during) byResource[resourceKind(r.path)] = (byResource[resourceKind(r.path)] ?? 0) + r.bytes;
    return {
      ms: measured.ms,
      searchBytes: during.reduce((sum, r) => sum + r.bytes, 0),
      searchRequests: during.length,
      pageBytes: before.reduce((sum, r) => sum + r.bytes, 0),
      byResource,
    };
  } finally {
    await context.close();
  }
}

interface SearchResult { mode: SearchMode; label: string; ms: number; searchBytes: number; searchRequests: number; pageBytes: number; byResource: Record<string, number>; runs: number[] }

async function measureSearch(outDir: string, runs: number): Promise<{ results: SearchResult[]; error?: string }> {
  const hasOwnPage = existsSync(join(outDir, 'soeg', 'index.html'));
  // Throwaway pages in the temporary build only: Pagefind's default UI, and a blank page for the JS API.
  for (const [dir, html] of [['bench-pagefind-ui', PAGEFIND_UI_PAGE], ['bench-pagefind-api', BLANK_PAGE]] as const) {
    mkdirSync(join(outDir, dir), { recursive: true });
    writeFileSync(join(outDir, dir, 'index.html'), html);
  }
  let browser: Browser | undefined;
  const server = await serveCompressed(outDir);
  try {
    const { launchBrowser } = await import('../test/helpers/browser.ts');
    browser = await launchBrowser();
    const modes: [SearchMode, string][] = [
      ...(hasOwnPage ? [['side', 'projektets søgeside /soeg/'] as [SearchMode, string]] : []),
      ['api', 'Pagefind JS-API direkte'],
      ['ui', 'Pagefinds standard-UI'],
    ];
    const results: SearchResult[] = [];
    for (const [mode, label] of modes) {
      await coldSearch(browser, server, mode); // one throwaway run: Chromium's own start-up costs are not the site's
      const samples: SearchSample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await coldSearch(browser, server, mode));
      const typical = samples.find((s) => s.ms === median(samples.map((x) => x.ms))) ?? samples[0]!;
      results.push({
        mode, label, ms: median(samples.map((s) => s.ms)), searchBytes: median(samples.map((s) => s.searchBytes)),
        searchRequests: median(samples.map((s) => s.searchRequests)), pageBytes: median(samples.map((s) => s.pageBytes)),
        byResource: typical.byResource, runs: samples.map((s) => Math.round(s.ms)),
      });
    }
    return { results };
  } catch (error) {
    return { results: [], error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser?.close();
    await server.close();
  }
}

// --- Report -------------------------------------------------------------------------------------------------------

interface DatasetReport {
  name: string;
  directory: string;
  /** How the report names the directory. */
  shown: string;
  yamlBytes: number;
  check: ReturnType<typeof measureCheck>;
  build: BuildResult & { allWallMs: number[] };
  pagefindMs: number;
  /** The 1-minute load average when the measurement started: other work on the machine slows everything down. */
  load: number;
  profile?: BuildProfile;
  sizes: ReturnType<typeof measureSizes>;
  search: Awaited<ReturnType<typeof measureSearch>>;
  sourceBytes: number;
  documents: number;
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function datasetTables(report: DatasetReport): string {
  const { build, check, sizes, search } = report;
  const buildRows: string[][] = [
    [`Bygning i alt (astro build inkl. datakontrol og Pagefind), median af ${build.allWallMs.length}`, `${seconds(build.wallMs)} (${build.allWallMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`],
    ...build.phases.map((phase) => [`  ↳ ${phase.name}`, seconds(phase.ms)]),
    ...(build.cpuMs !== undefined ? [['  CPU-tid for Node-processen (user + sys, /usr/bin/time)', seconds(build.cpuMs)]] : []),
    ['Topforbrug af hukommelse, hele procestræet (sum af RSS, /proc hver 50 ms)', mb(build.peakTreeRss)],
    ...Object.entries(build.peakByName).filter(([, rss]) => rss > 20 * 1024 * 1024).sort((a, b) => b[1] - a[1]).map(([name, rss]) => [`  ↳ største proces "${name}"`, mb(rss)]),
    ...(build.timeMaxRss !== undefined ? [['Største enkeltproces ifølge /usr/bin/time -v', mb(build.timeMaxRss)]] : []),
    [`Kontrollen: checkDataset, kold, median af ${check.runs} friske processer`, millis(check.coldMs)],
    ['  ↳ indlæsning af filerne (loadDatasetFromDisk)', millis(check.loadMs)],
    ['  ↳ samme kontrol igen i samme proces (varm)', millis(check.warmMs)],
    ['  ↳ heraf YAML-parsning med positioner (parseYaml på alle filer, varm)', millis(check.yamlMs)],
    ...(report.profile ? [
      [`CPU-profil af én bygning (node --cpu-prof, ${seconds(report.profile.totalMs)} med profilering)`, 'inklusiv tid'],
      ...report.profile.categories.map((c) => [`  ↳ ${c.name}${c.name.startsWith('datakontrol') ? `, kørt ${report.profile!.checkCalls} gange` : ''}`, seconds(c.ms)]),
    ] : []),
    ['Pagefind alene (indexSite på den byggede mappe, median af 3)', seconds(report.pagefindMs)],
    ['Sider', String(sizes.pages)],
    ['Hele dist/', mb(sizes.totalBytes)],
    ['Pagefind-indeks (dist/pagefind i alt)', `${mb(sizes.pagefindBytes)} i ${sizes.pagefindFiles} filer`],
    ...Object.entries(sizes.pagefindParts).sort((a, b) => b[1] - a[1]).map(([part, bytes]) => [`  ↳ ${part}`, kb(bytes)]),
    ['Al CSS (gzip)', `${kb(sizes.cssGzip)} (${sizes.css.map((c) => `${c.href.split('/').pop()}: ${kb(c.raw)} rå`).join(', ')})`],
  ];
  const typeRows = PAGE_TYPES.flatMap((type) => {
    const stats = sizes.types[type];
    if (!stats) return [];
    return [[type, String(stats.count), kb(stats.gzipMedian), `${kb(stats.gzipMax)} (${stats.gzipMaxUrl})`, kb(stats.htmlMedian), stats.jsMax === 0 ? '0' : `${kb(stats.jsMedian)} / ${kb(stats.jsMax)} (gzip ${kb(stats.jsGzipMax)})`]];
  });
  const searchRows = search.results.map((r) => [
    r.label, millis(r.ms), `${kb(r.searchBytes)} i ${r.searchRequests} filer`, kb(r.pageBytes), r.runs.join(', '),
  ]);
  const searchBreakdown = search.results.map((r) => `${r.label}: ${Object.entries(r.byResource).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
  return [
    `#### ${report.name}`,
    '',
    `${report.documents} dokumenter i \`${report.shown}\`: ${mb(report.yamlBytes)} YAML og ${mb(report.sourceBytes - report.yamlBytes)} kildetekst (i snit ${kb(report.yamlBytes / report.documents)} YAML og ${kb((report.sourceBytes - report.yamlBytes) / report.documents)} kildetekst pr. dokument); kontrollen: ${check.errors} fejl, ${check.warnings} advarsler. Maskinens belastning ved start (1 min.): ${report.load.toFixed(1)}.`,
    '',
    table(['Måling', 'Resultat'], buildRows),
    '',
    table(['Sidetype', 'Sider', 'HTML gzip, median', 'HTML gzip, største', 'HTML rå, median', 'JavaScript, median / største'], typeRows),
    '',
    search.error
      ? `Søgning i Chromium kunne ikke måles: ${search.error}`
      : [
          table(['Kold søgning efter "behandlingsgaranti"', 'Til første resultat', 'Overført for søgningen', 'Siden selv før søgningen', 'Alle kørsler (ms)'], searchRows),
          '',
          ...searchBreakdown.map((line) => `- ${line}`),
        ].join('\n'),
  ].join('\n');
}

interface Target { name: string; value: string; limit: string; ok: boolean; miss?: string; why?: string }

function targets(corpus: DatasetReport | undefined, real: DatasetReport | undefined): Target[] {
  const list: Target[] = [];
  const main = corpus ?? real;
  if (!main) return list;
  const label = corpus ? 'korpus' : 'rigtige data';
  const b = main.build;
  const largestPhase = [...b.phases].sort((x, y) => y.ms - x.ms)[0];
  const pagesPhase = b.phases.find((p) => p.name === 'sidegenerering');
  const phaseText = b.phases.map((p) => `${p.name} ${seconds(p.ms)}`).join(', ');
  list.push({
    name: `Bygget og indekseret (${label})`, value: seconds(b.wallMs), limit: '≤ 8 s', ok: b.wallMs <= 8000,
    miss: `${seconds(b.wallMs - 8000)} for langsomt (${Math.round((b.wallMs / 8000) * 100)} % af målet)`,
    why: `Tiden fordeler sig: ${phaseText}. Størst er ${largestPhase?.name ?? '?'}${pagesPhase ? `; ${main.sizes.pages} sider på ${seconds(pagesPhase.ms)} er ${(pagesPhase.ms / main.sizes.pages).toFixed(1)} ms pr. side` : ''}. Pagefind alene tager ${seconds(main.pagefindMs)} på den færdige mappe.${profileText(main.profile)} Maskinen har ${cpus().length} kerner${main.load > 1 ? `, og belastningen fra andet arbejde var ${main.load.toFixed(1)}, da målingen begyndte` : ''}.`,
  });
  const biggest = Object.entries(b.peakByName).sort((x, y) => y[1] - x[1])[0];
  list.push({
    name: `Topforbrug af hukommelse (${label})`, value: mb(b.peakTreeRss), limit: '≤ 1 GiB', ok: b.peakTreeRss <= 1024 ** 3,
    miss: `${mb(b.peakTreeRss - 1024 ** 3)} over`,
    why: `Summen af RSS for alle processer i bygningen: ${Object.entries(b.peakByName).filter(([, rss]) => rss > 20 * 1024 * 1024).sort((x, y) => y[1] - x[1]).map(([name, rss]) => `"${name}" topper med ${mb(rss)}`).join(', ')}. Pagefind indekserer først, når Astros proces er afsluttet; toppen er Astros egen bygning (data, Vite og renderede sider)${main.profile ? `; datakontrollen kører ${main.profile.checkCalls} gang(e) i processen` : ''}. Største enkeltproces er "${biggest?.[0]}" med ${mb(biggest?.[1] ?? 0)}${b.peakTreeRss > 1024 ** 3 && (biggest?.[1] ?? 0) <= 1024 ** 3 ? ', altså under 1 GiB alene' : ''}.`,
  });
  list.push({
    name: `Kontrollen (${label}, kold)`, value: millis(main.check.coldMs), limit: '≤ 1 s', ok: main.check.coldMs <= 1000,
    miss: `${millis(main.check.coldMs - 1000)} over`,
    why: `Indlæsning af filerne tager yderligere ${millis(main.check.loadMs)}; varm (normaliserede kilder genbrugt) ${millis(main.check.warmMs)}; YAML-parsningen med positioner (yaml.parseDocument med LineCounter) af alle filerne tager alene ${millis(main.check.yamlMs)} og er det, der dominerer. ${main.sizes.pages ? `Data: ${mb(main.yamlBytes)} YAML mod ${mb(main.sourceBytes - main.yamlBytes)} kildetekst.` : ''}`,
  });
  for (const report of [corpus, real]) {
    if (!report) continue;
    const s = report.sizes;
    const name = report === corpus ? 'korpus' : 'rigtige data';
    const jsTypes = PAGE_TYPES.filter((t) => !TOOL_TYPES.has(t) && (s.types[t]?.jsMax ?? 0) > 0);
    const jsContentPages = s.jsPages.filter((u) => !TOOL_TYPES.has(pageType(u)));
    list.push({
      name: `Indholdssider uden JavaScript (${name})`, value: s.contentJsMax === 0 ? '0 B' : kb(s.contentJsMax), limit: '0 B', ok: s.contentJsMax === 0,
      miss: `${kb(s.contentJsMax)} på den tungeste side`,
      why: `JavaScript på ${jsContentPages.length} sider af typen ${jsTypes.join(', ')}: ${jsContentPages.slice(0, 3).join(', ')}${jsContentPages.length > 3 ? ' …' : ''} (værktøjssiderne /soeg/ og /tjek/ tælles ikke med).`,
    });
    const doc = s.types.dokument;
    if (doc) {
      list.push({
        name: `Dokumentside, HTML gzip (${name})`, value: `median ${kb(doc.gzipMedian)}, største ${kb(doc.gzipMax)}`, limit: '≤ 8 KB', ok: doc.gzipMax <= 8 * 1024,
        miss: `største ${kb(doc.gzipMax - 8 * 1024)} over${doc.gzipMedian > 8 * 1024 ? `, median ${kb(doc.gzipMedian - 8 * 1024)} over` : ', medianen holder'}`,
        why: `Den største er ${doc.gzipMaxUrl} (${kb(doc.htmlMax)} rå). En dokumentside gengiver hele dokumentets afsnit ordret og alle dets fakta med uddrag; siden vokser med dokumentet.`,
      });
    }
    list.push({
      name: `Al CSS gzip (${name})`, value: kb(s.cssGzip), limit: '≤ 15 KB', ok: s.cssGzip <= 15 * 1024,
      miss: `${kb(s.cssGzip - 15 * 1024)} over`, why: s.css.map((c) => `${c.href}: ${kb(c.raw)} rå, ${kb(c.gzip)} gzip`).join('; '),
    });
  }
  const search = main.search.results;
  const own = search.find((r) => r.mode === 'side') ?? search.find((r) => r.mode === 'api');
  const api = search.find((r) => r.mode === 'api');
  const ui = search.find((r) => r.mode === 'ui');
  const parts = (r: SearchResult) => Object.entries(r.byResource).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ');
  const baseline = api && own && api !== own
    ? ` Pagefinds JS-API alene (indlæs pagefind.js, søg, hent det første resultats data) tager ${millis(api.ms)} og ${kb(api.searchBytes)} (${parts(api)}); søgesiden henter derudover data for op til 20 resultater, før den viser det første (${own.byResource.fragmenter ? kb(own.byResource.fragmenter) : '0 KB'} fragmenter).`
    : '';
  if (own) {
    list.push({
      name: `Kold søgning, tid til første resultat (${own.label}, ${label})`, value: millis(own.ms), limit: '≤ 150 ms', ok: own.ms <= 150,
      miss: `${millis(own.ms - 150)} over`, why: `Hentet undervejs: ${parts(own)}.${baseline}`,
    });
    list.push({
      name: `Kold søgning, overført (${own.label}, ${label})`, value: kb(own.searchBytes), limit: '≤ 100 KB', ok: own.searchBytes <= 100 * 1024,
      miss: `${kb(own.searchBytes - 100 * 1024)} over`,
      why: `Fordelt: ${parts(own)}. Pagefinds wasm, pagefind.js og worker er alene ${kb((own.byResource.wasm ?? 0) + (own.byResource['pagefind.js'] ?? 0) + (own.byResource['pagefind-worker.js'] ?? 0))}, før der hentes indeks eller resultater.${baseline}`,
    });
    if (ui) {
      const ratio = ui.ms / own.ms;
      list.push({
        name: `Hurtigere end Pagefinds standard-UI (${label})`, value: `${ratio.toFixed(1)}× (${millis(ui.ms)} mod ${millis(own.ms)})`, limit: '≥ 4×', ok: ratio >= 4,
        miss: `${ratio.toFixed(1)}× i stedet for 4×`,
        why: `Standard-UI'et venter 300 ms (debounceTimeoutMs), før det søger, og viser så resultatet, når dets data er hentet; 4× ville kræve ${millis(ui.ms / 4)} til første resultat${api ? `, mindre end Pagefinds JS-API alene bruger (${millis(api.ms)})` : ''}.`,
      });
    }
  }
  return list;
}

function profileText(profile: BuildProfile | undefined): string {
  if (!profile) return '';
  const parts = profile.categories.filter((c) => c.ms >= 100).map((c) => `${c.name} ${seconds(c.ms)}`);
  return ` CPU-profilen af én bygning (${seconds(profile.totalMs)} med profilering) viser: ${parts.join(', ')}; datakontrollen kører ${profile.checkCalls} gange pr. bygning.`;
}

function summary(list: Target[]): string {
  return table(['Mål', 'Målt', 'Grænse', 'Holder?'], list.map((t) => [t.name, t.value, t.limit, t.ok ? 'ja' : `**nej**: ${t.miss}`]));
}

function readmeSection(reports: DatasetReport[], list: Target[], when: string): string {
  const misses = list.filter((t) => !t.ok);
  const first = reports[0]!;
  return [
    '## Ydelse (benchmark)',
    '',
    `Målt med \`npm run bench\` (${when}; ${cpus().length} kerner, ${mb(totalmem())} RAM, Node ${process.versions.node}, judgement-dato ${TODAY}).`,
    'Korpusset er syntetisk (`npm run corpus -- --kommuner 98`, 3 dokumenter pr. kommune, deterministisk); det ligger i `.corpus/`',
    'og bruges kun, når `RUSMIDDEL_DATA_DIR` peger på det. Bygningen er `astro build --outDir` i en kopi af projektet (så samtidige',
    'bygninger i arbejdskopien ikke fjerner hinandens prerender-filer i `.astro/`); vægtid måles udefra, som median af flere bygninger,',
    `hukommelse som summen af RSS for hele procestræet (Node og Pagefinds binær), aflæst i /proc hver 50 ms${first.build.timeTool ? ', og som største enkeltproces og CPU-tid fra `/usr/bin/time -v`' : ' (`/usr/bin/time` findes ikke her)'}.`,
    'Kontrollen måles i friske processer (kold, som `npm run check`). Søgningen måles koldt i Chromium (ny browserkontekst, tom cache)',
    'mod en lokal server, der gzipper HTML, CSS og JS som en almindelig statisk vært; tid er fra forespørgslen skrives i feltet, til',
    'det første resultat står på siden, og bytes er det, serveren sendte i det tidsrum (også til Pagefinds web worker), median af 5.',
    'Maskinen kan være delt med andet arbejde; belastningen ved start står ved hvert datasæt.',
    '',
    '### Mål',
    '',
    summary(list),
    '',
    ...(misses.length ? ['### Hvor målene ikke nås, og hvorfor', '', ...misses.map((t) => `- **${t.name}**: ${t.value} mod ${t.limit}, ${t.miss}. ${t.why ?? ''}`), ''] : []),
    '### Målinger',
    '',
    ...reports.flatMap((report) => [datasetTables(report), '']),
  ].join('\n');
}

/** Replaces (or appends) the "## Ydelse (benchmark)" section; the rest of README.md is left as it is. */
function replaceReadmeSection(readme: string, section: string): string {
  const heading = '## Ydelse (benchmark)';
  const start = readme.indexOf(`\n${heading}\n`);
  const body = section.trimEnd();
  if (start < 0) return `${readme.trimEnd()}\n\n${body}\n`;
  const next = readme.indexOf('\n## ', start + heading.length + 1);
  return `${readme.slice(0, start + 1)}${body}\n${next < 0 ? '' : readme.slice(next)}`;
}

function directoryBytes(directory: string, suffix = ''): number {
  return filesUnder(directory).filter((file) => file.endsWith(suffix)).reduce((sum, file) => sum + statSync(file).size, 0);
}

async function measureDataset(name: string, directory: string, shown: string, runs: number, buildRuns: number, project: string, withProfile: boolean): Promise<DatasetReport> {
  const load = loadavg()[0]!;
  process.stderr.write(`\n[${name}] kontrol …\n`);
  const check = measureCheck(directory, runs);
  process.stderr.write(`[${name}] bygning …\n`);
  const outDir = join(project, `bygget-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
  // Several builds, because the machine may be shared: the median build is reported, and the highest memory peak.
  const builds: BuildResult[] = [];
  for (let i = 0; i < buildRuns; i++) {
    rmSync(outDir, { recursive: true, force: true });
    const result = await measureBuild(project, directory, outDir);
    if (!result.ok) throw new Error(`Bygningen af ${name} fejlede:\n${result.log.split('\n').slice(-30).join('\n')}`);
    builds.push(result);
  }
  const medianWall = median(builds.map((b) => b.wallMs));
  const build = { ...(builds.find((b) => b.wallMs === medianWall) ?? builds[0]!), allWallMs: builds.map((b) => b.wallMs) };
  build.peakTreeRss = Math.max(...builds.map((b) => b.peakTreeRss));
  build.timeMaxRss = builds.some((b) => b.timeMaxRss !== undefined) ? Math.max(...builds.map((b) => b.timeMaxRss ?? 0)) : undefined;
  build.peakByName = {};
  for (const b of builds) for (const [k, v] of Object.entries(b.peakByName)) build.peakByName[k] = Math.max(build.peakByName[k] ?? 0, v);
  let profile: BuildProfile | undefined;
  if (withProfile) {
    process.stderr.write(`[${name}] profileret bygning …\n`);
    profile = await profileBuild(project, directory, `${outDir}-profil`);
    rmSync(`${outDir}-profil`, { recursive: true, force: true });
  }
  process.stderr.write(`[${name}] størrelser, Pagefind alene, søgning …\n`);
  const sizes = measureSizes(outDir);
  const pagefindMs = await measurePagefind(outDir, 3);
  const search = await measureSearch(outDir, runs);
  return {
    name, directory, shown, check, build, pagefindMs, sizes, search, load, profile,
    yamlBytes: directoryBytes(join(directory, 'kommuner')),
    sourceBytes: directoryBytes(join(directory, 'kommuner')) + directoryBytes(join(directory, 'sources'), '.txt'),
    documents: check.documents,
  };
}

/** True when `directory` holds the corpus this generator writes today for `kommuner` (same files, same requirements). */
function corpusIsCurrent(directory: string, kommuner: number): boolean {
  const marker = join(directory, CORPUS_MARKER);
  if (!existsSync(marker)) return false;
  const existing = JSON.parse(readFileSync(marker, 'utf8')) as { kommuner?: number; sha256?: string };
  if (existing.kommuner !== kommuner || existing.sha256 !== corpusHash(generateCorpus({ kommuner }))) return false;
  const requirements = join(ROOT, 'data', 'requirements');
  return readdirSync(requirements).every((name) => {
    const copy = join(directory, 'requirements', name);
    return existsSync(copy) && readFileSync(copy).equals(readFileSync(join(requirements, name)));
  });
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      kommuner: { type: 'string', default: '98' },
      korpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
      koersler: { type: 'string', default: '5' },
      bygninger: { type: 'string', default: '3' },
      kun: { type: 'string' },
      'ingen-readme': { type: 'boolean', default: false },
      'uden-profil': { type: 'boolean', default: false },
      'kontrol-worker': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values['kontrol-worker']) {
    checkWorker(values['kontrol-worker']);
    return 0;
  }
  if (values.help) {
    process.stdout.write('Brug: npm run bench [-- --kommuner 98] [--korpus .corpus] [--koersler 5] [--bygninger 3] [--kun data|korpus] [--ingen-readme]\n');
    return 0;
  }
  const runs = Number(values.koersler);
  const buildRuns = Math.max(1, Number(values.bygninger));
  const kommuner = Number(values.kommuner);
  const corpusDirectory = resolve(values.korpus);
  const work = mkdtempSync(join(tmpdir(), 'rusmiddel-bench-'));
  const reports: DatasetReport[] = [];
  try {
    const project = snapshotProject(work);
    if (values.kun !== 'korpus') reports.push(await measureDataset('Rigtige data (data/)', join(project, 'data'), 'data/', runs, buildRuns, project, false));
    if (values.kun !== 'data') {
      if (!corpusIsCurrent(corpusDirectory, kommuner)) {
        process.stderr.write(`Genererer korpus med ${kommuner} kommuner i ${corpusDirectory} …\n`);
        writeCorpus(corpusDirectory, { kommuner });
      }
      reports.push(await measureDataset(`Syntetisk korpus, ${kommuner} kommuner`, corpusDirectory, relative(ROOT, corpusDirectory) || corpusDirectory, runs, buildRuns, project, !values['uden-profil']));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const corpus = reports.find((r) => r.directory === corpusDirectory);
  const real = reports.find((r) => r.directory !== corpusDirectory);
  const list = targets(corpus, real);
  for (const report of reports) process.stdout.write(`\n${datasetTables(report)}\n`);
  process.stdout.write(`\n### Mål\n\n${summary(list)}\n`);
  for (const t of list.filter((x) => !x.ok)) process.stdout.write(`- ${t.name}: ${t.miss}. ${t.why ?? ''}\n`);
  if (!values['ingen-readme'] && values.kun === undefined) {
    const readmePath = join(ROOT, 'README.md');
    const when = new Date().toISOString().slice(0, 10);
    writeFileSync(readmePath, replaceReadmeSection(readFileSync(readmePath, 'utf8'), readmeSection(reports, list, when)));
    process.stdout.write('\nREADME.md: afsnittet "## Ydelse (benchmark)" er opdateret.\n');
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code), (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 2;
});
