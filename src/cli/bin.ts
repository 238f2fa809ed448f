import { dataDirectory } from '../check/node/load-from-disk.ts';
import { runImport } from './import.ts';
import { run } from './main.ts';

const [command, ...rest] = process.argv.slice(2);
// The import writes into the data directory; the other commands only read and report.
process.exitCode =
  command === 'importer'
    ? await runImport(rest, {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
        dataDir: dataDirectory(),
        cwd: process.cwd(),
      })
    : await run(process.argv.slice(2), {
        out: (text) => process.stdout.write(`${text.replace(/\n$/, '')}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
        cwd: process.cwd(),
      });
