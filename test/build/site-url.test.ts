import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dataset.ts';

/**
 * The same project built with SITE_URL, in a copy of the project (as the determinism test does), so the two builds
 * never remove each other's files. The build without SITE_URL is dist/ (test/build/host.test.ts).
 */
const SITE = 'https://rusmiddelstandarder.example/';
const ORIGINAL = 'https://kommune.example/kvalitetsstandard-2017.pdf';
const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-site-url-'));
const project = join(workspace, 'projekt');
const out = join(project, 'dist-site');
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.corpus', 'test-results']);

beforeAll(() => {
  for (const entry of readdirSync(ROOT)) if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  // A made-up original for one document, only in this copy: none of the five sources prints its own address.
  const hedensted = join(project, 'data', 'kommuner', 'hedensted', 'hedensted-kvalitetsstandard-2017.yaml');
  writeFileSync(
    hedensted,
    readFileSync(hedensted, 'utf8').replace(/^kildefil: .*$/m, (line) => `${line}\noriginal: { url: '${ORIGINAL}', hentet: 2025-01-31 }`),
  );
  const BIN = join(ROOT, 'node_modules', '.bin');
  const result = spawnSync(join(BIN, 'astro'), ['build', '--outDir', out], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, SITE_URL: SITE, RUSMIDDEL_DATA_DIR: join(project, 'data'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build fejlede (${result.status}):\n${result.stdout}\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('built with SITE_URL', () => {
  it('writes a sitemap of absolute page addresses, and robots.txt pointing to it', () => {
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
    const pages = readdirSync(out)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map(read)
      .join('');
    expect(pages).toContain(`<loc>${SITE}kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/</loc>`);
    expect(pages).toContain(`<loc>${SITE}data/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it('gives pages an absolute canonical URL and the downloads absolute page addresses', () => {
    expect(read('om/index.html')).toContain(`<link rel="canonical" href="${SITE}om/">`);
    expect(read('data/emner/kontakt.csv')).toContain(`${SITE}kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/`);
    expect(JSON.parse(read('data/rusmiddelstandarder.json')).om.adresse).toBe(SITE);
    expect(read('kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/index.html')).toContain(
      `${SITE}kommuner/skanderborg/skanderborg-kvalitetsstandard-2025-2026/`,
    );
  });

  it('a document with a known original links to it and prints when it was fetched; the others say the original is the PDF as received', () => {
    const page = read('kommuner/hedensted/hedensted-kvalitetsstandard-2017/index.html');
    expect(page).toContain(`href="${ORIGINAL}"`);
    expect(page).toContain('hentet 2025-01-31');
    expect(page).toMatch(/Original hentet: 2025-01-31/);
    expect(JSON.parse(read('data/dokumenter/hedensted-kvalitetsstandard-2017.json')).original).toEqual({ url: ORIGINAL, hentet: '2025-01-31' });
    expect(read('kommuner/viborg/viborg-servicedeklaration-rusmiddelcenter/index.html')).toContain('Originalen er kommunens PDF, som den blev modtaget');
  });

  it('still writes _headers', () => {
    expect(read('_headers')).toContain("frame-ancestors 'none'");
  });
});
