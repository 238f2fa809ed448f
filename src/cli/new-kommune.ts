import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RequirementCatalogueSchema, type RequirementCatalogue } from '../../schemas/index.ts';
import { parseWithFriendlyErrors, TODO_PLACEHOLDER } from '../check/friendly-errors.ts';
import { dataDirectory } from '../check/load-from-disk.ts';
import { parseYaml } from '../check/parse-yaml.ts';
import { TOPICS } from '../topics/registry.ts';

export const EXIT_WRITTEN = 0;
export const EXIT_COULD_NOT_RUN = 2;

/** The kinds of document the scaffold can start. */
export const DRAFT_KINDS = ['kvalitetsstandard', 'servicedeklaration'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const NEW_KOMMUNE_HELP = `Brug: npm run ny-kommune -- <Kommunenavn> [--type kvalitetsstandard|servicedeklaration]

Opretter et udkast til et dokument i data/kommuner/<kommune>/<kommune>-<type>-udkast.yaml med alle de felter,
et dokument skal have. Alt, der skal udfyldes fra kildedokumentet, står som ${TODO_PLACEHOLDER}; for en kvalitetsstandard
står hvert af lovens punkter under "krav" med "status: ${TODO_PLACEHOLDER}". Kontrollen ("npm run check") melder en fejl
med linje og kolonne for hvert ${TODO_PLACEHOLDER}, indtil det er udfyldt eller skrevet som "ikke-beskrevet".

Tilvalg:
  --type kvalitetsstandard   (standard) med kravkataloget og alle lovens punkter
  --type servicedeklaration  uden kravkatalog og punkter
  -h, --help                 vis denne hjælp

En eksisterende fil overskrives aldrig. Afslutningskode: 0 filen er skrevet, 2 den blev ikke skrevet.`;

export interface NewKommuneIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The data directory: data/ unless RUSMIDDEL_DATA_DIR names another. */
  dataDir: string;
}

class UsageError extends Error {}

/** "Lyngby-Taarbæk Kommune" → "lyngby-taarbaek": the slug used in ids, file names and URLs. */
export function kommuneSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function parseArguments(args: string[]): { name: string; kind: DraftKind } | 'help' {
  const words: string[] = [];
  let kind: DraftKind = 'kvalitetsstandard';
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === '-h' || argument === '--help') return 'help';
    if (argument === '--type' || argument.startsWith('--type=')) {
      const value = argument.includes('=') ? argument.slice('--type='.length) : args[++index];
      if (!DRAFT_KINDS.includes(value as DraftKind)) {
        throw new UsageError(`Ukendt type "${value ?? ''}". Brug --type ${DRAFT_KINDS.join(' eller --type ')}.`);
      }
      kind = value as DraftKind;
    } else if (argument.startsWith('-')) {
      throw new UsageError(`Ukendt tilvalg "${argument}".`);
    } else {
      words.push(argument);
    }
  }
  // The schema wants the name without "Kommune" ("Aarhus", not "Aarhus Kommune").
  const name = words.join(' ').replace(/\s+/g, ' ').trim().replace(/(^|\s+)kommune$/i, '').trim();
  if (name === '') throw new UsageError('Angiv kommunens navn, fx "npm run ny-kommune -- Aarhus".');
  if (kommuneSlug(name) === '') throw new UsageError(`Navnet "${name}" indeholder ingen bogstaver eller tal, så det kan ikke blive et filnavn. Angiv kommunens navn, fx "Aarhus".`);
  return { name, kind };
}

/** The newest requirement catalogue that applies to a kvalitetsstandard, read from the data directory. */
function readCatalogue(dataDir: string): RequirementCatalogue {
  const directory = join(dataDir, 'requirements');
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => /\.ya?ml$/.test(name) && name !== 'bestemmelser.yaml' && !name.includes('.noegleord.'));
  } catch {
    throw new UsageError(`Kravkatalogerne i ${directory} kan ikke læses. Kør kommandoen fra projektets mappe.`);
  }
  const catalogues = names.flatMap((name) => {
    const { parsed } = parseYaml(name, readFileSync(join(directory, name), 'utf8'));
    const data = parsed ? parseWithFriendlyErrors(RequirementCatalogueSchema, parsed).data : undefined;
    return data && data.gaelder_for.includes('kvalitetsstandard') ? [data] : [];
  });
  const newest = catalogues.sort((a, b) => b.udstedt.localeCompare(a.udstedt))[0];
  if (!newest) throw new UsageError(`Der er intet gyldigt kravkatalog for kvalitetsstandarder i ${directory}. Kør "npm run check" for at se hvorfor.`);
  return newest;
}

const yamlText = (value: string) => (/^[\p{L}\p{N} .,()–-]+$/u.test(value) && !/^[-\d]/.test(value) ? value : JSON.stringify(value));

/** The draft's YAML: every required field, with TODO where the author must write from the source. */
export function draftYaml(name: string, kind: DraftKind, catalogue: RequirementCatalogue | undefined): string {
  const slug = kommuneSlug(name);
  const id = `${slug}-${kind}-udkast`;
  const title = kind === 'kvalitetsstandard' ? `Kvalitetsstandard for ${name} (udkast)` : `Servicedeklaration for ${name} (udkast)`;
  const todo = (comment: string) => `${TODO_PLACEHOLDER}  # ${comment}`;
  const lines = [
    '# yaml-language-server: $schema=../../../public/schemas/dokument.schema.json',
    `# Udkast oprettet med "npm run ny-kommune". Skriv dokumentet ind efter reglerne i data/README.md:`,
    `# erstat hvert ${TODO_PLACEHOLDER} med det, kilden siger, eller med "ikke-beskrevet", hvis den ikke siger noget om det.`,
    `# Læg kildeteksten i data/sources/${id}.txt (eller ret kildefil), og kør "npm run check", til der ikke er fejl.`,
    '# Når dokumentets periode kendes, så giv id og filnavn den, fx "<kommune>-<type>-2025-2026".',
    `id: ${id}`,
    `kommune: ${yamlText(name)}`,
    `titel: ${yamlText(title)}`,
    `dokumenttype: ${kind}`,
    `omraader: ${todo('de stofområder, dokumentet dækker, fx [alkohol, stof]')}`,
    ...(kind === 'kvalitetsstandard' && catalogue ? [`kravkatalog: ${catalogue.id}`] : []),
    `kildefil: ${id}.txt`,
    `periode: ${todo("{ tekst: '2025-2026', fra_aar: 2025, til_aar: 2026, kilde: { afsnit: '1', uddrag: [...] } } eller ikke-beskrevet")}`,
    `udarbejdet: ${todo('{ tekst, aar, kilde } eller ikke-beskrevet')}`,
    `godkendt: ${todo('{ tekst, dato (ÅÅÅÅ-MM-DD, kun en hel dato), af, kilde } eller ikke-beskrevet')}`,
    `revision: ${todo('{ tekst, senest_aar, kilde } eller ikke-beskrevet')}`,
    `afsnit: ${todo("hvert afsnit i kilden, i kildens rækkefølge: - { id: '1', overskrift: ..., niveau: 1, tekst: ... }")}`,
  ];
  if (kind === 'kvalitetsstandard' && catalogue) {
    lines.push(`krav:  # ${catalogue.kort_titel}: hvert punkt er beskrevet (med afsnit: [...]), delvist (med afsnit og begrundelse) eller ikke-beskrevet`);
    for (const point of catalogue.punkter) {
      lines.push(`  # ${point.nummer}. ${point.ordlyd.replace(/\s+/g, ' ')}`);
      lines.push(`  ${point.id}:`);
      lines.push(`    status: ${todo("beskrevet med afsnit: ['...'], delvist med afsnit: ['...'] og begrundelse: ..., eller ikke-beskrevet")}`);
    }
  }
  for (const topic of TOPICS) lines.push(`${topic.key}: ${todo(`${topic.scaffoldHint}, eller ikke-beskrevet`)}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `npm run ny-kommune` and returns its exit code; output goes through `out` and `err`. */
export function runNewKommune(args: string[], io: NewKommuneIo): number {
  try {
    const options = parseArguments(args);
    if (options === 'help') {
      io.out(NEW_KOMMUNE_HELP);
      return EXIT_WRITTEN;
    }
    const slug = kommuneSlug(options.name);
    const catalogue = options.kind === 'kvalitetsstandard' ? readCatalogue(io.dataDir) : undefined;
    const directory = join(io.dataDir, 'kommuner', slug);
    const file = join(directory, `${slug}-${options.kind}-udkast.yaml`);
    const fromHere = relative(process.cwd(), file);
    const shown = fromHere.startsWith('..') ? file : fromHere;
    if (existsSync(file)) {
      throw new UsageError(`Filen ${shown} findes allerede og overskrives ikke. Ret i den, eller slet eller omdøb den, før du opretter et nyt udkast.`);
    }
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, draftYaml(options.name, options.kind, catalogue), { flag: 'wx' });
    const todos = options.kind === 'kvalitetsstandard' && catalogue ? ` og lovens ${catalogue.punkter.length} punkter under "krav"` : '';
    io.out(`Skrev ${shown}.\nUdfyld hvert ${TODO_PLACEHOLDER} (felterne${todos}), og kør "npm run check", til kontrollen ikke melder fejl.`);
    return EXIT_WRITTEN;
  } catch (error) {
    if (error instanceof UsageError) io.err(`${error.message}\n\nSe "npm run ny-kommune -- --help".`);
    else io.err(`Udkastet kunne ikke skrives: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_COULD_NOT_RUN;
  }
}

// Run as a script (npm run ny-kommune), not when imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runNewKommune(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    dataDir: dataDirectory(),
  });
}
