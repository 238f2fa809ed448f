import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/check/fast-yaml.ts';
import { locateInDocument, type PathSegment } from '../../src/check/locate.ts';
import { locatePlain } from '../../src/check/locate-plain.ts';
import { MAX_DEPTH, parseYaml } from '../../src/check/parse-yaml.ts';
import { ROOT } from '../helpers/dataset.ts';
import { hostileInputs } from './hostile-inputs.ts';
import { generatedInputs } from './malformed-inputs.ts';

/**
 * Both paths of parseYaml on one text: the value and the findings (rule, place, message) must be the same. When the
 * fast parser declines a text, parseYaml runs the careful path's code alone, so only texts it accepts need the
 * comparison (which keeps the hostile inputs, some of them megabytes, quick).
 */
function bothPaths(name: string, text: string) {
  if (fastParse(text.replace(/^\uFEFF/, ''), MAX_DEPTH) === undefined) return { fast: 'declined', careful: 'declined' };
  const fast = parseYaml(name, text);
  const careful = parseYaml(name, text, { careful: true });
  return {
    fast: { value: fast.parsed?.value, diagnostics: fast.diagnostics },
    careful: { value: careful.parsed?.value, diagnostics: careful.diagnostics },
  };
}

const yamlFiles = globSync(['data/**/*.yaml', 'test/fixtures/**/*.yaml'], { cwd: ROOT, absolute: true }).sort();

describe('the fast YAML path (js-yaml) gives what the careful path (yaml) gives', () => {
  it('for every YAML file in data/ and test/fixtures/, and reads the real data fast', () => {
    expect(yamlFiles.length).toBeGreaterThan(50);
    let fastFiles = 0;
    for (const file of yamlFiles) {
      const text = readFileSync(file, 'utf8');
      const { fast, careful } = bothPaths(file, text);
      expect(fast, file).toEqual(careful);
      if (fastParse(text.replace(/^\uFEFF/, ''), MAX_DEPTH)) fastFiles++;
    }
    // Every file of the real data is plain YAML: the fast path must not quietly fall back for all of them.
    const dataFiles = yamlFiles.filter((file) => file.includes('/data/'));
    expect(dataFiles.every((file) => fastParse(readFileSync(file, 'utf8'), MAX_DEPTH) !== undefined)).toBe(true);
    expect(fastFiles).toBeGreaterThan(dataFiles.length);
  });

  it('for every malformed and hostile input of the check tests', () => {
    const inputs = [
      ...generatedInputs().map((input) => ({ name: input.name, bytes: input.bytes })),
      ...hostileInputs().flatMap((input) => (input.bytes ? [{ name: input.name, bytes: input.bytes }] : [])),
    ];
    expect(inputs.length).toBeGreaterThan(20);
    for (const input of inputs) {
      const { fast, careful } = bothPaths(`${input.name}.yaml`, input.bytes.toString('utf8'));
      expect(fast, input.name).toEqual(careful);
    }
  });

  // Where js-yaml alone would differ from YAML 1.2's core schema as the `yaml` library reads it, or would accept
  // what the careful path reports: each must give the careful path's value and findings.
  const cases: Record<string, string> = {
    'underscore in a number (a string in YAML 1.2)': 'a: 1_000\nb: 0b101\nc: 1_0.5\n',
    'numbers of every core form': 'a: 0o17\nb: 0x1F\nc: +12\nd: -0\ne: .5\nf: 1e3\ng: -.inf\nh: .NaN\ni: 012\nj: 1.50\n',
    'YAML 1.1 booleans and dates are strings': 'a: yes\nb: off\nc: 2025-06-01\nd: ~\ne: Null\nf: TRUE\n',
    'a null key': 'null: 1\n~: 2\n',
    'an empty key': ': x\n',
    'a list as key': '[a, b]: 1\n',
    'an object as key': '{a: 1}: 2\n',
    'an explicit key': '? a\n: 1\n',
    'an anchor and an alias': 'a: &x 1\nb: *x\n',
    'an alias without anchor': 'a: *x\n',
    'a tag': 'a: !!str 1\nb: !!int "2"\n',
    'an unknown tag': 'a: !foo bar\n',
    'a YAML 1.1 directive': '%YAML 1.1\n---\na: yes\nb: 010\n',
    'a duplicate key': 'a: 1\na: 2\n',
    'the key __proto__': '__proto__: 1\n',
    'a control character escape': 'a: "x\\ey"\n',
    'a blank value': 'a: "   "\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    'a merge key': 'a: {x: 1}\nb:\n  <<: {y: 2}\n',
    'prose with an ampersand and a question mark': 'a: Børn & Unge ? ja\nb: "Hvad koster det?"\n',
    'a tab after a value': 'a: 1\t\nb:\t2\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const { fast, careful } = bothPaths('case.yaml', text);
      expect(fast).toEqual(careful);
    });
  }
});

/** Every path into a value (and one missing key or index below each collection), down to `depth` segments. */
function* pathsIn(value: unknown, depth: number, path: PathSegment[] = []): Generator<PathSegment[]> {
  yield path;
  if (path.length >= depth) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield* pathsIn(value[index], depth, [...path, index]);
    yield [...path, value.length, 'x'];
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* pathsIn((value as Record<string, unknown>)[key], depth, [...path, key]);
    yield [...path, 'findes-ikke', 'x'];
  }
}

describe('locating without the yaml library (locate-plain.ts)', () => {
  it("gives the yaml library's line and column for every path it answers, and answers the warnings' paths", () => {
    let answered = 0;
    let compared = 0;
    for (const file of yamlFiles) {
      const { parsed } = parseYaml(file, readFileSync(file, 'utf8'));
      if (!parsed?.positionsOnDemand) continue;
      const depth = file.includes('/data/') ? 4 : 12;
      for (const path of pathsIn(parsed.value, depth)) {
        for (const at of ['value', 'key'] as const) {
          const plain = locatePlain(parsed.text, parsed.value, path, at);
          // The share is counted on data/, the files a check reads; fixtures such as the evaluation keys are mostly
          // flow maps, which the library answers by design.
          const inData = file.includes('/data/');
          if (inData) compared++;
          if (!plain) continue;
          if (inData) answered++;
          expect(plain, `${file} ${JSON.stringify(path)} ${at}`).toEqual(locateInDocument(parsed, path, at));
        }
      }
    }
    // Most paths in data/ are answered without the library; the rest are its (flow lists, empty items).
    expect(compared).toBeGreaterThan(1000);
    expect(answered).toBeGreaterThan(compared / 2);
    // The places of the commonest warnings: a point of krav, the top of the document, a section's text.
    const document = yamlFiles.find((file) => /data\/kommuner\/.*kvalitetsstandard.*\.yaml$/.test(file))!;
    const { parsed } = parseYaml(document, readFileSync(document, 'utf8'));
    const point = Object.keys((parsed!.value as { krav: object }).krav)[0]!;
    for (const path of [['krav', point], ['periode'], ['afsnit', 0, 'tekst']])
      expect(locatePlain(parsed!.text, parsed!.value, path, 'key'), String(path)).toBeDefined();
  });
});
