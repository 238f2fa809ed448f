import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles, requireBuiltSite, urlPathOf } from '../helpers/built-site.ts';

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

beforeAll(requireBuiltSite);

describe('internal links in the built site', () => {
  it('every internal link and anchor points at a page and an element that exist', () => {
    const pages = new Map(
      builtHtmlFiles().map((file) => {
        const html = readFileSync(file, 'utf8');
        const urlPath = urlPathOf(file);
        const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)));
        return [urlPath, { html, ids }] as const;
      }),
    );
    expect(pages.size).toBeGreaterThan(3);
    const broken: string[] = [];
    for (const [from, { html }] of pages) {
      for (const [, rawHref] of html.matchAll(/\shref="([^"]+)"/g)) {
        const href = decode(rawHref!);
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const targetPath = path === '' ? from : path;
        if (/\.[a-z0-9]+$/i.test(targetPath)) continue; // assets such as /favicon.svg
        const target = pages.get(targetPath);
        if (!target) broken.push(`${from} → ${href} (no page)`);
        else if (anchor && !target.ids.has(decodeURIComponent(anchor))) broken.push(`${from} → ${href} (no element with that id)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** Pages where JavaScript is the feature: search, the complaint finder's quick form and the draft checker. Every other page ships none. */
const PAGES_WITH_JAVASCRIPT = new Set(['/soeg/', '/klage/', '/tjek/']);

describe('JavaScript', () => {
  it('content pages ship no JavaScript and no page has an inline script', () => {
    const offenders: string[] = [];
    for (const file of builtHtmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const path = urlPathOf(file);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)];
      if (scripts.some(([, attributes]) => !/\ssrc=/.test(attributes!))) offenders.push(`${path}: inline script`);
      if (!PAGES_WITH_JAVASCRIPT.has(path) && scripts.length > 0) offenders.push(`${path}: ships JavaScript`);
    }
    expect(offenders).toEqual([]);
  });
});
