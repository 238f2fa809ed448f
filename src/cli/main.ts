import { dirname, join, relative, resolve } from 'node:path';
import { checkDataset, formatJson, formatSarif, formatStylish, hasErrors, sortDiagnostics, type TextFile } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/node/load-from-disk.ts';
import { DOCUMENT_TYPES, type TextDocumentType } from '../check/text/document-type.ts';
import { findProject, OUTSIDE_PROJECT } from './project.ts';
import { readDraftFiles, runTextCheck, TextUsageError } from './text-command.ts';
import { readTextFile } from '../check/node/read-from-disk.ts';
import { diagnostic } from '../check/rule-catalogue.ts';
import { globSync } from './glob-sync.ts';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_COULD_NOT_RUN = 2;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `Brug: rusmiddelstandard check [tilvalg] [filer eller mønstre ...]
      rusmiddelstandard check-text [tilvalg] <udkast.docx|udkast.pdf|udkast.txt|udkast.md> ...
      rusmiddelstandard importer <fil.pdf|fil.docx|fil.txt> --kommune <Navn> [--type ...]   (se "importer --help")

check
Kontrollerer dokumenter i projektets YAML-format med præcis de regler, som bygningen af siden bruger:
skema, lovens punkter (kravkataloget i data/requirements/), uddrag mod kildeteksten i data/sources/,
henvisninger og revisionsfrister.

Uden filer kontrolleres hele data/ (kravkataloger, lovbestemmelser og alle dokumenter).
Med filer eller mønstre (fx "udkast/*.yaml") kontrolleres netop de dokumenter mod data/'s kravkataloger,
lovbestemmelser og kildetekster. En kildetekst (kildefil), der ikke ligger i data/sources/, findes også,
når den ligger i samme mappe som dokumentet.

check-text
Læser et udkast til en kvalitetsstandard (Word .docx, PDF .pdf, ren tekst .txt eller Markdown .md) og viser
for hvert af lovens punkter, om udkastet beskriver det, kun nævner det (en overskrift over "TBD" eller
"Afsnittet udarbejdes senere", en henvisning, en enkelt sætning i forbifarten), eller om det mangler, med de
linjer, der viser det. Overskrifter, spørgsmål og svar, "Emne: … / Beskrivelse: …", tabeller, punktlister,
paragraffer ("§ 3", "Stk. 2") og brevtekst uden overskrifter læses alle. Ord sammenlignes på deres danske
stamme, og hverdagsord (ventetid, mad og ophold, værdibevis ...) står i data/requirements/<kravkatalog>.noegleord.yaml.
Sidehoveder, sidefødder, sidetal, orddeling, lovens punktliste og citeret lovtekst tæller ikke med.
Linjenumre er linjer i den læste tekst (se den med --vis-tekst). For hvert punkt, der ikke er beskrevet,
vises lovens ordlyd, hvad den betyder, og hvordan andre kommuner beskriver punktet.
En servicedeklaration eller en udviklingsplan genkendes på sin titel; lovens 18 punkter gælder kun
kvalitetsstandarder, så for dem vises kun, hvad dokumentet beskriver.
Kontrollen læser ord, ikke indhold: læs selv de afsnit, den peger på.

Projektet findes i arbejdsmappen eller en mappe over den (den med data/requirements/).

Tilvalg:
  --format stylish   check: én linje pr. fund: fil:linje:kolonne  alvor  regel-id  besked, og en opsummering
                     check-text: de fundne punkter med linjenumre og tekst, derefter de manglende punkter
                     som fund i samme form (standard)
  --format json      fundene som en JSON-liste (check-text: hver fil med alle punkter, deres udfald
                     (beskrevet, kun-nævnt, mangler), linjer og bevis, og fundene)
  --format sarif     fundene som SARIF 2.1.0 (til GitHub code scanning)
  --site-url URL     adressen, siden er udgivet på; SARIF-fund linker så til reglernes forklaring
  -q, --quiet        vis kun fejl (ingen advarsler, ingen liste over fundne punkter)
  --vis-tekst        check-text: vis først den læste tekst med linjenumre
  --type TYPE        check-text: dokumenttypen (kvalitetsstandard, servicedeklaration, udviklingsplan)
                     i stedet for den, titlen viser
  -h, --help         vis denne hjælp

Afslutningskode: 0 ingen fejl (check-text: alle punkter fundet; advarsler kan forekomme), 1 fejl fundet
(check-text: et eller flere punkter mangler), 2 kontrollen kunne ikke køre (forkerte tilvalg, en fil, der
ikke kan læses, et mønster uden filer, eller fejl i projektets egne data).`;

interface Options {
  format: Format;
  siteUrl?: string;
  patterns: string[];
  quiet: boolean;
  showText: boolean;
  type?: TextDocumentType;
}

class UsageError extends Error {}

function parseArguments(args: string[]): Options | 'help' {
  const options: Options = { format: 'stylish', patterns: [], quiet: false, showText: false };
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
    } else if (argument === '-q' || argument === '--quiet') {
      options.quiet = true;
    } else if (argument === '--vis-tekst') {
      options.showText = true;
    } else if (argument === '--type' || argument.startsWith('--type=')) {
      const value = argument.includes('=') ? argument.split('=')[1]! : args[++index];
      if (!DOCUMENT_TYPES.includes(value as TextDocumentType)) throw new UsageError(`Ukendt dokumenttype "${value ?? ''}". Brug ${DOCUMENT_TYPES.join(', ')}.`);
      options.type = value as TextDocumentType;
    } else if (argument.startsWith('-')) {
      throw new UsageError(`Ukendt tilvalg "${argument}".`);
    } else {
      options.patterns.push(argument);
    }
  }
  return options;
}

function readDocuments(patterns: string[], cwd: string): (TextFile | (TextFile & { tooLarge: string }))[] {
  return patterns.flatMap((pattern) => {
    const paths = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd }).sort() : [pattern];
    if (paths.length === 0) throw new UsageError(`Mønsteret "${pattern}" passer ikke på nogen filer.`);
    return paths.map((path) => {
      const absolute = resolve(cwd, path);
      const shown = relative(cwd, absolute);
      // Examined before it is read: a FIFO, a device or a link to nothing is refused, and no file is read past the limit.
      const outcome = readTextFile(absolute);
      if (outcome.ok) return { path: shown.startsWith('..') ? absolute : shown, text: outcome.text };
      // Too large is a finding in the file (exit 1), like a file of too many characters; anything else: could not run.
      if (outcome.tooLarge) return { path: shown.startsWith('..') ? absolute : shown, text: '', tooLarge: outcome.reason };
      throw new UsageError(
        `Kan ikke læse "${path}": ${outcome.reason.startsWith('det er en mappe') ? `${outcome.reason}. Angiv filerne i den, fx "${path.replace(/\/$/, '')}/*.yaml"` : outcome.reason}.`,
      );
    });
  });
}

/** Source texts lying next to the documents checked, so a draft and its source can be checked together. */
/** The heading maps (*.headings.yaml) beside the drafts, so a draft's sections are compared with its source. */
function headingMapsBeside(documents: TextFile[], cwd: string): TextFile[] {
  const directories = [...new Set(documents.map((document) => dirname(resolve(cwd, document.path))))];
  return directories.flatMap((directory) =>
    globSync('*.headings.yaml', { cwd: directory }).flatMap((name) => {
      const outcome = readTextFile(join(directory, name));
      return outcome.ok ? [{ path: relative(cwd, join(directory, name)) || name, text: outcome.text }] : [];
    }),
  );
}

function sourcesBeside(documents: TextFile[], cwd: string): Record<string, string> {
  const directories = [...new Set(documents.map((document) => dirname(resolve(cwd, document.path))))];
  return Object.fromEntries(
    directories.flatMap((directory) =>
      globSync('*.txt', { cwd: directory }).flatMap((name) => {
        const outcome = readTextFile(join(directory, name));
        // An unreadable .txt beside a draft (a folder, a FIFO) is simply not a source; the check says if one is missing.
        return outcome.ok ? [[name, outcome.text] as const] : [];
      }),
    ),
  );
}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

/** Runs the CLI and returns its exit code (a promise when a Word or PDF file is read); all output goes through `out` and `err`. */
export function run(args: string[], io: Io): number | Promise<number> {
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
    const project = findProject(io.cwd);
    if (!project) {
      io.err(OUTSIDE_PROJECT(io.cwd));
      return EXIT_COULD_NOT_RUN;
    }
    if (command === 'check-text') {
      const files = readDraftFiles(expandPatterns(options.patterns, io.cwd), io.cwd);
      const result = runTextCheck(options, io, project, files);
      return result instanceof Promise ? result.catch((error: unknown) => couldNotRun(error, command, io)) : result;
    }
    const dataset = loadDatasetFromDisk(project.dataDirectory, io.cwd);
    const named = options.patterns.length ? readDocuments(options.patterns, io.cwd) : dataset.documents;
    const tooLarge = named.flatMap((file) =>
      'tooLarge' in file ? [diagnostic('file-too-large', file.path, 1, 1, `Kan ikke læse filen: ${String(file.tooLarge)}.`)] : [],
    );
    const documents = named.filter((file) => !('tooLarge' in file));
    if (documents.length === 0 && tooLarge.length === 0 && dataset.catalogues.length === 0) {
      // Nothing to check is not the same as nothing wrong.
      io.err(
        `Der er intet at kontrollere: ${project.dataDirectory} har ingen kravkataloger og ingen dokumenter. Angiv de filer, der skal kontrolleres, eller kør kommandoen i projektets mappe.`,
      );
      return EXIT_COULD_NOT_RUN;
    }
    const headingMaps = options.patterns.length
      ? // A draft's own heading map (beside it) wins over data/'s for the same document id: it is read last.
        [
          ...(dataset.headingMaps ?? []),
          ...headingMapsBeside(documents, io.cwd).filter(
            (map) => !(dataset.headingMaps ?? []).some((known) => resolve(io.cwd, known.path) === resolve(io.cwd, map.path)),
          ),
        ]
      : dataset.headingMaps;
    const checked = options.patterns.length
      ? checkDataset({ ...dataset, documents, headingMaps, sourceTexts: { ...sourcesBeside(documents, io.cwd), ...dataset.sourceTexts } })
      : // All of data/, as the build checks it: every heading map must belong to a document.
        checkDataset({ ...dataset, wholeDataSet: true });
    const all = tooLarge.length > 0 ? sortDiagnostics([...tooLarge, ...checked.diagnostics]) : checked.diagnostics;
    const diagnostics = options.quiet ? all.filter((d) => d.severity === 'error') : all;
    const output =
      options.format === 'json' ? formatJson(diagnostics) : options.format === 'sarif' ? formatSarif(diagnostics, options.siteUrl) : formatStylish(diagnostics);
    io.out(output);
    // A data file that could not be read at all (a FIFO, a link to nothing, no access) means the check could not run.
    if (diagnostics.some((d) => d.ruleId === 'unreadable-file')) return EXIT_COULD_NOT_RUN;
    return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_CLEAN;
  } catch (error) {
    return couldNotRun(error, command, io);
  }
}

function couldNotRun(error: unknown, command: string, io: Io): number {
  {
    if (error instanceof UsageError || error instanceof TextUsageError) {
      io.err(`${error.message}\n\nSe "rusmiddelstandard ${command} --help".`);
    } else {
      io.err(`Kontrollen kunne ikke køre: ${error instanceof Error ? error.message : String(error)}`);
    }
    return EXIT_COULD_NOT_RUN;
  }
}

/** File names from the arguments; patterns ("udkast/*.docx") are expanded. */
function expandPatterns(patterns: string[], cwd: string): string[] {
  return patterns.flatMap((pattern) => {
    const paths = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd }).sort() : [pattern];
    if (paths.length === 0) throw new UsageError(`Mønsteret "${pattern}" passer ikke på nogen filer.`);
    return paths;
  });
}
