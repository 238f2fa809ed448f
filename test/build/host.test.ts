import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseHeadersFile, pathMatches } from '../../src/host/headers.ts';
import { serve } from '../../src/host/server.ts';
import { builtHtmlFiles, DIST, requireBuiltSite, urlPathOf } from '../helpers/built-site.ts';

requireBuiltSite();

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(DIST);
});
afterAll(async () => {
  await server?.close();
});

const PAGES = [
  '/',
  '/soeg/',
  '/kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/',
  '/data/',
  '/data/emner/kontakt.csv',
  '/data/rusmiddelstandarder.json',
  '/schemas/dokument.schema.json',
];

/** A policy's directives: name → sources. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((part) => part[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('npm start serves the built site with the headers of dist/_headers', () => {
  it.each(PAGES)('%s has the security headers', async (path) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\)/);
    await response.arrayBuffer();
  });

  it('sends CSV and JSON downloads with their types, and an unknown page as 404 with the same headers', async () => {
    expect((await fetch(`${server.url}/data/emner/kontakt.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await fetch(`${server.url}/data/hsds/services.json`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
    const missing = await fetch(`${server.url}/findes-ikke/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const redirect = await fetch(`${server.url}/om`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/om/');
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
    expect((await fetch(`${server.url}/../package.json`)).status).not.toBe(200);
  });

  it("the header policy allows everything each page's own meta policy allows, so it never breaks a page", () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const file of builtHtmlFiles()) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(meta, urlPathOf(file)).toBeDefined();
      for (const [name, sources] of directives(meta!.replace(/&#39;/g, "'"))) {
        const allowed = header.get(name) ?? header.get('default-src')!;
        for (const source of sources) expect(allowed, `${urlPathOf(file)}: ${name} ${source}`).toContain(source);
      }
    }
  });

  it('dist/_headers is in the Netlify/Cloudflare Pages format: one rule for every path', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    expect(rules.map((rule) => rule.path)).toEqual(['/*']);
    expect(Object.fromEntries(rules[0]!.headers)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(pathMatches('/*', '/kommuner/x/')).toBe(true);
    expect(pathMatches('/data/:file', '/data/a.csv')).toBe(true);
    expect(pathMatches('/data/:file', '/data/emner/a.csv')).toBe(false);
  });
});

describe.skipIf(Boolean(process.env.SITE_URL))('without SITE_URL (this build)', () => {
  it("there is no sitemap, no robots.txt and no canonical link, since the site's address is unknown", async () => {
    for (const path of ['/sitemap-index.xml', '/sitemap-0.xml', '/robots.txt']) expect((await fetch(server.url + path)).status, path).toBe(404);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain('rel="canonical"');
  });
});
