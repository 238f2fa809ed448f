import { resolve } from 'node:path';
import { checkDataset, formatJson, formatStylish, hasErrors } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/load-from-disk.ts';

const EXIT_CLEAN = 0;
const EXIT_PROBLEMS = 1;
const EXIT_COULD_NOT_RUN = 2;

const HELP = `Brug: rusmiddelstandard check [--format stylish|json] [filer...]

Kontrollerer data/ (kravkataloger, lovbestemmelser og alle dokumenter) med de samme regler som bygningen af siden.
Med filer vises kun fund i de filer; resten af data/ læses stadig, så henvisninger kan kontrolleres.

  --format stylish   én linje pr. fund: fil:linje:kolonne  alvor  regel-id  besked (standard)
  --format json      fundene som JSON
  --help             vis denne hjælp

Afslutningskode: 0 ingen fejl, 1 fejl fundet, 2 kontrollen kunne ikke køre.`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    console.log(HELP);
    return command ? EXIT_CLEAN : EXIT_COULD_NOT_RUN;
  }
  if (command !== 'check') {
    console.error(`Ukendt kommando "${command}".\n\n${HELP}`);
    return EXIT_COULD_NOT_RUN;
  }
  let format = 'stylish';
  const only: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index] as string;
    if (argument === '--help') {
      console.log(HELP);
      return EXIT_CLEAN;
    } else if (argument === '--format') {
      format = rest[++index] ?? '';
      if (!['stylish', 'json'].includes(format)) {
        console.error(`Ukendt format "${format}". Brug stylish eller json.`);
        return EXIT_COULD_NOT_RUN;
      }
    } else if (argument.startsWith('-')) {
      console.error(`Ukendt tilvalg "${argument}".\n\n${HELP}`);
      return EXIT_COULD_NOT_RUN;
    } else {
      only.push(resolve(argument));
    }
  }
  const dataset = loadDatasetFromDisk();
  const result = checkDataset(dataset);
  const diagnostics = only.length ? result.diagnostics.filter((d) => only.includes(resolve(d.file))) : result.diagnostics;
  console.log(format === 'json' ? formatJson(diagnostics) : formatStylish(diagnostics));
  return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_CLEAN;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`Kontrollen kunne ikke køre: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = EXIT_COULD_NOT_RUN;
}
