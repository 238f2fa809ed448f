import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/dataset.ts';

const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-build-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** A copy of the real data with one extra document, built into a throwaway directory. */
function buildWith(extraDocument: string) {
  const dataDirectory = join(workspace, `data-${Math.random().toString(36).slice(2)}`);
  cpSync(join(ROOT, 'data'), dataDirectory, { recursive: true });
  cpSync(join(FIXTURES, 'eksempelby-kilde.txt'), join(dataDirectory, 'sources', 'eksempelby-kilde.txt'));
  // The source's heading map goes beside it, as in data/sources/: without it the section texts cannot be checked.
  cpSync(join(FIXTURES, 'eksempelby-kilde.headings.yaml'), join(dataDirectory, 'sources', 'eksempelby-kilde.headings.yaml'));
  const documentPath = join(dataDirectory, 'kommuner', 'eksempelby', 'eksempelby.yaml');
  mkdirSync(join(dataDirectory, 'kommuner', 'eksempelby'), { recursive: true });
  writeFileSync(documentPath, extraDocument);
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', join(dataDirectory, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RUSMIDDEL_DATA_DIR: dataDirectory, RUSMIDDEL_TODAY: '2025-06-01', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...result, documentPath };
}

describe('astro build', () => {
  it('stops on a broken data set with every located diagnostic and no stack trace', () => {
    const valid = readFileSync(join(FIXTURES, 'valid', 'document.yaml'), 'utf8');
    const broken = valid.replace(/^ {2}behandlingsgaranti: .*\n/m, '').replace("uddrag: ['tlf. 1234 5678']", "uddrag: ['tlf. 8765 4321']");
    const { status, stderr, stdout } = buildWith(broken);
    const output = `${stdout}\n${stderr}`;
    const kravLine = broken.split('\n').indexOf('krav:') + 1;
    const excerptLine = broken.split('\n').findIndex((line) => line.includes('8765 4321')) + 1;
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`eksempelby\\.yaml:${kravLine}:1  error  mandatory-point-unaccounted  Punkt 6 "behandlingsgaranti"`));
    expect(output).toMatch(new RegExp(`eksempelby\\.yaml:${excerptLine}:\\d+  error  excerpt-not-in-source`));
    expect(output).toMatch(/eksempelby\.yaml:\d+:\d+  error  precise-fact-without-excerpt/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops at once on a RUSMIDDEL_TODAY that is not a date, with one Danish line and no stack trace', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', join(workspace, 'dist-bad-today')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RUSMIDDEL_TODAY: 'i morgen', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('RUSMIDDEL_TODAY skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2025-06-01, men er "i morgen".');
    expect(output).toContain('Bygningen er stoppet. Ret eller fjern RUSMIDDEL_TODAY, og byg igen.');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('builds the real data set with the extra valid document', () => {
    const { status, stderr } = buildWith(readFileSync(join(FIXTURES, 'valid', 'document.yaml'), 'utf8'));
    expect(stderr).not.toMatch(/  error  /);
    expect(status).toBe(0);
  });
});
