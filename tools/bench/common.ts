/** What every part of the benchmark shares: paths, the fixed date, formatting, file walking. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = process.cwd();
export const BIN = join(ROOT, 'node_modules', '.bin');
/** Revision findings depend on the date; the benchmark fixes it so runs compare. */
export const TODAY = process.env.RUSMIDDEL_TODAY ?? '2025-06-01';
export const QUERY = 'behandlingsgaranti';

/** The environment of a build or check of `dataDirectory`: the project's packages first on PATH, the fixed date. */
export function benchEnv(dataDirectory: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH}`,
    RUSMIDDEL_DATA_DIR: dataDirectory,
    RUSMIDDEL_TODAY: TODAY,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

export const median = (values: number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number) => `${Math.round(ms)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

export function filesUnder(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const path = join(directory, entry);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export function directoryBytes(directory: string, suffix = ''): number {
  return filesUnder(directory)
    .filter((file) => file.endsWith(suffix))
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

export const progress = (text: string) => process.stderr.write(`${text}\n`);
