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
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
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
function loadPagefind(): Promise<Pagefind> {
  // The index is written after Astro builds, so it is loaded at run time, not bundled.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
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

/** Shows the first results and announces how many were found in all. */
function render(results: PagefindResultData[], query: string, total: number): void {
  list.replaceChildren(...results.map(resultItem));
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
  const words = query.toLocaleLowerCase('da').split(/[^\p{L}\p{N}]+/u).filter((word) => word && !STOPWORDS.has(word));
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
  if (!query) {
    render([], '', 0);
    return;
  }
  const generation = ++searchGeneration;
  const api = await loadPagefind();
  const found = await findWithFallback(api, query, filters);
  if (generation !== searchGeneration) return; // a newer query has started
  // Each result's data is a separate fetch: show the first few at once, then the rest.
  const first = await Promise.all(found.slice(0, FIRST_RESULTS).map((result) => result.data()));
  if (generation !== searchGeneration) return;
  render(first, query, found.length);
  const rest = await Promise.all(found.slice(FIRST_RESULTS, MAX_RESULTS).map((result) => result.data()));
  if (generation !== searchGeneration) return;
  list.append(...rest.map(resultItem));
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
const initial = new URL(window.location.href).searchParams.get('q');
// A kommune's name from the kommune picker (on /rettigheder/ and the home page) goes straight to its rights page.
const kommunePages = JSON.parse(document.querySelector<HTMLElement>('[data-kommune-pages]')?.dataset.kommunePages ?? '{}') as Record<string, string>;
const kommunePage = initial ? kommunePages[initial.trim().toLocaleLowerCase('da')] : undefined;
if (kommunePage) window.location.replace(kommunePage);
else if (initial) {
  input.value = initial;
  void search();
}
