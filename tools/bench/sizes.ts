/**
 * Sizes of the built site: pages by type (HTML and JavaScript, raw and gzip), CSS, the Pagefind bundle, and what a
 * document page adds to the text it transcribes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { filesUnder, gzipSize, median } from './common.ts';

export const PAGE_TYPES = ['forside', 'kommune', 'dokument', 'emner', 'krav', 'love', 'søg', 'tjek', 'øvrige'] as const;
/** Tools that are applications, not content: JavaScript is their point. */
export const TOOL_TYPES: ReadonlySet<PageType> = new Set(['søg', 'tjek']);
export type PageType = (typeof PAGE_TYPES)[number];

export function pageType(urlPath: string): PageType {
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

export interface TypeStats {
  count: number;
  htmlMedian: number;
  htmlMax: number;
  gzipMedian: number;
  gzipMax: number;
  gzipMaxUrl: string;
  jsMedian: number;
  jsMax: number;
  jsGzipMax: number;
}

export function measureSizes(outDir: string) {
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
      htmlMedian: median(pages.map((p) => p.raw)),
      htmlMax: Math.max(...pages.map((p) => p.raw)),
      gzipMedian: median(pages.map((p) => p.gzip)),
      gzipMax: largest.gzip,
      gzipMaxUrl: largest.url,
      jsMedian: median(pages.map((p) => p.js)),
      jsMax: Math.max(...pages.map((p) => p.js)),
      jsGzipMax: Math.max(...pages.map((p) => p.jsGzip)),
    };
  }
  const css = [...stylesheets].sort().map((href) => ({ href, ...asset(href) }));
  const pagefindFiles = all.filter((file) => relative(outDir, file).startsWith(`pagefind/`));
  const pagefindBytes = pagefindFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const pagefindParts: Record<string, number> = {};
  for (const file of pagefindFiles) {
    const name = relative(join(outDir, 'pagefind'), file);
    const part = name.startsWith('fragment/')
      ? 'fragmenter'
      : name.startsWith('index/')
        ? 'indeks-chunks'
        : name.includes('-ui') || name.includes('highlight')
          ? 'UI-filer'
          : name.startsWith('wasm')
            ? 'wasm'
            : 'øvrige (pagefind.js, meta, filtre)';
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

export interface DocumentOverhead {
  pages: number;
  /** gzip(page HTML) − gzip(the document's transcribed section texts), per document page. */
  medianBytes: number;
  maxBytes: number;
  maxUrl: string;
  /** The same page's HTML gzip and its text's gzip, for the largest overhead. */
  maxHtmlGzip: number;
  maxTextGzip: number;
}

/**
 * What a document page costs beyond the source text it reproduces: the page's HTML gzipped, minus the document's
 * section texts (as the data holds them) gzipped. Chrome, navigation, facts and excerpts are what is left.
 */
export function measureDocumentOverhead(outDir: string, dataDirectory: string): DocumentOverhead | undefined {
  const kommuner = join(dataDirectory, 'kommuner');
  const rows: { url: string; overhead: number; html: number; text: number }[] = [];
  for (const kommune of readdirSync(kommuner).sort()) {
    for (const file of readdirSync(join(kommuner, kommune))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()) {
      const data = parse(readFileSync(join(kommuner, kommune, file), 'utf8')) as { id?: string; afsnit?: { tekst?: string }[] };
      const page = join(outDir, 'kommuner', kommune, data.id ?? '', 'index.html');
      if (!data.id || !existsSync(page)) continue;
      const html = gzipSize(readFileSync(page));
      const text = gzipSize((data.afsnit ?? []).map((section) => section.tekst ?? '').join('\n\n'));
      rows.push({ url: `/kommuner/${kommune}/${data.id}/`, overhead: html - text, html, text });
    }
  }
  if (!rows.length) return undefined;
  const largest = rows.reduce((a, b) => (b.overhead > a.overhead ? b : a));
  return {
    pages: rows.length,
    medianBytes: median(rows.map((r) => r.overhead)),
    maxBytes: largest.overhead,
    maxUrl: largest.url,
    maxHtmlGzip: largest.html,
    maxTextGzip: largest.text,
  };
}
