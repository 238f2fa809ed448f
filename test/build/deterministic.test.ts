import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dataset.ts';
import { snapshotProject } from '../helpers/project-snapshot.ts';

const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-deterministic-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const BIN = join(ROOT, 'node_modules', '.bin');

/**
 * Builds the project's real data into `outDir` (inside the project, so the build's chunks resolve its packages),
 * then writes the search index, as `npm run build` does.
 */
function build(project: string, outDir: string): void {
  // A fresh Markdown cache: the first build renders every section and fills it, the second takes every section from
  // it, so the comparison also proves that cached HTML is the rendered HTML byte for byte.
  const env = {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH}`,
    RUSMIDDEL_DATA_DIR: join(project, 'data'),
    RUSMIDDEL_TODAY: '2025-06-01',
    ASTRO_TELEMETRY_DISABLED: '1',
    RUSMIDDEL_CACHE_DIR: join(workspace, 'cache'),
  };
  for (const [command, args] of [
    [join(BIN, 'astro'), ['build', '--outDir', outDir]],
    [join(BIN, 'tsx'), [join(project, 'src', 'cli', 'index-search.ts'), outDir]],
  ] as const) {
    const result = spawnSync(command, args, { cwd: project, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`${command} fejlede (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Every file under `root`, as paths relative to it. */
function files(root: string, directory = root): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const path = join(directory, entry);
      return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
    });
}

/** Where two files first differ, for a readable failure. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `byte ${at}: ${around(a)} ≠ ${around(b)}`;
}

describe('two builds of the same data', () => {
  it('give byte-identical output, the Pagefind index included', () => {
    const project = snapshotProject(workspace);
    const first = join(project, 'bygning-a');
    const second = join(project, 'bygning-b');
    build(project, first); // a cold build: no .astro cache yet, no Markdown cache
    expect(readdirSync(join(workspace, 'cache')).some((name) => /^markdown-.*\.jsonl$/.test(name))).toBe(true);
    build(project, second); // a warm one
    const names = files(first);
    expect(files(second)).toEqual(names);
    expect(names).toContain('index.html');
    expect(names.some((name) => name.startsWith('pagefind/fragment/'))).toBe(true);
    expect(names.some((name) => name.startsWith('pagefind/index/'))).toBe(true);
    const different = names.flatMap((name) => {
      const a = readFileSync(join(first, name));
      const b = readFileSync(join(second, name));
      return a.equals(b) ? [] : [`${name} (${firstDifference(a, b)})`];
    });
    expect(different).toEqual([]);
    // Two builds and two Pagefind runs: about a minute on a quiet machine, three on one shared by several builds.
  }, 300_000);
});
