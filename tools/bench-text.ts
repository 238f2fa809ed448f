import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { checkDataset, checkDraftText } from '../src/check/index.ts';
import { loadDatasetFromDisk } from '../src/check/node/load-from-disk.ts';

/**
 * npm run bench:tekst: the text check on big drafts, to show it is linear in the text (goal: a 2 MB draft in at most
 * 2 s). The drafts are the long evaluation draft repeated: 2 MB of lines, and 800 000 characters as one paragraph
 * (the case that used to be quadratic). Timed in this process: the first run (cold: stems and regular expressions are
 * compiled) and the median of three more.
 */
const root = process.cwd();
const data = checkDataset(loadDatasetFromDisk(join(root, 'data'), root));
const catalogue = data.catalogues.find((file) => file.data.id === 'bek-1691-2023')!.data;
const keywords = data.keywords.find((file) => file.data.kravkatalog === catalogue.id)!.data;
const base = readFileSync(join(root, 'test/fixtures/udkast/udvikling/lang-01.txt'), 'utf8');

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const cases: [string, string][] = [
  ['2 MB udkast (mange linjer)', repeat(base, 1_990_000)],
  ['1 MB udkast (mange linjer)', repeat(base, 1_000_000)],
  ['800.000 tegn i ét afsnit', repeat(`${base.replace(/\s+/g, ' ')} `, 800_000)],
];
console.log(`Tekstkontrollen på store udkast (Node ${process.version}, ${availableParallelism()} kerner, belastning ${loadavg()[0]!.toFixed(1)})`);
for (const [name, text] of cases) {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    checkDraftText(text, 'udkast.txt', catalogue, keywords);
    times.push(performance.now() - start);
  }
  const [cold, ...warm] = times;
  const median = warm.sort((a, b) => a - b)[1]!;
  console.log(`  ${name.padEnd(30)} kold ${Math.round(cold!)} ms, varm median ${Math.round(median)} ms`);
}
