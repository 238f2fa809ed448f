import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dataset.ts';
import { FIXTURE_SOURCE, hostileInputs, plant, type HostileInput } from '../unit/hostile-inputs.ts';
import { expectLocatedErrors } from '../helpers/expect-diagnostics.ts';

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-hostile-build-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const inputs = hostileInputs();
const rejected = inputs.filter((input) => input.errors.length > 0);
const accepted = inputs.filter((input) => input.errors.length === 0);
const label = (input: HostileInput) => `class ${String(input.issueClass).padStart(2)}: ${input.name}`;

/**
 * One data set for many cases: the real data, the fixture source, and each case planted in its own place (its own
 * kommune folder or requirement file), documents with a unique id of the same length, so one build serves them all.
 * Returns each case's file as the build prints it (relative to the project root).
 */
function buildWith(name: string, cases: HostileInput[]) {
  const data = join(workspace, name, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  cpSync(FIXTURE_SOURCE, join(data, 'sources', 'eksempelby-kilde.txt'));
  const files = new Map(cases.map((input, index) => [input.name, relative(ROOT, join(data, plant(data, input, { uniqueIds: index })))]));
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', join(workspace, name, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, RUSMIDDEL_DATA_DIR: data, RUSMIDDEL_TODAY: '2025-06-01', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...result, output: `${result.stdout}\n${result.stderr}`, files, dist: join(workspace, name, 'dist') };
}

describe('hostile input through the build: a data set with every rejected case stops with each located error (issue 12)', () => {
  let build: ReturnType<typeof buildWith>;
  beforeAll(() => {
    build = buildWith('rejected', rejected);
  }, 600_000);

  it('stops with exit 1, no stack trace, no "Maximum call stack", nothing but Danish diagnostics', () => {
    expect(build.status).toBe(1);
    expect(build.output).toContain('Bygningen er stoppet: data/ har fejl');
    expect(build.output).not.toMatch(STACK_FRAME);
    expect(build.output).not.toContain('Maximum call stack');
  });

  it.each(rejected.map((input) => [label(input), input] as const))('%s', (_, input) => {
    expectLocatedErrors(build.output, build.files.get(input.name)!, input.errors);
  });
});

describe('hostile input through the build: allowed but inert markup and odd ids build pages without script or remote content', () => {
  let build: ReturnType<typeof buildWith>;
  beforeAll(() => {
    build = buildWith('accepted', accepted);
  }, 600_000);

  it('builds with exit 0 and no error', () => {
    expect(build.output).not.toMatch(/  error  /);
    expect(build.status).toBe(0);
  });

  it.each(accepted.map((input, index) => [label(input), input, index] as const))(
    '%s: its page has no script, no javascript: and nothing from another origin',
    (_, input, index) => {
      const text = input.bytes!.toString('utf8');
      const id = /^id: (.+)$/m.exec(text)![1] === 'constructor' ? 'constructor' : `eksempelby-kvalitetsstandard-2025-h${String(index).padStart(3, '0')}`;
      const html = readFileSync(join(build.dist, 'kommuner', 'eksempelby', id, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/javascript:|data:text|vbscript:/i);
      // Nothing is loaded from elsewhere: every src, and every stylesheet or icon link, is on the site itself.
      for (const [, source] of html.matchAll(/\ssrc="([^"]*)"/g)) expect(source).toMatch(/^\/(?!\/)/);
      for (const [, tag] of html.matchAll(/(<link\b[^>]*>)/g)) expect(tag).toMatch(/href="\/(?!\/)[^"]*"/);
      // Links the data may have go to http(s), mailto, tel or the site.
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(https?:|mailto:|tel:|\/(?!\/)|#)/);
      if (input.name === 'links-allowed') {
        expect(html).toContain('href="https://www.eksempel.invalid/"');
        expect(html).toContain('href="mailto:post@eksempel.invalid"');
        expect(html).toContain('href="tel:+4512345678"');
      }
    },
  );
});
