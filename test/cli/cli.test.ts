import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CLEAN, EXIT_COULD_NOT_RUN, EXIT_PROBLEMS, run } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/dataset.ts';

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (text) => (out += text), err: (text) => (err += text), cwd: ROOT });
  return { code, out, err };
}

describe('rusmiddelstandard check', () => {
  it('passes the real data with exit 0 and a summary line', () => {
    const { code, out } = cli('check');
    expect(code).toBe(EXIT_CLEAN);
    expect(out).toMatch(/(Ingen problemer fundet\.|0 fejl, \d+ advars)/);
  });

  it('a RUSMIDDEL_TODAY that is not a date: exit 2 with one Danish line, not a stack trace', () => {
    const result = spawnSync(join(ROOT, 'src', 'cli', 'rusmiddelstandard.mjs'), ['check'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RUSMIDDEL_TODAY: '31-12-2026' },
    });
    expect(result.status).toBe(EXIT_COULD_NOT_RUN);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'Kontrollen kunne ikke køre: RUSMIDDEL_TODAY skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2025-06-01, men er "31-12-2026".',
    );
  });

  it('reports a broken draft one diagnostic per line with exit 1', () => {
    const { code, out } = cli('check', 'test/fixtures/wrong-type-deep/document.yaml');
    expect(code).toBe(EXIT_PROBLEMS);
    expect(out).toMatch(/^test\/fixtures\/wrong-type-deep\/document\.yaml:83:19 {2}error {2}schema {2}tilbud\[1\]\.alder\.fra: /m);
  });

  it('expands globs and gives JSON with the same diagnostics', () => {
    const { code, out } = cli('check', '--format', 'json', 'test/fixtures/{empty-file,unknown-point}/document.yaml');
    expect(code).toBe(EXIT_PROBLEMS);
    const diagnostics = JSON.parse(out) as { file: string; ruleId: string; line: number; column: number }[];
    expect(
      diagnostics
        .filter((d) => d.ruleId !== 'mandatory-point-not-described' && d.ruleId !== 'dangling-reference')
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`),
    ).toEqual(['test/fixtures/empty-file/document.yaml:1:1 empty-file', 'test/fixtures/unknown-point/document.yaml:69:3 unknown-point']);
  });

  it('gives SARIF 2.1.0 with every result tied to a declared rule and a region', () => {
    const { out } = cli('check', '--format=sarif', 'test/fixtures/duplicate-id/document.yaml');
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const [sarifRun] = sarif.runs;
    const ruleIds = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id);
    const duplicate = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'duplicate-id');
    expect(ruleIds[duplicate.ruleIndex]).toBe('duplicate-id');
    expect(duplicate.level).toBe('error');
    expect(duplicate.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/duplicate-id/document.yaml' },
      region: { startLine: 80, startColumn: 9 },
    });
  });

  it.each([
    [['check', '--format', 'xml'], 'Ukendt format'],
    [['check', '--frobnicate'], 'Ukendt tilvalg'],
    [['check', 'findes-ikke.yaml'], 'filen findes ikke'],
    [['check', 'ingen/*.yaml'], 'passer ikke på nogen filer'],
    [['tjek'], 'Ukendt kommando'],
  ])('%j cannot run: exit 2 with a Danish reason', (args, reason) => {
    const { code, err } = cli(...args);
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(err).toContain(reason);
  });

  it('explains every option in Danish with --help', () => {
    const { code, out } = cli('check', '--help');
    expect(code).toBe(EXIT_CLEAN);
    for (const option of ['--format stylish', '--format json', '--format sarif', '--site-url', '--help']) expect(out).toContain(option);
    expect(out).toContain('Afslutningskode');
  });

  it('runs as the package bin with the same exit code and no stack trace', () => {
    const result = spawnSync(join(ROOT, 'src', 'cli', 'rusmiddelstandard.mjs'), ['check', 'test/fixtures/yaml-syntax/document.yaml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toContain('test/fixtures/yaml-syntax/document.yaml:111:36  error  yaml-syntax');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
