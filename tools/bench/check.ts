/** The check: in a fresh process (checkDataset's own time) and from the command line (`npm run check`'s wall time). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, benchEnv, median, ROOT } from './common.ts';

export interface CheckSample {
  loadMs: number;
  coldMs: number;
  warmMs: number;
  yamlMs: number;
  documents: number;
  errors: number;
  warnings: number;
}

export interface CheckResult extends Omit<CheckSample, 'loadMs' | 'coldMs' | 'warmMs' | 'yamlMs'> {
  runs: number;
  loadMs: number;
  coldMs: number;
  /** Load + cold check, the in-process total a build pays. */
  inProcessMs: number;
  warmMs: number;
  yamlMs: number;
  /** `tsx src/cli/bin.ts check` (what `npm run check` runs, without npm's own start-up), wall time. */
  cliMs: number;
  cliRuns: number[];
  cliExit: number;
}

/** Runs tools/bench/check-worker.ts `runs` times, each in a fresh process, and the CLI as many times. */
export function measureCheck(directory: string, runs: number): CheckResult {
  const samples: CheckSample[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(join(BIN, 'tsx'), [join(ROOT, 'tools', 'bench', 'check-worker.ts'), directory], {
      cwd: ROOT,
      encoding: 'utf8',
      env: benchEnv(directory),
    });
    if (child.status !== 0) throw new Error(`Kontrollen kunne ikke køre: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CheckSample);
  }
  const cliRuns: number[] = [];
  let cliExit = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawnSync(join(BIN, 'tsx'), [join(ROOT, 'src', 'cli', 'bin.ts'), 'check'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: benchEnv(directory),
      maxBuffer: 256 * 1024 * 1024,
    });
    cliRuns.push(performance.now() - started);
    cliExit = child.status ?? 1;
  }
  return {
    runs,
    loadMs: median(samples.map((s) => s.loadMs)),
    coldMs: median(samples.map((s) => s.coldMs)),
    inProcessMs: median(samples.map((s) => s.loadMs + s.coldMs)),
    warmMs: median(samples.map((s) => s.warmMs)),
    yamlMs: median(samples.map((s) => s.yamlMs)),
    documents: samples[0]!.documents,
    errors: samples[0]!.errors,
    warnings: samples[0]!.warnings,
    cliMs: median(cliRuns),
    cliRuns,
    cliExit,
  };
}
