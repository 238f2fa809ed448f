import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentSchema, type RequirementCatalogue } from '../../schemas/index.ts';
import { checkDataset } from '../../src/check/index.ts';
import { EXIT_COULD_NOT_RUN, EXIT_WRITTEN, kommuneSlug, runNewKommune } from '../../src/cli/new-kommune.ts';
import { FIXTURES, ROOT, fixtureDataset } from '../helpers/dataset.ts';

const catalogue = parse(readFileSync(join(ROOT, 'data', 'requirements', 'bek-1691-2023.yaml'), 'utf8')) as RequirementCatalogue;
const kommunerInData = () => readdirSync(join(ROOT, 'data', 'kommuner')).sort();

let dataDir: string;
const before = kommunerInData();
beforeEach(() => {
  // A data directory of its own: the catalogue is read from it and the draft written into it, never into data/.
  dataDir = mkdtempSync(join(tmpdir(), 'rusmiddel-ny-kommune-'));
  cpSync(join(ROOT, 'data', 'requirements'), join(dataDir, 'requirements'), { recursive: true });
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  expect(kommunerInData()).toEqual(before);
});

function newKommune(...args: string[]) {
  let out = '';
  let err = '';
  const code = runNewKommune(args, { out: (text) => (out += text), err: (text) => (err += text), dataDir });
  return { code, out, err };
}

/** Checks a draft as `npm run check` checks a document, with `source` as its source text. */
function check(path: string, text: string, source?: string, headings?: string) {
  const dataset = fixtureDataset([{ path, text }]);
  if (source !== undefined) dataset.sourceTexts = { ...dataset.sourceTexts, [String((parse(text) as { kildefil: string }).kildefil)]: source };
  if (headings !== undefined) dataset.headingMaps = [...(dataset.headingMaps ?? []), { path: 'udkast.headings.yaml', text: headings }];
  return checkDataset(dataset).diagnostics.filter((d) => d.severity === 'error');
}

/** 1-based line and column of `marker` on the first line at or after `fromLine` that contains it. */
function positionOf(text: string, marker: string, fromLine = 1) {
  const lines = text.split('\n');
  for (let index = fromLine - 1; index < lines.length; index++) {
    const column = lines[index]!.indexOf(marker);
    if (column >= 0) return { line: index + 1, column: column + 1 };
  }
  throw new Error(`"${marker}" not found`);
}

describe('npm run ny-kommune', () => {
  it('makes slugs from Danish names', () => {
    expect(kommuneSlug('Lyngby-Taarbæk')).toBe('lyngby-taarbaek');
    expect(kommuneSlug('Ærø')).toBe('aeroe');
    expect(kommuneSlug('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(kommuneSlug('Ringkøbing-Skjern')).toBe('ringkoebing-skjern');
    expect(kommuneSlug('Aabenraa')).toBe('aabenraa');
  });

  it('writes a kvalitetsstandard draft with the schema line, every required field and all 18 points as TODO', () => {
    const { code, out, err } = newKommune('Lyngby-Taarbæk', 'Kommune');
    expect(err).toBe('');
    expect(code).toBe(EXIT_WRITTEN);
    const file = join(dataDir, 'kommuner', 'lyngby-taarbaek', 'lyngby-taarbaek-kvalitetsstandard-udkast.yaml');
    expect(out).toContain(file);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../public/schemas/dokument.schema.json');
    const data = parse(text) as Record<string, unknown>;
    const required = Object.entries(DocumentSchema.shape).filter(([, schema]) => !schema.safeParse(undefined).success).map(([key]) => key);
    for (const key of required) expect(data, key).toHaveProperty(key);
    expect(data).toMatchObject({ id: 'lyngby-taarbaek-kvalitetsstandard-udkast', kommune: 'Lyngby-Taarbæk', dokumenttype: 'kvalitetsstandard', kravkatalog: 'bek-1691-2023' });
    expect(Object.keys(data.krav as object)).toEqual(catalogue.punkter.map((point) => point.id));
    expect(Object.values(data.krav as object)).toEqual(catalogue.punkter.map(() => ({ status: 'TODO' })));
  });

  it('fails the check with one located, explanatory error per open point and per TODO field', () => {
    newKommune('Testby');
    const path = join(dataDir, 'kommuner', 'testby', 'testby-kvalitetsstandard-udkast.yaml');
    const text = readFileSync(path, 'utf8');
    const errors = check(path, text);
    for (const point of catalogue.punkter) {
      const key = positionOf(text, `  ${point.id}:`);
      const at = positionOf(text, 'status: TODO', key.line);
      expect(at.line).toBe(key.line + 1);
      const error = errors.find((d) => d.line === at.line);
      expect(error, point.id).toMatchObject({ ruleId: 'schema', column: at.column + 'status: '.length, file: path });
      expect(error!.message).toContain(`krav.${point.id}.status (punkt ${point.nummer}: `);
      expect(error!.message).toContain('ikke udfyldt endnu');
      expect(error!.message).toContain('"status: ikke-beskrevet"');
    }
    const fields = ['omraader', 'periode', 'udarbejdet', 'godkendt', 'revision', 'afsnit', 'maalgrupper', 'tilbud', 'behandlingsgaranti', 'frit_valg',
      'anonymitet', 'klageadgang', 'doegninstitutioner', 'opfoelgning', 'gavekort', 'betaling', 'kontakt'];
    for (const field of fields) {
      const at = positionOf(text, `${field}: TODO`);
      const error = errors.find((d) => d.line === at.line);
      expect(error, field).toMatchObject({ ruleId: 'schema', column: at.column + field.length + 2 });
      expect(error!.message).toContain('ikke udfyldt endnu (TODO)');
    }
    expect(errors).toHaveLength(catalogue.punkter.length + fields.length);
  });

  it('each point stops failing once it is set to ikke-beskrevet; a filled-in draft passes', () => {
    newKommune('Testby');
    const path = join(dataDir, 'kommuner', 'testby', 'testby-kvalitetsstandard-udkast.yaml');
    const draft = readFileSync(path, 'utf8');
    const pointsDone = draft.replace(/status: TODO/g, 'status: ikke-beskrevet');
    expect(check(path, pointsDone).filter((d) => d.message.includes('krav.'))).toEqual([]);
    const filled = pointsDone
      .replace(/^omraader: TODO.*$/m, 'omraader: [alkohol, stof]')
      .replace(/^afsnit: TODO.*$/m, "afsnit:\n  - { id: '1', overskrift: Om kvalitetsstandarden, niveau: 1 }")
      .replace(/: TODO {2}#.*$/gm, ': ikke-beskrevet');
    writeFileSync(path, filled);
    // A source with only the one heading the draft transcribes: nothing in it covers a topic recorded as not described.
    const id = String((parse(filled) as { id: string }).id);
    expect(check(path, filled, ' 1. Om kvalitetsstandarden \n', `dokument: ${id}\noverskrifter:\n  - { tekst: '1. Om kvalitetsstandarden', afsnit: '1' }\n`)).toEqual([]);
  });

  it('writes a servicedeklaration without kravkatalog and points', () => {
    const { code } = newKommune('Ærø', '--type', 'servicedeklaration');
    expect(code).toBe(EXIT_WRITTEN);
    const path = join(dataDir, 'kommuner', 'aeroe', 'aeroe-servicedeklaration-udkast.yaml');
    const text = readFileSync(path, 'utf8');
    const data = parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({ kommune: 'Ærø', dokumenttype: 'servicedeklaration' });
    expect(data).not.toHaveProperty('krav');
    expect(data).not.toHaveProperty('kravkatalog');
    expect(check(path, text).every((d) => d.ruleId === 'schema' && d.message.includes('ikke udfyldt endnu (TODO)'))).toBe(true);
  });

  it('refuses to overwrite an existing file: exit 2, a Danish message, the file unchanged', () => {
    expect(newKommune('Testby').code).toBe(EXIT_WRITTEN);
    const path = join(dataDir, 'kommuner', 'testby', 'testby-kvalitetsstandard-udkast.yaml');
    writeFileSync(path, 'mit arbejde\n');
    const { code, out, err } = newKommune('Testby');
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(out).toBe('');
    expect(err).toContain('findes allerede og overskrives ikke');
    expect(readFileSync(path, 'utf8')).toBe('mit arbejde\n');
  });

  it.each([
    [[], 'Angiv kommunens navn'],
    [['   '], 'Angiv kommunens navn'],
    [['Kommune'], 'Angiv kommunens navn'],
    [['!!!'], 'ingen bogstaver eller tal'],
    [['Testby', '--type', 'udviklingsplan'], 'Ukendt type "udviklingsplan"'],
    [['Testby', '--type'], 'Ukendt type ""'],
    [['Testby', '--force'], 'Ukendt tilvalg "--force"'],
  ])('%j: exit 2 with a Danish reason, nothing written', (args, reason) => {
    const { code, err } = newKommune(...args);
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(err).toContain(reason);
    expect(existsSync(join(dataDir, 'kommuner'))).toBe(false);
  });

  it('runs as "npm run ny-kommune -- <Navn>" with RUSMIDDEL_DATA_DIR, and refuses a second time with exit 2', () => {
    const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'ny-kommune', '--', ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, RUSMIDDEL_DATA_DIR: dataDir },
    });
    const first = npm('Testby', '--type', 'servicedeklaration');
    expect(first.status).toBe(EXIT_WRITTEN);
    expect(existsSync(join(dataDir, 'kommuner', 'testby', 'testby-servicedeklaration-udkast.yaml'))).toBe(true);
    const second = npm('Testby', '--type=servicedeklaration');
    expect(second.status).toBe(EXIT_COULD_NOT_RUN);
    expect(second.stderr).toContain('findes allerede');
    expect(second.stderr).not.toMatch(/^\s+at /m);
  });
});
