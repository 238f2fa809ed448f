import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/dataset.ts';
import { documentsInData } from '../helpers/documents-in-data.ts';

const BIN = join(ROOT, 'node_modules', '.bin');
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.corpus', 'test-results']);
const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-dev-'));

/** A copy of the project (node_modules linked), so the edits and Astro's .astro/ never touch the checkout. */
function snapshot(): string {
  const project = join(workspace, 'projekt');
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/** The environment without Vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite serves. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      })
      .on('error', reject);
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gav op efter ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const document = documentsInData()[0]!;
const pagePath = `/kommuner/${document.folder}/${document.id}/`;
let project: string;
let file: string;
let original: string;
let server: ChildProcess;
let output = '';
let base: string;

beforeAll(async () => {
  project = snapshot();
  file = join(project, 'data', 'kommuner', document.folder, `${document.id}.yaml`);
  original = readFileSync(file, 'utf8');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(join(BIN, 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: project,
    env: { ...devEnvironment(), PATH: `${BIN}:${process.env.PATH}`, RUSMIDDEL_DATA_DIR: join(project, 'data'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The first request renders the page (and warms Vite), which can take a while on a busy machine.
  await until(
    'udviklingsserveren svarer',
    async () => ((await fetch(`${base}${pagePath}`, { signal: AbortSignal.timeout(30_000) })).ok ? true : undefined),
    90_000,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${output.slice(-3000)}`);
  });
}, 120_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(workspace, { recursive: true, force: true });
});

const page = async () => (await fetch(`${base}${pagePath}`, { signal: AbortSignal.timeout(20_000) })).text();

describe('npm run dev watches data/', () => {
  it('shows a saved edit to a document on its page without a restart', async () => {
    expect(await page()).not.toContain('Redigeret titel');
    const edited = original.replace(/^titel: .*$/m, 'titel: Redigeret titel til udviklingstesten');
    expect(edited).not.toBe(original);
    const saved = Date.now();
    writeFileSync(file, edited);
    // Without the watcher the page never changes, and this gives up. The target is a second on a quiet machine
    // (about 0.7 s measured); the time is printed, not asserted, as a machine shared by many builds takes longer.
    await until('siden viser den nye titel', async () => ((await page()).includes('Redigeret titel til udviklingstesten') ? true : undefined), 25_000);
    console.log(`Redigering synlig efter ${Date.now() - saved} ms`);
  }, 40_000);

  it('reports an error in the terminal and as an overlay on the page, and keeps the last good data', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${base}${pagePath}`);
      const before = output.length;
      writeFileSync(file, original.replace(/^titel: .*$/m, 'titel: [ikke lukket'));
      const line = original.split('\n').findIndex((text) => text.startsWith('titel:')) + 1;
      const located = new RegExp(`${document.id}\\.yaml:(${line}|${line + 1}):\\d+\\s+error\\s+yaml-syntax`);
      await until('fejlen står i terminalen', async () => (located.test(output.slice(before)) ? true : undefined), 15_000);
      const overlay = await until(
        'fejlen vises som overlay',
        async () => {
          const text = await tab.locator('vite-error-overlay').evaluate((element) => element.shadowRoot?.textContent ?? '', undefined, { timeout: 200 });
          return text.includes('yaml-syntax') ? text : undefined;
        },
        15_000,
      );
      expect(overlay).toContain(`${document.id}.yaml`);
      // The page still answers, with the last data that passed the check.
      expect(await page()).toContain('Redigeret titel til udviklingstesten');
    } finally {
      await browser.close();
      writeFileSync(file, original);
    }
  }, 90_000);
});
