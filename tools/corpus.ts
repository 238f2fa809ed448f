/**
 * npm run corpus -- --kommuner 98 [--dokumenter 3] [--ud .corpus] [--seed 20250601] [--aar 2025]
 *
 * Writes a synthetic, valid data set (three documents per kommune, each with its own source text) in the layout of
 * data/, for measuring the site at national scale. The real data/ is never touched; the output directory is replaced
 * only when it is empty or was written by this command before.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_YEAR } from './corpus/generate.ts';
import { DEFAULT_CORPUS_DIR, writeCorpus } from './corpus/write.ts';

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        kommuner: { type: 'string', default: '98' },
        dokumenter: { type: 'string', default: '3' },
        ud: { type: 'string', default: DEFAULT_CORPUS_DIR },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        aar: { type: 'string', default: String(DEFAULT_YEAR) },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(
      'Brug: npm run corpus -- --kommuner 98 [--dokumenter 3] [--ud .corpus] [--seed N] [--aar 2025]\nSkriver et syntetisk, gyldigt datasæt (3 dokumenter pr. kommune, eller --dokumenter) til --ud.\n',
    );
    return 0;
  }
  const kommuner = Number(values.kommuner);
  const directory = resolve(values.ud);
  const started = performance.now();
  try {
    const { files, bytes, documents } = writeCorpus(directory, {
      kommuner,
      dokumenter: Number(values.dokumenter),
      seed: Number(values.seed),
      aar: Number(values.aar),
    });
    process.stdout.write(
      `Syntetisk korpus: ${kommuner} kommuner, ${documents} dokumenter, ${files} filer, ${(bytes / 1024 / 1024).toFixed(1)} MB i ${directory} (${Math.round(performance.now() - started)} ms).\n`,
    );
    process.stdout.write(`Kontrollér det med: RUSMIDDEL_DATA_DIR=${directory} npm run check\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
