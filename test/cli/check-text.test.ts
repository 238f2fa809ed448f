import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CLEAN, EXIT_COULD_NOT_RUN, EXIT_PROBLEMS, HELP, run } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/dataset.ts';

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (text) => (out += text), err: (text) => (err += text), cwd: ROOT });
  return { code, out, err };
}

const MARKDOWN_DRAFT = 'test/fixtures/_text-check/udkast.md';
const PDF_DRAFT = 'test/fixtures/_text-check/udkast-pdf.txt';

describe('rusmiddelstandard check-text', () => {
  it('a text that covers all 18 points: exit 0, every point listed with its line and heading', () => {
    const { code, out } = cli('check-text', 'data/sources/skanderborg-kvalitetsstandard-2025-2026.txt');
    expect(code).toBe(EXIT_CLEAN);
    expect(out).toContain('data/sources/skanderborg-kvalitetsstandard-2025-2026.txt: 18 af 18 lovpligtige punkter fundet.');
    expect(out).toMatch(/^ {3}6 behandlingsgaranti +linje 529: overskrift »Behandlingsgaranti«$/m);
    expect(out).toContain('linje 41-77: lovens punktliste');
    expect(out).toMatch(/Ingen problemer fundet\.$/);
  });

  it('a draft with missing points: exit 1, found points first, then the missing ones as diagnostics', () => {
    const { code, out } = cli('check-text', MARKDOWN_DRAFT);
    expect(code).toBe(EXIT_PROBLEMS);
    const foundAt = out.indexOf('Fundet:');
    const missingAt = out.indexOf('Mangler:');
    expect(foundAt).toBeGreaterThan(0);
    expect(missingAt).toBeGreaterThan(foundAt);
    expect(out.slice(foundAt, missingAt)).toMatch(/^ {2}10 brugerinddragelse +linje 42: overskrift »Brugerinddragelse«$/m);
    const diagnostics = out.slice(missingAt).split('\n').filter((line) => line.includes('mandatory-point-missing-in-text'));
    expect(diagnostics.map((line) => line.split('  ').slice(0, 3).join('  '))).toEqual([
      `${MARKDOWN_DRAFT}:1:1  error  mandatory-point-missing-in-text`,
      `${MARKDOWN_DRAFT}:1:1  error  mandatory-point-missing-in-text`,
      `${MARKDOWN_DRAFT}:1:1  error  mandatory-point-missing-in-text`,
    ]);
    expect(diagnostics[1]).toContain('Punkt 15 "gavekort" (Kommunens retningslinjer for anvendelse af gavekort; BEK nr. 1691 af 11/12/2023');
    expect(out).toMatch(/3 fejl, 0 advarsler\.$/);
  });

  it('a text extracted from a PDF: found through hyphenated headings, with the law\'s list and quoted law set aside', () => {
    const { code, out } = cli('check-text', PDF_DRAFT);
    expect(code).toBe(EXIT_PROBLEMS);
    expect(out).toContain('3 af 18 lovpligtige punkter fundet.');
    expect(out).toMatch(/frit-valg +linje 39: overskrift »Frit valg af behandlingssted«/);
    expect(out).toContain('linje 57-67: citeret lovtekst');
  });

  it('gives the missing points as JSON diagnostics', () => {
    const { code, out } = cli('check-text', '--format', 'json', 'data/sources/mariagerfjord-kvalitetsstandard-stofmisbrug.txt');
    expect(code).toBe(EXIT_PROBLEMS);
    const diagnostics = JSON.parse(out) as { file: string; line: number; column: number; ruleId: string; docsUrl: string }[];
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.docsUrl}`)).toEqual([
      'data/sources/mariagerfjord-kvalitetsstandard-stofmisbrug.txt:1:1 mandatory-point-missing-in-text /krav/gavekort/',
      'data/sources/mariagerfjord-kvalitetsstandard-stofmisbrug.txt:1:1 mandatory-point-missing-in-text /krav/fremtidig-indsats/',
    ]);
  });

  it('gives SARIF with the rule declared and each result at line 1', () => {
    const { out } = cli('check-text', '--format=sarif', MARKDOWN_DRAFT);
    const [sarifRun] = JSON.parse(out).runs;
    const ruleIds = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(sarifRun.results).toHaveLength(3);
    for (const result of sarifRun.results) {
      expect(ruleIds[result.ruleIndex]).toBe('mandatory-point-missing-in-text');
      expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: MARKDOWN_DRAFT }, region: { startLine: 1, startColumn: 1 } });
    }
  });

  it.each([
    [['check-text'], 'mindst én tekstfil'],
    [['check-text', 'findes-ikke.txt'], 'filen findes ikke'],
    [['check-text', 'data/requirements/bek-1691-2023.yaml'], 'ikke en .txt- eller .md-fil'],
    [['check-text', '--format', 'pdf', MARKDOWN_DRAFT], 'Ukendt format'],
    [['check-text', '--kommune', MARKDOWN_DRAFT], 'Ukendt tilvalg'],
  ])('%j cannot run: exit 2 with a Danish reason', (args, reason) => {
    const { code, err } = cli(...args);
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(err).toContain(reason);
    expect(err).toContain('rusmiddelstandard check-text --help');
  });

  it('explains check-text in the help', () => {
    const { code, out } = cli('check-text', '--help');
    expect(code).toBe(EXIT_CLEAN);
    expect(out).toBe(HELP);
    expect(out).toContain('rusmiddelstandard check-text [tilvalg] <udkast.txt|udkast.md>');
    expect(out).toContain('check-text: alle punkter fundet');
  });

  describe('with a broken keyword file', () => {
    let directory = '';
    afterEach(() => {
      delete process.env.RUSMIDDEL_DATA_DIR;
      if (directory) rmSync(directory, { recursive: true, force: true });
    });

    it('cannot run: exit 2, with the keyword file\'s located diagnostic', () => {
      directory = mkdtempSync(join(tmpdir(), 'rusmiddel-noegleord-'));
      for (const folder of ['requirements', 'sources']) cpSync(join(ROOT, 'data', folder), join(directory, folder), { recursive: true });
      const path = join(directory, 'requirements', 'bek-1691-2023.noegleord.yaml');
      const text = readFileSync(path, 'utf8').replace('[gavekort]', '[Gavekort]');
      writeFileSync(path, text);
      process.env.RUSMIDDEL_DATA_DIR = directory;
      const line = text.split('\n').findIndex((candidate) => candidate.includes('[Gavekort]')) + 1;

      const { code, out, err } = cli('check-text', MARKDOWN_DRAFT);
      expect(code).toBe(EXIT_COULD_NOT_RUN);
      expect(out).toBe('');
      expect(err).toContain('Projektets data har fejl');
      expect(err).toMatch(new RegExp(`bek-1691-2023\\.noegleord\\.yaml:${line}:\\d+  error  schema  `));
    });
  });

  it('runs as the package bin with the same exit code and no stack trace', () => {
    const result = spawnSync(join(ROOT, 'src', 'cli', 'rusmiddelstandard.mjs'), ['check-text', MARKDOWN_DRAFT], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toContain(`${MARKDOWN_DRAFT}:1:1  error  mandatory-point-missing-in-text`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
