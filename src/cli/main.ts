import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkDataset, formatJson, formatSarif, formatStylish, hasErrors, type TextFile } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/load-from-disk.ts';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_COULD_NOT_RUN = 2;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `Brug: rusmiddelstandard check [tilvalg] [filer eller mønstre ...]

Kontrollerer dokumenter i projektets YAML-format med præcis de regler, som bygningen af siden bruger:
skema, lovens punkter (kravkataloget i data/requirements/), uddrag mod kildeteksten i data/sources/,
henvisninger og revisionsfrister.

Uden filer kontrolleres hele data/ (kravkataloger, lovbestemmelser og alle dokumenter).
Med filer eller mønstre (fx "udkast/*.yaml") kontrolleres netop de dokumenter mod data/'s kravkataloger,
lovbestemmelser og kildetekster. En kildetekst (kildefil), der ikke ligger i data/sources/, findes også,
når den ligger i samme mappe som dokumentet.

Tilvalg:
  --format stylish   én linje pr. fund: fil:linje:kolonne  alvor  regel-id  besked, og en opsummering (standard)
  --format json      fundene som en JSON-liste
  --format sarif     fundene som SARIF 2.1.0 (til GitHub code scanning)
  --site-url URL     adressen, siden er udgivet på; SARIF-fund linker så til reglernes forklaring
  -h, --help         vis denne hjælp

Afslutningskode: 0 ingen fejl (advarsler kan forekomme), 1 fejl fundet, 2 kontrollen kunne ikke køre
(forkerte tilvalg, en fil, der ikke kan læses, eller et mønster uden filer).`;

interface Options {
  format: Format;
  siteUrl?: string;
  patterns: string[];
}

class UsageError extends Error {}

function parseArguments(args: string[]): Options | 'help' {
  const options: Options = { format: 'stylish', patterns: [] };
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === '-h' || argument === '--help') return 'help';
    if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument.includes('=') ? argument.split('=')[1]! : args[++index];
      if (!FORMATS.includes(value as Format)) throw new UsageError(`Ukendt format "${value ?? ''}". Brug ${FORMATS.join(', ')}.`);
      options.format = value as Format;
    } else if (argument === '--site-url') {
      const value = args[++index];
      if (!value || !URL.canParse(value)) throw new UsageError(`--site-url skal efterfølges af en fuld adresse, fx https://eksempel.dk/.`);
      options.siteUrl = value;
    } else if (argument.startsWith('-')) {
      throw new UsageError(`Ukendt tilvalg "${argument}".`);
    } else {
      options.patterns.push(argument);
    }
  }
  return options;
}

function readDocuments(patterns: string[], cwd: string): TextFile[] {
  return patterns.flatMap((pattern) => {
    const paths = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd }).sort() : [pattern];
    if (paths.length === 0) throw new UsageError(`Mønsteret "${pattern}" passer ikke på nogen filer.`);
    return paths.map((path) => {
      try {
        const absolute = resolve(cwd, path);
        const shown = relative(cwd, absolute);
        return { path: shown.startsWith('..') ? absolute : shown, text: readFileSync(absolute, 'utf8') };
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen findes ikke' : (error as Error).message;
        throw new UsageError(`Kan ikke læse "${path}": ${reason}.`);
      }
    });
  });
}

/** Source texts lying next to the documents checked, so a draft and its source can be checked together. */
function sourcesBeside(documents: TextFile[], cwd: string): Record<string, string> {
  const directories = [...new Set(documents.map((document) => dirname(resolve(cwd, document.path))))];
  return Object.fromEntries(directories.flatMap((directory) =>
    globSync('*.txt', { cwd: directory }).map((name) => [name, readFileSync(join(directory, name), 'utf8')] as const)));
}

/** Runs the CLI and returns its exit code; all output goes through `out` and `err`. */
export function run(args: string[], io: { out: (text: string) => void; err: (text: string) => void; cwd: string }): number {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help') {
    io.out(HELP);
    return EXIT_CLEAN;
  }
  if (command !== 'check') {
    io.err(command ? `Ukendt kommando "${command}".\n\n${HELP}` : HELP);
    return EXIT_COULD_NOT_RUN;
  }
  try {
    const options = parseArguments(rest);
    if (options === 'help') {
      io.out(HELP);
      return EXIT_CLEAN;
    }
    const dataset = loadDatasetFromDisk(undefined, io.cwd);
    const documents = options.patterns.length ? readDocuments(options.patterns, io.cwd) : dataset.documents;
    const { diagnostics } = checkDataset({ ...dataset, documents, sourceTexts: { ...sourcesBeside(documents, io.cwd), ...dataset.sourceTexts } });
    const output = options.format === 'json' ? formatJson(diagnostics)
      : options.format === 'sarif' ? formatSarif(diagnostics, options.siteUrl)
      : formatStylish(diagnostics);
    io.out(output);
    return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_CLEAN;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nSe "rusmiddelstandard check --help".`);
    } else {
      io.err(`Kontrollen kunne ikke køre: ${error instanceof Error ? error.message : String(error)}`);
    }
    return EXIT_COULD_NOT_RUN;
  }
}
