/**
 * The HTTP headers the site is served with, written to dist/_headers in the format Netlify and Cloudflare Pages read,
 * and applied by `npm start` (src/host/server.ts) from that same file, so a preview sends what production sends.
 */

/**
 * One policy for every path. Hosts join the values of several matching rules into one header, which a browser reads
 * as two policies that must both pass; so there is a single rule, the union of what pages need (the search page's
 * WebAssembly), and each page's own meta policy (src/layouts/Base.astro) stays as strict as that page allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Only a header can forbid framing (a meta policy ignores frame-ancestors).
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The site promises to send no data on (the footer): not even which page a reader came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** The _headers file: a path pattern, then its headers indented below it. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  return rules.map((rule) => `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`).join('\n');
}

export const SITE_HEADER_RULES: HeaderRule[] = [{ path: '/*', headers: Object.entries(SECURITY_HEADERS) }];

/** Reads a _headers file; lines starting with # are comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator < 0) throw new Error(`_headers: linjen "${line.trim()}" hører ikke til en sti eller mangler ":"`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** Whether a URL path matches a rule's pattern: `*` matches anything, `:name` one path segment. */
export function pathMatches(pattern: string, path: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(path);
}

/** The headers for one path: every matching rule, in file order. */
export const headersFor = (rules: HeaderRule[], path: string): [string, string][] =>
  rules.filter((rule) => pathMatches(rule.path, path)).flatMap((rule) => rule.headers);
