import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CLEAN, EXIT_COULD_NOT_RUN, EXIT_PROBLEMS, HELP, run } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/dataset.ts';
import { documentsInData } from '../helpers/documents-in-data.ts';
import { makeDocx, makePdf, makeScannedPdf } from '../helpers/make-documents.ts';

async function cliAsync(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (text) => (out += text), err: (text) => (err += text), cwd: ROOT });
  return { code, out, err };
}

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
    expect(out).toContain('data/sources/skanderborg-kvalitetsstandard-2025-2026.txt: 18 af 18 lovpligtige punkter beskrevet, 0 kun nævnt, 0 mangler.');
    expect(out).toMatch(/^ {3}6 behandlingsgaranti +linje 529: overskrift »Behandlingsgaranti«/m);
    expect(out).toContain('linje 41-77: lovens punktliste');
    expect(out).toMatch(/Ingen problemer fundet\.$/);
  });

  it('a draft with points not described: exit 1; described, only named and missing points, then help and the findings', () => {
    const { code, out } = cli('check-text', MARKDOWN_DRAFT);
    expect(code).toBe(EXIT_PROBLEMS);
    const positions = ['Beskrevet:', 'Kun nævnt', 'Mangler:', 'Sådan kan punkterne beskrives:', 'Fund:'].map((heading) => out.indexOf(heading));
    expect(positions.every((at, index) => at > 0 && (index === 0 || at > positions[index - 1]!))).toBe(true);
    const [describedAt, namedAt, missingAt, helpAt, findingsAt] = positions as [number, number, number, number, number];
    expect(out.slice(describedAt, namedAt)).toMatch(/^ {3}6 behandlingsgaranti +linje 26: overskrift »Behandlingsgaranti«$/m);
    expect(out.slice(namedAt, missingAt)).toMatch(/^ {2}10 brugerinddragelse +linje 42: overskrift »Brugerinddragelse«$/m);
    expect(out.slice(missingAt, helpAt)).toMatch(/^ {2}14 monitorering +Monitorering$/m);
    // Help to fix: the law's wording, what it means, the point's page and how documents on the site describe it.
    const help = out.slice(helpAt, findingsAt);
    expect(help).toContain('Loven: »Monitorering af indsatsen«');
    expect(help).toContain('Det betyder: Standarden skal sige, hvordan kommunen måler, om behandlingen virker.');
    expect(help).toContain('Om punktet: /krav/monitorering/');
    // The examples come from the quality standards in data/, whichever kommuner those are.
    const kommuner = [
      ...new Set(
        documentsInData()
          .filter((d) => d.dokumenttype === 'kvalitetsstandard')
          .map((d) => d.kommune),
      ),
    ].join('|');
    expect(help).toMatch(
      new RegExp(`Sådan beskriver andre kommuner punktet:\\n {9}- (?:${kommuner}), »[^«]+«: .+ \\(/kommuner/[a-z-]+/[a-z0-9-]+/#afsnit-[a-z0-9.-]+\\)`),
    );
    const diagnostics = out
      .slice(findingsAt)
      .split('\n')
      .filter((line) => line.includes('  error  '));
    expect(diagnostics.map((line) => line.split('  ').slice(0, 3).join('  '))).toEqual([
      `${MARKDOWN_DRAFT}:42:1  error  mandatory-point-only-mentioned-in-text`,
      `${MARKDOWN_DRAFT}:1:1  error  mandatory-point-missing-in-text`,
      `${MARKDOWN_DRAFT}:66:1  error  mandatory-point-only-mentioned-in-text`,
      `${MARKDOWN_DRAFT}:1:1  error  mandatory-point-missing-in-text`,
    ]);
    expect(diagnostics[2]).toContain('Punkt 15 "gavekort" (Kommunens retningslinjer for anvendelse af gavekort; BEK nr. 1691 af 11/12/2023');
    expect(out).toMatch(/4 fejl, 0 advarsler\.$/);
  });

  it("a text extracted from a PDF: found through hyphenated headings, with the law's list and quoted law set aside", () => {
    const { code, out } = cli('check-text', PDF_DRAFT);
    expect(code).toBe(EXIT_PROBLEMS);
    expect(out).toContain('3 af 18 lovpligtige punkter beskrevet');
    expect(out).toMatch(/frit-valg +linje 39: overskrift »Frit valg af behandlingssted«/);
    expect(out).toContain('linje 57-67: citeret lovtekst');
  });

  it('--format json lists every point with its outcome and evidence, and the findings', () => {
    const { code, out } = cli('check-text', '--format', 'json', MARKDOWN_DRAFT);
    expect(code).toBe(EXIT_PROBLEMS);
    const [report] = JSON.parse(out) as {
      file: string;
      documentType: string;
      points: { id: string; outcome: string; lines: number[]; evidence: { line: number; text: string }[] }[];
      diagnostics: { ruleId: string; line: number }[];
    }[];
    expect(report!.file).toBe(MARKDOWN_DRAFT);
    expect(report!.documentType).toBe('kvalitetsstandard');
    expect(report!.points).toHaveLength(18);
    expect(report!.points.find((point) => point.id === 'behandlingsgaranti')).toMatchObject({
      outcome: 'beskrevet',
      evidence: [{ line: 26, text: 'Behandlingsgaranti' }],
    });
    expect(report!.points.find((point) => point.id === 'gavekort')).toMatchObject({ outcome: 'kun-nævnt', lines: [66] });
    expect(report!.points.find((point) => point.id === 'monitorering')).toMatchObject({ outcome: 'mangler', lines: [], evidence: [] });
    expect(report!.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual([
      '42 mandatory-point-only-mentioned-in-text',
      '1 mandatory-point-missing-in-text',
      '66 mandatory-point-only-mentioned-in-text',
      '1 mandatory-point-missing-in-text',
    ]);
  });

  it('gives SARIF with each rule from the one catalogue (ruleIndex, helpUri) and paths relative to the working directory', () => {
    const { out } = cli('check-text', '--format=sarif', '--site-url', 'https://eksempel.dk/', MARKDOWN_DRAFT);
    const [sarifRun] = JSON.parse(out).runs;
    const rules = sarifRun.tool.driver.rules as { id: string; helpUri: string }[];
    expect(sarifRun.results).toHaveLength(4);
    for (const result of sarifRun.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(rules[result.ruleIndex]!.helpUri).toBe(`https://eksempel.dk/regler/#${result.ruleId}`);
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: MARKDOWN_DRAFT });
    }
    // Each result keeps the diagnostic's own link: the point's page, the same as --format json gives.
    const json = JSON.parse(cli('check-text', '--format=json', MARKDOWN_DRAFT).out) as { diagnostics: { docsUrl: string }[] }[];
    const docsUrls = json[0]!.diagnostics.map((d) => d.docsUrl);
    expect(docsUrls.every((url) => /^\/krav\/[a-z-]+\/$/.test(url))).toBe(true);
    expect(sarifRun.results.map((result: { properties: { docsUrl: string } }) => result.properties.docsUrl)).toEqual(
      docsUrls.map((url) => `https://eksempel.dk${url}`),
    );
  });

  it('--quiet shows the errors only', () => {
    const { code, out } = cli('check-text', '--quiet', MARKDOWN_DRAFT);
    expect(code).toBe(EXIT_PROBLEMS);
    expect(out).not.toContain('Beskrevet:');
    expect(out.split('\n').filter((line) => line.includes('  error  '))).toHaveLength(4);
  });

  it('--vis-tekst shows the text as read, numbered, with page furniture marked', () => {
    const { out } = cli('check-text', '--vis-tekst', PDF_DRAFT);
    expect(out).toContain(`Den læste tekst (${PDF_DRAFT})`);
    const lines = out.split('\n');
    expect(lines.find((line) => /^\s*39 {3}3\. Frit valg af be-$/.test(line))).toBeDefined();
    expect(lines.find((line) => /^\s*37 · Side 2 af 4$/.test(line))).toBeDefined();
    expect(lines.some((line) => /^\s*\d+ · /.test(line))).toBe(true);
  });

  it('a servicedeklaration is recognised: the 18 points do not apply, and the report lists what it describes', () => {
    const { code, out } = cli('check-text', 'data/sources/viborg-servicedeklaration-rusmiddelcenter.txt');
    expect(code).toBe(EXIT_CLEAN);
    expect(out).toContain('dokumentet er en servicedeklaration (linje 2 kalder den det)');
    expect(out).toContain('gælder kvalitetsstandarder, så de kontrolleres ikke her');
    expect(out).toMatch(/Det beskriver: .*Sagsbehandling og klageadgang/);
    expect(out).not.toContain('mandatory-point-missing-in-text');
    const forced = cli('check-text', '--type', 'kvalitetsstandard', 'data/sources/viborg-servicedeklaration-rusmiddelcenter.txt');
    expect(forced.code).toBe(EXIT_PROBLEMS);
    expect(forced.out).toContain('mandatory-point-missing-in-text');
  });

  it.each([
    [['check-text'], 'mindst én fil'],
    [['check-text', 'findes-ikke.txt'], 'filen findes ikke'],
    [['check-text', 'data/requirements/bek-1691-2023.yaml'], 'hverken tekst (.txt, .md), Word (.docx) eller PDF (.pdf)'],
    [['check-text', '--format', 'pdf', MARKDOWN_DRAFT], 'Ukendt format'],
    [['check-text', '--type', 'brev', MARKDOWN_DRAFT], 'Ukendt dokumenttype'],
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
    expect(out).toContain('rusmiddelstandard check-text [tilvalg] <udkast.docx|udkast.pdf|udkast.txt|udkast.md>');
    expect(out).toContain('--vis-tekst');
    expect(out).toContain('--quiet');
  });

  it('reads a Word and a PDF draft and gives the same three-way answer', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rusmiddel-udkast-'));
    try {
      writeFileSync(
        join(directory, 'udkast.docx'),
        await makeDocx([
          { heading: 2, text: 'Behandlingsgaranti' },
          { text: 'Behandlingen begynder senest 14 dage efter din henvendelse.' },
          { heading: 2, text: 'Gavekort' },
          { text: 'TBD' },
        ]),
      );
      writeFileSync(
        join(directory, 'udkast.pdf'),
        await makePdf([
          ['Behandlingsgaranti', 'Behandlingen begynder senest 14 dage efter din henvendelse.'],
          ['Gavekort', 'TBD'],
        ]),
      );
      writeFileSync(join(directory, 'skannet.pdf'), await makeScannedPdf(1));
      for (const name of ['udkast.docx', 'udkast.pdf']) {
        const { code: exit, out: json } = await cliAsync('check-text', '--format', 'json', join(directory, name));
        expect(exit).toBe(EXIT_PROBLEMS);
        const [report] = JSON.parse(json) as { points: { id: string; outcome: string }[] }[];
        expect(report!.points.find((point) => point.id === 'behandlingsgaranti')!.outcome).toBe('beskrevet');
        expect(report!.points.find((point) => point.id === 'gavekort')!.outcome).toBe('kun-nævnt');
      }
      const scan = await cliAsync('check-text', join(directory, 'skannet.pdf'));
      expect(scan.code).toBe(EXIT_PROBLEMS);
      expect(scan.out).toMatch(/skannet\.pdf:1:1 {2}error {2}pdf-without-text {2}PDF-filen har én side, men ingen tekst, der kan læses: den er en scanning/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  describe('with a broken keyword file', () => {
    let directory = '';
    afterEach(() => {
      delete process.env.RUSMIDDEL_DATA_DIR;
      if (directory) rmSync(directory, { recursive: true, force: true });
    });

    it("cannot run: exit 2, with the keyword file's located diagnostic", () => {
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

describe('finding the project, like a linter', () => {
  const runIn = (cwd: string, ...args: string[]) => {
    let out = '';
    let err = '';
    const code = run(args, { out: (text) => (out += text), err: (text) => (err += text), cwd });
    return { code, out, err };
  };

  it('works from a subfolder: the project is found above it, and paths are shown relative to the working directory', () => {
    const { code, out } = runIn(join(ROOT, 'test', 'fixtures'), 'check-text', 'udkast/udvikling/kort-01.md');
    expect(code).toBe(EXIT_PROBLEMS);
    expect(out).toContain('udkast/udvikling/kort-01.md: 1 af 18 lovpligtige punkter beskrevet');
    const check = runIn(join(ROOT, 'src', 'cli'), 'check');
    expect(check.code).toBe(EXIT_CLEAN);
    expect(check.out).toMatch(/advarsler\.$|Ingen problemer fundet\.$/);
  });

  it('outside a project: a Danish message and exit 2, never "Ingen problemer fundet"', () => {
    const outside = mkdtempSync(join(tmpdir(), 'rusmiddel-uden-projekt-'));
    try {
      for (const args of [['check'], ['check-text', 'udkast.txt']]) {
        const { code, out, err } = runIn(outside, ...args);
        expect(code).toBe(EXIT_COULD_NOT_RUN);
        expect(out).toBe('');
        expect(err).toContain('har en mappe data/requirements/');
        expect(`${out}${err}`).not.toContain('Ingen problemer fundet');
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('--quiet on check shows errors only', () => {
    const { out } = cli('check', '--quiet');
    expect(out).not.toContain('  warning  ');
    expect(out).toMatch(/Ingen problemer fundet\.$/);
  });
});
