import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtHtmlFiles, urlPathOf } from './built-site.ts';
import { ROOT } from './dataset.ts';

const PAGES = join(ROOT, 'src', 'pages');
const PAGE_EXTENSIONS = /\.(astro|mdx|md)$/;

/** One route file under src/pages and the built pages it made. */
export interface RouteTemplate {
  /** The route file, e.g. src/pages/kommuner/[kommune]/index.astro */
  readonly file: string;
  /** URL paths of its built pages, smallest HTML first. */
  readonly pages: string[];
}

/** Route files that make HTML (endpoints such as *.json.ts make data, not pages), static routes before dynamic ones. */
function routeFiles(directory = PAGES): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return PAGE_EXTENSIONS.test(entry) ? [relative(ROOT, path)] : [];
  });
}

/** A route's segments: src/pages/kommuner/[kommune]/index.astro → ['kommuner', '[kommune]']. */
function routeSegments(file: string): string[] {
  const segments = relative(join('src', 'pages'), file).replace(PAGE_EXTENSIONS, '').split('/');
  return segments.at(-1) === 'index' ? segments.slice(0, -1) : segments;
}

/** A URL path's segments: /kommuner/x/ → ['kommuner', 'x']; /404.html → ['404']. */
function pathSegments(path: string): string[] {
  return path
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
}

function matches(route: string[], path: string[]): boolean {
  if (route.at(-1)?.startsWith('[...')) return path.length >= route.length - 1 && route.slice(0, -1).every((s, i) => matchesSegment(s, path[i]!));
  return route.length === path.length && route.every((s, i) => matchesSegment(s, path[i]!));
}

const matchesSegment = (route: string, path: string): boolean => route.startsWith('[') || route === path;
const dynamicCount = (segments: string[]): number => segments.filter((s) => s.startsWith('[')).length;

/**
 * Groups every built page under the route file that made it, as Astro does: a static route wins over a dynamic one.
 * Pages no route explains are returned under file '?' so a test can fail on them rather than skip them.
 */
export function routeTemplates(): RouteTemplate[] {
  const routes = routeFiles()
    .map((file) => ({ file, segments: routeSegments(file) }))
    .sort((a, b) => dynamicCount(a.segments) - dynamicCount(b.segments));
  const byFile = new Map<string, { path: string; size: number }[]>();
  for (const html of builtHtmlFiles()) {
    const path = urlPathOf(html);
    const file = routes.find((route) => matches(route.segments, pathSegments(path)))?.file ?? '?';
    byFile.set(file, [...(byFile.get(file) ?? []), { path, size: statSync(html).size }]);
  }
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, pages]) => ({
      file,
      pages: pages.sort((a, b) => a.size - b.size || a.path.localeCompare(b.path)).map((page) => page.path),
    }));
}

/**
 * One or two pages that stand for their template: the biggest (most content: longest tables, most findings) and
 * the smallest (the sparse case, e.g. a kommune without a document), which between them exercise both ends.
 */
export function representativePages(template: RouteTemplate): string[] {
  return [...new Set([template.pages.at(-1)!, template.pages[0]!])];
}
