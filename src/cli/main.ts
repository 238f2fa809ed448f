import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkDataset, checkDraftText, formatJson, formatSarif, formatStylish, formatTextCheckStylish, hasErrors, type TextFile } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/load-from-disk.ts';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_COULD_NOT_RUN = 2;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `Brug: rusmiddelstandard check [tilvalg] [filer eller mønstre ...]
      rusmiddelstandard check-text [tilvalg] <udkast.txt|udkast.md> ...

check
Kontrollerer dokumenter i projektets YAML-format med præcis de regler, som bygningen af siden bruger:
skema, lovens punkter (kravkataloget i data/requirements/), uddrag mod kildeteksten i data/sources/,
henvisninger og revisionsfrister.

Uden filer kontrolleres hele data/ (kravkataloger, lovbestemmelser og alle dokumenter).
Med filer eller mønstre (fx "udkast/*.yaml") kontrolleres netop de dokumenter mod data/'s kravkataloger,
lovbestemmelser og kildetekster. En kildetekst (kildefil), der ikke ligger i data/sources/, findes også,
når den ligger i samme mappe som dokumentet.

check-text
Læser teksten i et udkast til en kvalitetsstandard (gemt som ren tekst, .txt, eller Markdown, .md, fx fra
Word eller en PDF) og viser, hvilke af lovens punkter teksten beskriver, og hvor (linje og overskrift eller
sætning), og hvilke der mangler. Et punkt er fundet, når en overskrift med tekst under handler om det, eller
når et afsnit beskriver det med flere af punktets nøgleord (data/requirements/<kravkatalog>.noegleord.yaml).
Orddeling over linjeskift, sidehoveder, sidetal, lovens punktliste og citeret lovtekst tæller ikke med.
Kontrollen læser ord, ikke indhold: læs selv de afsnit, den peger på.

Tilvalg:
  --format stylish   check: én linje pr. fund: fil:linje:kolonne  alvor  regel-id  besked, og en opsummering
                     check-text: de fundne punkter med linjenumre og tekst, derefter de manglende punkter
                     som fund i samme form (standard)
  --format json      fundene som en JSON-liste (check-text: de manglende punkter)
  --format sarif     fundene som SARIF 2.1.0 (til GitHub code scanning)
  --site-url URL     adressen, siden er udgivet på; SARIF-fund linker så til reglernes forklaring
  -h, --help         vis denne hjælp

Afslutningskode: 0 ingen fejl (check-text: alle punkter fundet; advarsler kan forekomme), 1 fejl fundet
(check-text: et eller flere punkter mangler), 2 kontrollen kunne ikke køre (forkerte tilvalg, en fil, der
ikke kan læses, et mønster uden filer, eller fejl i projektets egne data).`;

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
        throw new UsageError(`Kan ikke læse "${path}": ${readFailure(error, path)}.`);
      }
    });
  });
}

/** Why a file could not be read, in Danish. */
function readFailure(error: unknown, path: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'filen findes ikke';
    case 'EISDIR': return `det er en mappe. Angiv filerne i den, fx "${path.replace(/\/$/, '')}/*.yaml"`;
    case 'EACCES':
    case 'EPERM': return 'du har ikke adgang til at læse filen';
    case 'ERR_FS_FILE_TOO_LARGE': return 'filen er for stor til at blive læst (over 2 GB)';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Source texts lying next to the documents checked, so a draft and its source can be checked together. */
/** The heading maps (*.headings.yaml) beside the drafts, so a draft's sections are compared with its source. */
function headingMapsBeside(documents: TextFile[], cwd: string): TextFile[] {
  const directories = [...new Set(documents.map((document) => dirname(resolve(cwd, document.path))))];
  return directories.flatMap((directory) =>
    globSync('*.headings.yaml', { cwd: directory }).flatMap((name) => {
      try {
        return [{ path: relative(cwd, join(directory, name)) || name, text: readFileSync(join(directory, name), 'utf8') }];
      } catch {
        return [];
      }
    }));
}

function sourcesBeside(documents: TextFile[], cwd: string): Record<string, string> {
  const directories = [...new Set(documents.map((document) => dirname(resolve(cwd, document.path))))];
  return Object.fromEntries(directories.flatMap((directory) =>
    globSync('*.txt', { cwd: directory }).flatMap((name) => {
      try {
        return [[name, readFileSync(join(directory, name), 'utf8')] as const];
      } catch {
        return []; // an unreadable .txt beside a draft is simply not a source; the check says if one is missing
      }
    })));
}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

/** Runs the CLI and returns its exit code; all output goes through `out` and `err`. */
export function run(args: string[], io: Io): number {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help') {
    io.out(HELP);
    return EXIT_CLEAN;
  }
  if (command !== 'check' && command !== 'check-text') {
    io.err(command ? `Ukendt kommando "${command}".\n\n${HELP}` : HELP);
    return EXIT_COULD_NOT_RUN;
  }
  try {
    const options = parseArguments(rest);
    if (options === 'help') {
      io.out(HELP);
      return EXIT_CLEAN;
    }
    if (command === 'check-text') return runTextCheck(options, io);
    const dataset = loadDatasetFromDisk(undefined, io.cwd);
    const documents = options.patterns.length ? readDocuments(options.patterns, io.cwd) : dataset.documents;
    const headingMaps = options.patterns.length
      // A draft's own heading map (beside it) wins over data/'s for the same document id: it is read last.
      ? [...(dataset.headingMaps ?? []), ...headingMapsBeside(documents, io.cwd).filter((map) => !(dataset.headingMaps ?? []).some((known) => resolve(io.cwd, known.path) === resolve(io.cwd, map.path)))]
      : dataset.headingMaps;
    const { diagnostics } = checkDataset({ ...dataset, documents, headingMaps, sourceTexts: { ...sourcesBeside(documents, io.cwd), ...dataset.sourceTexts } });
    const output = options.format === 'json' ? formatJson(diagnostics)
      : options.format === 'sarif' ? formatSarif(diagnostics, options.siteUrl)
      : formatStylish(diagnostics);
    io.out(output);
    return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_CLEAN;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nSe "rusmiddelstandard ${command} --help".`);
    } else {
      io.err(`Kontrollen kunne ikke køre: ${error instanceof Error ? error.message : String(error)}`);
    }
    return EXIT_COULD_NOT_RUN;
  }
}

/** Draft texts are read as plain text; Word and PDF files must be saved as text first. */
const TEXT_FILE = /\.(?:txt|md|markdown)$/i;

/**
 * check-text: which mandatory points a draft's text covers. The catalogue, its keywords and the law provisions come
 * from data/, checked by the same check as always; if they have errors, the text check cannot run.
 */
function runTextCheck(options: Options, io: Io): number {
  if (options.patterns.length === 0) throw new UsageError('check-text skal have mindst én tekstfil (.txt eller .md), fx "rusmiddelstandard check-text udkast.txt".');
  const files = readDocuments(options.patterns, io.cwd);
  for (const file of files) {
    if (!TEXT_FILE.test(file.path)) {
      throw new UsageError(`"${file.path}" er ikke en .txt- eller .md-fil. Gem udkastet som ren tekst (i Word: Gem som › Almindelig tekst, UTF-8) og kør kontrollen på den fil.`);
    }
  }
  const data = checkDataset({ ...loadDatasetFromDisk(undefined, io.cwd), documents: [] });
  if (hasErrors(data.diagnostics)) {
    io.err(`Projektets data har fejl, så tekstkontrollen kan ikke køre:\n${formatStylish(data.diagnostics.filter((d) => d.severity === 'error'))}`);
    return EXIT_COULD_NOT_RUN;
  }
  // The newest catalogue that has keywords.
  const usable = data.catalogues
    .map((catalogue) => ({ catalogue: catalogue.data, keywords: data.keywords.find((file) => file.data.kravkatalog === catalogue.data.id) }))
    .filter((pair) => pair.keywords !== undefined)
    .sort((a, b) => b.catalogue.udstedt.localeCompare(a.catalogue.udstedt))[0];
  if (!usable) {
    io.err('Ingen nøgleordsfil i data/requirements/ (<kravkatalog>.noegleord.yaml) hører til et kravkatalog, så tekstkontrollen ved ikke, hvad den skal lede efter.');
    return EXIT_COULD_NOT_RUN;
  }
  const provisions = new Map(data.provisions.flatMap((file) => file.data.map((provision) => [provision.id, provision] as const)));
  const checks = files.map((file) => checkDraftText(file.text, file.path, usable.catalogue, usable.keywords!.data, provisions));
  const diagnostics = checks.flatMap((check) => check.diagnostics);
  io.out(options.format === 'json' ? formatJson(diagnostics)
    : options.format === 'sarif' ? formatSarif(diagnostics, options.siteUrl)
    : formatTextCheckStylish(checks));
  return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_CLEAN;
}
