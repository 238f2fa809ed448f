import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CLEAN, EXIT_COULD_NOT_RUN, EXIT_PROBLEMS } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/dataset.ts';
import { hostileInputs, plant, writeSourceBeside, type HostileInput } from '../unit/hostile-inputs.ts';
import { expectLocatedErrors } from '../helpers/expect-diagnostics.ts';

const BIN = join(ROOT, 'src', 'cli', 'rusmiddelstandard.mjs');
const STACK_FRAME = /^\s+at /m;
/** Safety nets, not benchmarks: a case that hangs, reads /dev/zero or expands aliases would pass these by far. */
const TIME_LIMIT_MS = 60_000;
const MEMORY_LIMIT_KB = 1_500_000;

const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-hostile-cli-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Runs the package bin as a user does, under /usr/bin/time for its peak memory; never longer than the limit. */
async function bin(args: string[], options: { env?: Record<string, string>; node?: string; nodeOptions?: string[] } = {}) {
  const started = performance.now();
  const result = await new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kb %M', options.node ?? process.execPath, ...(options.nodeOptions ?? []), BIN, ...args], {
      cwd: ROOT,
      timeout: TIME_LIMIT_MS,
      env: { ...process.env, RUSMIDDEL_TODAY: '2025-06-01', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  const elapsed = performance.now() - started;
  const peak = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  const stderr = result.stderr
    .replace(/^(Command exited with non-zero status \d+\n)?peak-rss-kb \d+\n?/m, '')
    .replace(/Command exited with non-zero status \d+\n/, '');
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr, elapsed, peak };
}

const exitFor = (input: HostileInput) =>
  input.errors.some((error) => error.rule === 'unreadable-file') ? EXIT_COULD_NOT_RUN : input.errors.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;

describe('hostile input through the CLI, a spawned process (issue 12)', () => {
  it.each(hostileInputs().map((input) => [`class ${String(input.issueClass).padStart(2)}: ${input.name}`, input] as const))(
    '%s',
    { timeout: TIME_LIMIT_MS * 2 },
    async (_, input) => {
      const directory = join(workspace, input.name);
      let file: string;
      let result: Awaited<ReturnType<typeof bin>>;
      if (input.placement === 'document') {
        // As a reviewer checks a draft: the file (and a companion) named on the command line, the source and its heading
        // map beside it.
        const drafts = join(directory, 'udkast');
        writeSourceBeside(drafts, input);
        file = join(drafts, input.fileName ?? 'document.yaml');
        writeFileSync(file, input.bytes!);
        const args = input.companion ? [join(drafts, 'a-foerste.yaml'), file] : [file];
        if (input.companion) writeFileSync(args[0]!, input.companion);
        result = await bin(['check', ...args]);
      } else {
        // Requirement files and file-system entries live in the data set: the whole data set is checked.
        const data = join(directory, 'data');
        cpSync(join(ROOT, 'data'), data, { recursive: true });
        file = relative(ROOT, join(data, plant(data, input)));
        result = await bin(['check'], { env: { RUSMIDDEL_DATA_DIR: data } });
      }
      expect(result.signal).toBeNull();
      expect(result.status).toBe(exitFor(input));
      expectLocatedErrors(result.stdout, file, input.errors);
      expect(result.stdout).not.toMatch(STACK_FRAME);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).toBe('');
      expect(result.elapsed).toBeLessThan(TIME_LIMIT_MS);
      expect(result.peak).toBeLessThan(MEMORY_LIMIT_KB);
    },
  );
});

describe('files named on the command line that are not plain files (issue 12, class 5)', () => {
  const made = join(workspace, 'arguments');
  mkdirSync(made, { recursive: true });
  const fifo = join(made, 'udkast.yaml');
  execFileSync('mkfifo', [fifo]);
  symlinkSync('/findes/ikke.yaml', join(made, 'link.yaml'));
  mkdirSync(join(made, 'mappe.yaml'));
  writeFileSync(join(made, 'stor.yaml'), '');
  execFileSync('truncate', ['-s', '9M', join(made, 'stor.yaml')]);
  it.each([
    ['a FIFO', fifo, EXIT_COULD_NOT_RUN, 'navngiven pipe (FIFO)'],
    ['/dev/zero', '/dev/zero', EXIT_COULD_NOT_RUN, 'en enhed'],
    ['/dev/null', '/dev/null', EXIT_COULD_NOT_RUN, 'en enhed'],
    ['a dangling link', join(made, 'link.yaml'), EXIT_COULD_NOT_RUN, 'symbolsk link til "/findes/ikke.yaml", som ikke findes'],
    ['a folder named *.yaml', join(made, 'mappe.yaml'), EXIT_COULD_NOT_RUN, 'det er en mappe'],
  ] as const)('check %s: exit 2, a Danish reason naming the file, quickly, no stack trace', async (_, path, status, reason) => {
    const result = await bin(['check', path]);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(`Kan ikke læse "${path}": `);
    expect(result.stderr).toContain(reason);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.elapsed).toBeLessThan(TIME_LIMIT_MS);
    expect(result.peak).toBeLessThan(MEMORY_LIMIT_KB);
  });

  it('check-text on /dev/zero: exit 2 at once, not gigabytes read', async () => {
    const result = await bin(['check-text', '/dev/zero']);
    expect(result.status).toBe(EXIT_COULD_NOT_RUN);
    expect(result.stderr).toContain('Kan ikke læse "/dev/zero": det er en enhed');
    expect(result.peak).toBeLessThan(MEMORY_LIMIT_KB);
  });

  it('a 9 MB file: one located file-too-large finding, exit 1, not read into memory', async () => {
    const path = join(made, 'stor.yaml');
    const result = await bin(['check', path]);
    expect(result.status).toBe(EXIT_PROBLEMS);
    expectLocatedErrors(result.stdout, path, [{ rule: 'file-too-large', line: 1, column: 1, contains: 'grænsen er 8 MB' }]);
    expect(result.peak).toBeLessThan(MEMORY_LIMIT_KB);
  });
});

describe('the Node version (issue 12, class 12)', () => {
  const document = 'test/fixtures/malformed/yaml-tab-indent/document.yaml';

  it('runs on the Node that plain `node` is here (the oldest `engines` allows is 20.6): same located finding, exit 1', async () => {
    const system = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).stdout.trim();
    expect(system).toMatch(/^v(2[0-9])\./);
    const result = await bin(['check', document], { node: '/usr/bin/node' });
    expect(result.status).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toContain(`${document}:11:1  error  yaml-syntax  `);
    expect(result.stderr).toBe('');
  });

  it.each(['18.19.0', '20.5.1', '16.20.2'])('on Node %s: a Danish message naming the minimum, exit 2, no stack trace', async (version) => {
    // The version is what the bin reads; the real Node underneath has every API the bin would need, so only the check can stop it.
    const result = await bin(['check', document], {
      nodeOptions: ['--import', `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`],
    });
    expect(result.status).toBe(EXIT_COULD_NOT_RUN);
    expect(result.stderr).toContain(`rusmiddelstandard kræver Node.js 20.6 eller nyere; denne er ${version}.`);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('engines in package.json says the same minimum as the bin and the README', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20.6');
    expect(readFileSync(BIN, 'utf8')).toContain('var MINIMUM = [20, 6];');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('Node.js 20.6 eller nyere');
  });
});
