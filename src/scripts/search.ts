import { da } from '../i18n/da.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; datering?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
/** How many results must be on the page before the live region announces the count. */
const FIRST_RESULTS = 5;
/** Words a citizen types around the real question; Pagefind requires every word to match, so they are dropped when a query finds nothing. */
const STOPWORDS: ReadonlySet<string> = new Set(da.search.stopwords);
const MAX_SECTIONS = 3;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

let pagefind: Promise<Pagefind> | undefined;
/**
 * Loads and initialises Pagefind once: its script, wasm, entry and meta files. Started when the page is idle or the
 * field gets focus, so a first query only has to fetch its index chunk and results. Without the web worker: measured
 * with `npm run bench`, the worker costs an extra script and a round trip of messages for every result, and searching
 * this index on the main thread takes a few milliseconds.
 */
function loadPagefind(): Promise<Pagefind> {
  // The index is written after Astro builds, so it is loaded at run time, not bundled.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpts mark hits with <mark>; everything else in them is text from our own pages. */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-excerpt');
  paragraph.innerHTML = html;
  return paragraph;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a', undefined, result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  const context = [...(result.filters.kommune ?? []), ...(result.filters.dokumenttype ?? []), ...(result.filters.emne ?? [])];
  item.append(heading);
  // A dated or undated source is marked in the result too, not only on the page it leads to.
  if (result.meta.datering) context.push(result.meta.datering);
  if (context.length) item.append(element('p', 'row-meta', context.join(' · ')));
  item.append(excerpt(result.excerpt));
  const sections = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, MAX_SECTIONS);
  if (sections.length) {
    const sectionList = element('ul', 'search-sections');
    sectionList.setAttribute('aria-label', da.search.sectionsLabel);
    for (const section of sections) {
      const sectionItem = element('li');
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = section.url;
      sectionItem.append(sectionLink);
      sectionList.append(sectionItem);
    }
    item.append(sectionList);
  }
  return item;
}

/** Announces how many results were found in all (or clears the announcement). */
function announce(query: string, total: number): void {
  status.textContent = query ? da.search.count(total, query) : '';
}

let searchGeneration = 0;

/**
 * Pagefind matches pages containing every word. Citizens ask whole questions ("hvor længe skal jeg vente"), so when
 * the full query finds nothing, the filler words are dropped, and then any page matching any word is ranked by score.
 */
async function findWithFallback(api: Pagefind, query: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  const full = await api.search(query, { filters });
  if (full.results.length) return full.results;
  const words = query
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOPWORDS.has(word));
  if (words.length === 0) return [];
  const content = await api.search(words.join(' '), { filters });
  if (content.results.length || words.length === 1) return content.results;
  const perWord = await Promise.all(words.map((word) => api.search(word, { filters })));
  const scores = new Map<string, PagefindResult>();
  const total = new Map<string, number>();
  for (const result of perWord.flatMap((response) => response.results)) {
    scores.set(result.id, result);
    total.set(result.id, (total.get(result.id) ?? 0) + result.score);
  }
  return [...scores.values()].sort((a, b) => total.get(b.id)! - total.get(a.id)!);
}

async function search(): Promise<void> {
  const query = input.value.trim();
  const filters = Object.fromEntries(filterSelects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));
  const generation = ++searchGeneration;
  if (!query) {
    list.replaceChildren();
    announce('', 0);
    return;
  }
  const api = await loadPagefind();
  const all = await findWithFallback(api, query, filters);
  if (generation !== searchGeneration) return; // a newer query has started
  const found = all.slice(0, MAX_RESULTS);
  if (!found.length) {
    list.replaceChildren();
    announce(query, 0);
    return;
  }
  // Each result's data is a separate fetch, and each result is shown as soon as its own data arrives, in rank order.
  // The first is fetched alone, so nothing competes with it; then the rest at once. The live region announces the
  // count once the first few are in place, so a screen reader user hears it together with them.
  const items: (HTMLLIElement | undefined)[] = found.map(() => undefined);
  const firstFew = Math.min(FIRST_RESULTS, found.length);
  let announced = false;
  const show = async (index: number): Promise<void> => {
    const data = await found[index]!.data();
    if (generation !== searchGeneration) return;
    // The previous query's results stay until this one has something to show.
    if (items.every((shown) => shown === undefined)) list.replaceChildren();
    const item = resultItem(data);
    items[index] = item;
    list.insertBefore(item, items.slice(index + 1).find((later) => later !== undefined) ?? null);
    if (!announced && items.slice(0, firstFew).every((shown) => shown !== undefined)) {
      announced = true;
      announce(query, all.length);
    }
  };
  await show(0);
  if (generation !== searchGeneration) return;
  await Promise.all(found.slice(1).map((_, index) => show(index + 1)));
  if (generation !== searchGeneration) return;
  const url = new URL(window.location.href);
  url.searchParams.set('q', query);
  history.replaceState(null, '', url);
}

form.hidden = false;
document.querySelector('[data-search-fallback-intro]')?.setAttribute('hidden', '');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
input.addEventListener('input', () => void search());
for (const select of filterSelects) select.addEventListener('change', () => void search());
input.addEventListener('focus', () => void loadPagefind(), { once: true });
// Otherwise the engine loads when the browser has nothing else to do, so the first query does not wait for it.
if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPagefind(), { timeout: 2000 });
else setTimeout(() => void loadPagefind(), 200);
const initial = new URL(window.location.href).searchParams.get('q');
// A kommune's name from the kommune picker (on /rettigheder/ and the home page) goes straight to its rights page.
const kommunePages = JSON.parse(document.querySelector<HTMLElement>('[data-kommune-pages]')?.dataset.kommunePages ?? '{}') as Record<string, string>;
const kommunePage = initial ? kommunePages[initial.trim().toLocaleLowerCase('da')] : undefined;
if (kommunePage) window.location.replace(kommunePage);
else if (initial) {
  input.value = initial;
  void search();
}
