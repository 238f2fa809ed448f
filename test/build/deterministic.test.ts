import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dataset.ts';

const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-deterministic-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const BIN = join(ROOT, 'node_modules', '.bin');
/** What a snapshot of the project leaves out: installed packages, VCS, build output and caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.corpus', 'test-results']);

/**
 * A snapshot of the project in its own directory (node_modules linked). Astro keeps its prerender chunks under the
 * project's .astro/, so two builds in the same checkout at once (the other build tests, another `npm run build`)
 * would remove each other's chunks; the snapshot also keeps both builds on exactly the same sources.
 */
function snapshot(): string {
  const project = join(workspace, 'projekt');
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/**
 * Builds the project's real data into `outDir` (inside the project, so the build's chunks resolve its packages),
 * then writes the search index, as `npm run build` does.
 */
function build(project: string, outDir: string): void {
  // A fresh Markdown cache: the first build renders every section and fills it, the second takes every section from
  // it, so the comparison also proves that cached HTML is the rendered HTML byte for byte.
  const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, RUSMIDDEL_DATA_DIR: join(project, 'data'), RUSMIDDEL_TODAY: '2025-06-01', ASTRO_TELEMETRY_DISABLED: '1', RUSMIDDEL_CACHE_DIR: join(workspace, 'cache') };
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
  return readdirSync(directory).sort().flatMap((entry) => {
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
    const project = snapshot();
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
