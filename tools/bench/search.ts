/**
 * Cold search in Chromium against the built site served gzipped on loopback (test/helpers/static-server.ts): the
 * project's /soeg/, Pagefind's bare JS API (with and without its worker) and Pagefind's default UI, side by side.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { serveStatic, type Served } from '../../test/helpers/static-server.ts';
import { median, QUERY } from './common.ts';

export type SearchMode = 'side' | 'api' | 'api-uden-worker' | 'ui';

interface SearchSample {
  ms: number;
  searchBytes: number;
  searchRequests: number;
  pageBytes: number;
  byResource: Record<string, number>;
}
export interface SearchResult extends SearchSample {
  mode: SearchMode;
  label: string;
  runs: number[];
}

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

/**
 * One cold search in a new browser context (empty cache). Time: from the query being typed (or, for the bare API, the
 * call) to the first result on the page (its data fetched). Bytes: every response requested during that time, plus the
 * Pagefind files the page fetched before it (a page that loads the engine while idle pays the same bytes, earlier).
 */
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
    if (mode === 'side' || mode === 'ui') await page.locator(inputSelector).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const measured = await page.evaluate(
      async ({ mode, inputSelector, resultSelector, query }) => {
        const start = performance.now();
        let end: number;
        if (mode === 'api' || mode === 'api-uden-worker') {
          const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
          if (mode === 'api-uden-worker') await pagefind.options({ noWorker: true });
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
      },
      { mode, inputSelector, resultSelector, query: QUERY },
    );
    await page.waitForLoadState('networkidle');
    // What the page asked for from the query until the first result showed (clocks agree to the millisecond on one
    // machine; 2 ms of slack): by request start, as a response's logged end can trail the browser on a busy machine.
    const during = server.log.filter((r) => r.start >= measured.startEpoch - 2 && r.start <= measured.endEpoch);
    const before = server.log.filter((r) => r.start >= opened && r.start < measured.startEpoch - 2);
    const preloaded = before.filter((r) => r.path.startsWith('/pagefind/') && !r.path.includes('pagefind-ui'));
    const counted = [...preloaded, ...during];
    const byResource: Record<string, number> = {};
    for (const r of counted) byResource[resourceKind(r.path)] = (byResource[resourceKind(r.path)] ?? 0) + r.bytes;
    return {
      ms: measured.ms,
      searchBytes: counted.reduce((sum, r) => sum + r.bytes, 0),
      searchRequests: counted.length,
      pageBytes: before.filter((r) => !preloaded.includes(r)).reduce((sum, r) => sum + r.bytes, 0),
      byResource,
    };
  } finally {
    await context.close();
  }
}

export async function measureSearch(outDir: string, runs: number): Promise<{ results: SearchResult[]; error?: string }> {
  const hasOwnPage = existsSync(join(outDir, 'soeg', 'index.html'));
  // Throwaway pages in the temporary build only: Pagefind's default UI, and a blank page for the JS API.
  for (const [dir, html] of [
    ['bench-pagefind-ui', PAGEFIND_UI_PAGE],
    ['bench-pagefind-api', BLANK_PAGE],
  ] as const) {
    mkdirSync(join(outDir, dir), { recursive: true });
    writeFileSync(join(outDir, dir, 'index.html'), html);
  }
  let browser: Browser | undefined;
  const log: Served[] = [];
  const server = await serveStatic(outDir, { gzip: true, log });
  try {
    browser = await launchBrowser();
    const modes: [SearchMode, string][] = [
      ...(hasOwnPage ? [['side', 'projektets søgeside /soeg/'] as [SearchMode, string]] : []),
      ['api', 'Pagefinds JS-API direkte (med worker)'],
      ['api-uden-worker', 'Pagefinds JS-API direkte, noWorker'],
      ['ui', 'Pagefinds standard-UI'],
    ];
    const results: SearchResult[] = [];
    // Interleaved rounds, so a burst of load on the shared machine hits every mode alike.
    const samples = new Map<SearchMode, SearchSample[]>(modes.map(([mode]) => [mode, []]));
    for (const [mode] of modes) await coldSearch(browser, { url: server.url, log }, mode); // Chromium's own start-up is not the site's
    for (let i = 0; i < runs; i++) for (const [mode] of modes) samples.get(mode)!.push(await coldSearch(browser, { url: server.url, log }, mode));
    for (const [mode, label] of modes) {
      const list = samples.get(mode)!;
      const typical = list.find((s) => s.ms === median(list.map((x) => x.ms))) ?? list[0]!;
      results.push({
        mode,
        label,
        ms: median(list.map((s) => s.ms)),
        searchBytes: median(list.map((s) => s.searchBytes)),
        searchRequests: median(list.map((s) => s.searchRequests)),
        pageBytes: median(list.map((s) => s.pageBytes)),
        byResource: typical.byResource,
        runs: list.map((s) => Math.round(s.ms)),
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
