import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/check/index.ts';
import { FIXTURES, fixtureDataset, readFixture } from '../helpers/dataset.ts';

interface ExpectedError {
  rule: string;
  line: number;
  column: number;
  contains: string;
}

// test/fixtures/malformed/ holds one folder per malformed-input scenario; test/unit/malformed-input.test.ts runs them.
const scenarios = readdirSync(FIXTURES).filter(
  (name) => statSync(join(FIXTURES, name)).isDirectory() && !name.startsWith('_') && name !== 'malformed' && name !== 'udkast',
); // udkast/: the text check's evaluation corpus (npm run eval:tekst)

describe('the check on one fixture per scenario', () => {
  it.each(scenarios)('%s', (scenario) => {
    const expected = parse(readFileSync(join(FIXTURES, scenario, 'expected.yaml'), 'utf8')) as { errors: ExpectedError[] };
    const { diagnostics } = checkDataset(fixtureDataset([readFixture(scenario)]));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => ({ rule: d.ruleId, line: d.line, column: d.column }))).toEqual(
      expected.errors.map(({ rule, line, column }) => ({ rule, line, column })),
    );
    expected.errors.forEach((error, index) => {
      expect(errors[index]?.message).toContain(error.contains);
      expect(errors[index]?.file).toBe(join('test', 'fixtures', scenario, 'document.yaml'));
    });
  });
});

describe('each mandatory point removed from a valid document', () => {
  const valid = readFixture('valid');
  const lines = valid.text.split('\n');
  const kravLine = lines.findIndex((line) => line === 'krav:') + 1;
  const pointLines = lines.filter((line) => /^ {2}[a-z-]+: \{ status:/.test(line));

  it('the valid fixture accounts for all 18 points', () => {
    expect(pointLines).toHaveLength(18);
  });

  it.each(pointLines.map((line) => [line.trim().split(':')[0]!, line] as const))('%s', (pointId, line) => {
    const text = lines.filter((candidate) => candidate !== line).join('\n');
    const { diagnostics } = checkDataset(fixtureDataset([{ ...valid, text }]));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'mandatory-point-unaccounted', line: kravLine, column: 1, docsUrl: `/krav/${pointId}/` });
    expect(errors[0]!.message).toContain(`"${pointId}"`);
    expect(errors[0]!.message).toContain('BEK nr. 1691 af 11/12/2023');
  });
});
