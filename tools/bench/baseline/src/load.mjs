// Loads the data set as plainly as possible: every document parsed with js-yaml (core schema) and validated by the
// document schema with zod. No positions, no check, no cross-file rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { DocumentSchema } from '../../../../schemas/index.ts';

let cached;

/** The documents of RUSMIDDEL_DATA_DIR, as { kommune (folder), doc (zod output) }. */
export function documents() {
  if (cached) return cached;
  const directory = process.env.RUSMIDDEL_DATA_DIR;
  if (!directory) throw new Error('RUSMIDDEL_DATA_DIR mangler');
  const kommuner = join(directory, 'kommuner');
  cached = readdirSync(kommuner)
    .sort()
    .flatMap((kommune) =>
      readdirSync(join(kommuner, kommune))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => ({ kommune, doc: DocumentSchema.parse(yaml.load(readFileSync(join(kommuner, kommune, name), 'utf8'), { schema: yaml.CORE_SCHEMA })) })),
    );
  return cached;
}

/** The URL paths the site's own build wrote (BENCH_ROUTES, a JSON list), so the baseline builds the same pages. */
export function routes() {
  const file = process.env.BENCH_ROUTES;
  if (!file) throw new Error('BENCH_ROUTES mangler');
  return JSON.parse(readFileSync(file, 'utf8'));
}
