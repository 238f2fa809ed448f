import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkDataset,
  copenhagenDate,
  formatSarif,
  InvalidTodayError,
  judgementDate,
  slugify,
  splitRequirementFiles,
  textCheckSetup,
  textCheckSetupFromFiles,
  type TextFile,
} from '../../src/check/index.ts';
import { loadDatasetFromDisk, todayFromEnvironment } from '../../src/check/node/load-from-disk.ts';
import { pointExamples } from '../../src/check/text/examples.ts';
import { FIXTURE_TODAY, fixtureDataset, readFixture, ROOT } from '../helpers/dataset.ts';

const realData = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
const real = checkDataset(realData);

describe('"today": the calendar date in Copenhagen, for every face', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    // Summer (CEST, UTC+2) and winter (CET, UTC+1): the date turns at Copenhagen's midnight, not at UTC's.
    ['2026-06-01T21:59:59Z', '2026-06-01'],
    ['2026-06-01T22:00:00Z', '2026-06-02'],
    ['2025-12-31T22:59:59Z', '2025-12-31'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
  ])('at %s it is %s', (moment, date) => {
    expect(copenhagenDate(new Date(moment))).toBe(date);
  });

  it("judges a revision deadline by Copenhagen's New Year, not UTC's: overdue at 00:30 on 1 January, not at 23:59 the day before", () => {
    vi.stubEnv('RUSMIDDEL_TODAY', '');
    const valid = readFixture('valid'); // revision: senest_aar 2026
    const revisionAt = (moment: string) => {
      const today = todayFromEnvironment(new Date(moment));
      return checkDataset({ ...fixtureDataset([valid]), today }).diagnostics.filter((d) => d.ruleId === 'revision-overdue');
    };
    expect(revisionAt('2026-12-31T22:59:00Z')).toEqual([]);
    const overdue = revisionAt('2026-12-31T23:30:00Z'); // still 2026 in UTC
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.message).toContain('datoen 2027-01-01 er passeret');
  });

  it('RUSMIDDEL_TODAY overrides the clock; a value that is not a date is refused in Danish', () => {
    vi.stubEnv('RUSMIDDEL_TODAY', '2025-06-01');
    expect(todayFromEnvironment(new Date('2030-01-01T12:00:00Z'))).toBe('2025-06-01');
    for (const bad of ['2025-6-1', '2025-02-30', 'i dag', '2025-06-01T00:00']) {
      vi.stubEnv('RUSMIDDEL_TODAY', bad);
      expect(() => todayFromEnvironment()).toThrow(InvalidTodayError);
      expect(() => todayFromEnvironment()).toThrow(`RUSMIDDEL_TODAY skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2025-06-01, men er "${bad}".`);
    }
    expect(judgementDate(new Date('2026-06-01T22:30:00Z'), undefined)).toBe('2026-06-02');
  });
});

describe('the requirement files and the text check are set up once, in the core', () => {
  const requirementFiles: TextFile[] = [...realData.provisions, ...realData.catalogues, ...(realData.keywords ?? [])];

  it('sorts data/requirements/ by file name in any case, as loading from disk does', () => {
    const split = splitRequirementFiles(requirementFiles.map((file) => ({ ...file, path: file.path.toUpperCase() })));
    expect(split.provisions.map((file) => file.path)).toEqual(realData.provisions.map((file) => file.path.toUpperCase()));
    expect(split.catalogues.map((file) => file.path)).toEqual(realData.catalogues.map((file) => file.path.toUpperCase()));
    expect(split.keywords.map((file) => file.path)).toEqual((realData.keywords ?? []).map((file) => file.path.toUpperCase()));
  });

  it("gives the CLI and the browser's worker the same catalogue, keywords and provisions", () => {
    const fromDisk = textCheckSetup(real)!;
    const fromFiles = textCheckSetupFromFiles(requirementFiles, FIXTURE_TODAY)!;
    expect(fromFiles.catalogue).toEqual(fromDisk.catalogue);
    expect(fromFiles.keywords).toEqual(fromDisk.keywords);
    expect([...fromFiles.provisions.keys()]).toEqual([...fromDisk.provisions.keys()]);
    expect(fromDisk.provisions.size).toBeGreaterThan(0);
  });

  it('chooses the newest catalogue for kvalitetsstandarder that has keywords: not a newer one without, nor one for other documents', () => {
    const current = real.catalogues[0]!;
    const variant = (id: string, udstedt: string, gaelderFor: string[]) =>
      ({ ...current, data: { ...current.data, id, udstedt, gaelder_for: gaelderFor } }) as typeof current;
    const newerWithoutKeywords = variant('ny-uden-noegleord', '2099-01-01', ['kvalitetsstandard']);
    const newerForOthers = variant('ny-for-andre', '2099-01-01', ['servicedeklaration']);
    const keywordsForOthers = { ...real.keywords[0]!, data: { ...real.keywords[0]!.data, kravkatalog: 'ny-for-andre' } };
    const setup = textCheckSetup({ ...real, catalogues: [newerWithoutKeywords, newerForOthers, current], keywords: [keywordsForOthers, ...real.keywords] })!;
    expect(setup.catalogue.id).toBe(current.data.id);
  });
});

describe('a source not supplied (/tjek/) is not a dangling reference', () => {
  const document = readFixture('excerpt-not-in-source');
  const withoutSource = { ...fixtureDataset([document]), sourceTexts: {}, headingMaps: undefined };

  it('the build and the CLI: a kildefil missing from data/sources/ is an error at kildefil', () => {
    const found = checkDataset(withoutSource).diagnostics.filter((d) => d.ruleId === 'dangling-reference');
    expect(found.map((d) => d.file)).toContain(document.path);
    expect(found.find((d) => d.file === document.path)!.message).toContain('findes ikke i data/sources/');
  });

  it("not supplied: no finding about the source, none about the catalogues' wording, and the excerpt rule is skipped", () => {
    const { diagnostics } = checkDataset({ ...withoutSource, absentSources: 'not-supplied' });
    expect(diagnostics.filter((d) => d.ruleId === 'dangling-reference' || d.ruleId === 'excerpt-not-in-source')).toEqual([]);
    expect(diagnostics.filter((d) => d.file !== document.path)).toEqual([]);
  });

  it('a real dangling reference (a section that does not exist) is still reported when the source is not supplied', () => {
    const text = readFixture('valid').text.replace(
      "kilde: { afsnit: '1', uddrag: ['i årene 2025-2026'] }",
      "kilde: { afsnit: '99', uddrag: ['i årene 2025-2026'] }",
    );
    const { diagnostics } = checkDataset({ ...withoutSource, documents: [{ path: 'udkast.yaml', text }], absentSources: 'not-supplied' });
    expect(diagnostics.filter((d) => d.ruleId === 'dangling-reference').map((d) => d.message)).toEqual([expect.stringContaining('Afsnittet "99" findes ikke')]);
  });
});

describe('heading maps are validated by the check: each belongs to one document of the data set', () => {
  const whole = { ...realData, wholeDataSet: true };
  const map = realData.headingMaps!.find((file) => file.path.includes('hedensted'))!;

  it('the real data set has a heading map for every document, matched by the check', () => {
    expect(checkDataset(whole).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...real.headingMaps.keys()].sort()).toEqual(real.documents.map((document) => document.data.id).sort());
  });

  it('a map whose "dokument" names no document is an error at that line, with the likely document named', () => {
    const text = map.text.replace(/^dokument: .*$/m, 'dokument: hedensted-kvalitetsstandard-2071');
    const line = text.split('\n').findIndex((row) => row.startsWith('dokument:')) + 1;
    const { diagnostics } = checkDataset({ ...whole, headingMaps: realData.headingMaps!.map((file) => (file === map ? { ...file, text } : file)) });
    const orphan = diagnostics.filter((d) => d.file === map.path);
    expect(orphan.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${line}:11 dangling-reference`]);
    expect(orphan[0]!.message).toContain('Dokumentet "hedensted-kvalitetsstandard-2071" findes ikke i data/kommuner/');
    expect(orphan[0]!.message).toContain('er kilde for "hedensted-kvalitetsstandard-2017"');
  });

  it('a second map for one document is a duplicate-id error at its "dokument"', () => {
    const copy = { path: 'data/sources/kopi.headings.yaml', text: map.text };
    const { diagnostics } = checkDataset({ ...whole, headingMaps: [...realData.headingMaps!, copy] });
    const duplicate = diagnostics.filter((d) => d.file === copy.path);
    expect(duplicate.map((d) => d.ruleId)).toEqual(['duplicate-id']);
    expect(duplicate[0]!.message).toContain(`har også et overskriftskort i ${map.path}`);
  });

  it("checking drafts (not the whole data set): data/'s maps for other documents are no error, and a draft's own map wins", () => {
    const valid = readFixture('valid');
    expect(checkDataset(fixtureDataset([valid])).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('one slug function', () => {
  it.each([
    ['Lyngby-Taarbæk', 'lyngby-taarbaek'],
    ['Ærø', 'aeroe'],
    ['Ringgården', 'ringgaarden'],
    ['Høje-Taastrup Kommune', 'hoeje-taastrup-kommune'],
    ['  —Café Ø²  ', 'cafe-oe2'],
    ['—', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('the examples on /tjek/ link to the same kommune address as the pages', () => {
    const examples = Object.values(pointExamples(real.documents.map((document) => document.data))).flat();
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example.href).toMatch(new RegExp(`^/kommuner/${slugify(example.kommune)}/`));
  });

  it('is the only one: no other slug implementation in src/ or tools/', () => {
    const offenders = filesUnder(join(ROOT, 'src'), join(ROOT, 'tools'))
      .filter((file) => !file.endsWith(join('check', 'slug.ts')))
      .filter((file) => /replace\(\/æ\/g, 'ae'\)|normalize\('NFK?D'\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});

describe("SARIF and JSON keep each diagnostic's own documentation link", () => {
  it("SARIF: ruleIndex and helpUri from the rule catalogue, and the diagnostic's docsUrl (a point's page) on the result", () => {
    const diagnostics = [
      { file: 'a.yaml', line: 1, column: 1, severity: 'warning' as const, ruleId: 'mandatory-point-not-described', message: 'm', docsUrl: '/krav/frit-valg/' },
      { file: 'a.yaml', line: 2, column: 1, severity: 'error' as const, ruleId: 'schema', message: 'm', docsUrl: '/regler/#schema' },
    ];
    const [run] = JSON.parse(formatSarif(diagnostics, 'https://eksempel.dk/')).runs;
    expect(run.results.map((result: { properties: { docsUrl: string } }) => result.properties.docsUrl)).toEqual([
      'https://eksempel.dk/krav/frit-valg/',
      'https://eksempel.dk/regler/#schema',
    ]);
    expect(run.tool.driver.rules[run.results[0].ruleIndex].helpUri).toBe('https://eksempel.dk/regler/#mandatory-point-not-described');
    const [plain] = JSON.parse(formatSarif(diagnostics)).runs;
    expect(plain.results[0].properties.docsUrl).toBe('/krav/frit-valg/');
    expect(plain.tool.driver.rules[0].helpUri).toBeUndefined();
  });
});

describe('the check core is pure', () => {
  it('no file in src/check outside src/check/node/ imports node:*', () => {
    const core = filesUnder(join(ROOT, 'src', 'check')).filter((file) => !file.includes(`${join('src', 'check', 'node')}/`));
    expect(core.length).toBeGreaterThan(20);
    const impure = core.filter((file) => /from ['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(file, 'utf8')));
    expect(impure.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

function filesUnder(...directories: string[]): string[] {
  return directories.flatMap((directory) =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
    }),
  );
}
