import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CLEAN, EXIT_COULD_NOT_RUN, EXIT_PROBLEMS, run } from '../../src/cli/main.ts';
import { FIXTURES, ROOT } from '../helpers/dataset.ts';
import { MALFORMED, writeGeneratedInputs, type ExpectedError, type GeneratedInput } from '../unit/malformed-inputs.ts';

const STACK_FRAME = /^\s+at /m;

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (text) => (out += text), err: (text) => (err += text), cwd: ROOT });
  return { code, out, err };
}

/** `file:line:col  error  rule-id  message`, as the stylish format prints every finding. */
const errorLine = (file: string, error: ExpectedError) => `${file}:${error.line}:${error.column}  error  ${error.rule}  `;

const scenarios = readdirSync(MALFORMED)
  .filter((name) => statSync(join(MALFORMED, name)).isDirectory())
  .sort();

describe('rusmiddelstandard check on malformed input', () => {
  // Each fixture is checked as a draft outside data/, with its source text beside it (as a reviewer would run it).
  let drafts: string;
  beforeAll(() => {
    drafts = mkdtempSync(join(tmpdir(), 'rusmiddel-malformed-drafts-'));
    cpSync(MALFORMED, drafts, { recursive: true });
    for (const scenario of scenarios) {
      cpSync(join(FIXTURES, 'eksempelby-kilde.txt'), join(drafts, scenario, 'eksempelby-kilde.txt'));
      cpSync(join(FIXTURES, 'eksempelby-kilde.headings.yaml'), join(drafts, scenario, 'eksempelby-kilde.headings.yaml'));
    }
  });
  afterAll(() => rmSync(drafts, { recursive: true, force: true }));

  it.each(scenarios)('%s: located errors, exit 1 (0 when accepted), nothing on stderr', (scenario) => {
    const folder = join(drafts, scenario);
    const file = join(
      folder,
      readdirSync(folder).find((name) => name.startsWith('document.'))!,
    );
    const { errors } = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as { errors: ExpectedError[] };
    const { code, out, err } = cli('check', file);
    expect(err).toBe('');
    expect(code).toBe(errors.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN);
    const lines = out.split('\n').filter((line) => line.includes('  error  '));
    expect(lines).toHaveLength(errors.length);
    errors.forEach((error, index) => expect(lines[index]).toContain(errorLine(file, error)));
    expect(out).not.toMatch(STACK_FRAME);
  });

  describe('generated inputs', () => {
    let directory: string;
    let inputs: (GeneratedInput & { path: string })[];
    beforeAll(() => {
      directory = mkdtempSync(join(tmpdir(), 'rusmiddel-malformed-cli-'));
      inputs = writeGeneratedInputs(directory);
    });
    afterAll(() => rmSync(directory, { recursive: true, force: true }));
    const input = (name: string) => inputs.find((candidate) => candidate.name === name)!;

    it.each(['alias-bomb', 'nesting-bomb', 'file-5mb', 'binary-png', 'non-utf8-latin1', 'control-character', 'crlf-yaml-bad-indent', 'many-unknown-keys'])(
      '%s: located errors and exit 1 through run()',
      (name) => {
        const { path, errors } = input(name);
        const { code, out, err } = cli('check', path);
        expect(err).toBe('');
        expect(code).toBe(EXIT_PROBLEMS);
        const lines = out.split('\n').filter((line) => line.includes('  error  '));
        expect(lines).toHaveLength(errors.length);
        errors.forEach((error, index) => expect(lines[index]).toContain(errorLine(path, error)));
      },
    );

    it('JSON output gives the same located diagnostics for binary and non-UTF-8 files', () => {
      const { code, out } = cli('check', '--format', 'json', input('binary-png').path, input('non-utf8-latin1').path);
      expect(code).toBe(EXIT_PROBLEMS);
      const diagnostics = JSON.parse(out) as { file: string; line: number; column: number; ruleId: string }[];
      expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(
        [...input('binary-png').errors, ...input('non-utf8-latin1').errors].map((e) => `${e.line}:${e.column} ${e.rule}`),
      );
    });

    // The real package bin, as a user runs it: same exit code, a located line, no stack trace, quick.
    it.each(['alias-bomb', 'binary-png', 'non-utf8-latin1', 'nesting-bomb'])('%s through the package bin', (name) => {
      const { path, errors } = input(name);
      const result = spawnSync(join(ROOT, 'src', 'cli', 'rusmiddelstandard.mjs'), ['check', path], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status).toBe(EXIT_PROBLEMS);
      expect(result.stdout).toContain(errorLine(path, errors[0]!));
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stdout).not.toMatch(STACK_FRAME);
    });
  });

  it('a YAML syntax error through the package bin: exit 1, located, no stack trace', () => {
    const file = 'test/fixtures/malformed/yaml-tab-indent/document.yaml';
    const result = spawnSync(join(ROOT, 'src', 'cli', 'rusmiddelstandard.mjs'), ['check', file], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toContain(`${file}:11:1  error  yaml-syntax  `);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it.each([
    [['check', 'test/fixtures/malformed'], 'er en mappe'],
    [['check', 'test/fixtures/malformed/findes-ikke.yaml'], 'filen findes ikke'],
    [['check', 'test/fixtures/malformed/*/findes-ikke.yaml'], 'passer ikke på nogen filer'],
    [['check', '--format'], 'Ukendt format'],
  ])('%j cannot run: exit 2 with a Danish reason and no stack trace', (args, reason) => {
    const { code, out, err } = cli(...args);
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(out).toBe('');
    expect(err).toContain(reason);
    expect(err).not.toMatch(STACK_FRAME);
  });
});
