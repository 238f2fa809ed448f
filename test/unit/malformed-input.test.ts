import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/check/index.ts';
import { expectDiagnostics } from '../helpers/expect-diagnostics.ts';
import { ROOT, fixtureDataset } from '../helpers/dataset.ts';
import { MALFORMED, writeGeneratedInputs, type ExpectedError, type GeneratedInput } from './malformed-inputs.ts';

const scenarios = readdirSync(MALFORMED)
  .filter((name) => statSync(join(MALFORMED, name)).isDirectory())
  .sort();

function readScenario(scenario: string) {
  const folder = join(MALFORMED, scenario);
  const documentName = readdirSync(folder).find((name) => name.startsWith('document.'))!;
  const path = relative(ROOT, join(folder, documentName));
  const expected = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as { errors: ExpectedError[] };
  return { path, bytes: readFileSync(join(ROOT, path)), errors: expected.errors };
}

describe('malformed input: one committed fixture per scenario (test/fixtures/malformed/)', () => {
  it('has at least 40 committed scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });

  it.each(scenarios)('%s', (scenario) => {
    const { path, bytes, errors } = readScenario(scenario);
    const { diagnostics } = checkDataset(fixtureDataset([{ path, text: bytes.toString('utf8') }]));
    expectDiagnostics(diagnostics, path, errors);
  });

  it('the byte-order-mark fixtures really start with a byte-order mark', () => {
    for (const scenario of scenarios.filter((name) => name.startsWith('bom-'))) {
      expect([...readScenario(scenario).bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('a document with HTML in every free-text field keeps the HTML as text in the checked data', () => {
    const { path, bytes } = readScenario('html-in-free-text');
    const { documents } = checkDataset(fixtureDataset([{ path, text: bytes.toString('utf8') }]));
    expect(documents).toHaveLength(1);
    const data = JSON.stringify(documents[0]!.data);
    expect(data).toContain('<script>alert(1)</script>');
    expect(data).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('malformed input: generated scenarios (written to a temporary directory)', () => {
  let directory: string;
  let inputs: (GeneratedInput & { path: string })[];
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'rusmiddel-malformed-'));
    inputs = writeGeneratedInputs(directory);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each([
    'alias-bomb',
    'too-many-aliases',
    'nesting-bomb',
    'file-5mb',
    'large-valid-document',
    'binary-png',
    'non-utf8-latin1',
    'control-character',
    'crlf-yaml-bad-indent',
    'crlf-type-quoted-number',
    'crlf-yaml-unclosed-bracket',
    'crlf-valid',
    'many-unknown-keys',
  ])('%s', (name) => {
    const input = inputs.find((candidate) => candidate.name === name)!;
    // Read as the build and the CLI read files: UTF-8, with bad bytes becoming U+FFFD.
    const text = readFileSync(input.path, 'utf8');
    const started = performance.now();
    const { diagnostics } = checkDataset(fixtureDataset([{ path: input.path, text }]));
    const elapsed = performance.now() - started;
    expectDiagnostics(diagnostics, input.path, input.errors);
    if (input.withinMs) expect(elapsed).toBeLessThan(input.withinMs);
  });
});
