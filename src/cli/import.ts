import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentSchema } from '../../schemas/index.ts';
import { checkDataset, formatStylish, textCheckSetup } from '../check/index.ts';
import { dataDirectory, loadDatasetFromDisk } from '../check/node/load-from-disk.ts';
import { DOCUMENT_KINDS, importDocument, type ImportKind } from '../import/draft.ts';
import { readSource } from '../import/read-source.ts';
import { slugify } from '../check/slug.ts';

export const EXIT_WRITTEN = 0;
export const EXIT_COULD_NOT_RUN = 2;

export const IMPORT_HELP = `Brug: npm run importer -- <fil.pdf|fil.docx|fil.txt> --kommune <Navn> [--type kvalitetsstandard|servicedeklaration|udviklingsplan]
      npx rusmiddelstandard importer <fil> --kommune <Navn> [--type ...]
      (npm run ny-kommune -- ... er det samme)

Importerer en kommunes dokument og skriver et udkast, der er klar til at blive bekræftet:
  data/sources/<id>.txt             teksten, som den er læst af filen (beviset, som hvert uddrag findes i)
  data/sources/<id>.headings.yaml   kildens overskrifter og det afsnit, hver åbner
  data/kommuner/<kommune>/<id>.yaml dokumentet: alle afsnit ordret, og det, importen kunne finde maskinelt
                                    (titel, periode, godkendelse, telefonnumre, e-mails, adresser, åbnings- og
                                    telefontider, lovens 18 punkter), hver markeret under til_bekraeftelse
<id> er <kommune>-<type>[-<periode>], fx eksempelby-kvalitetsstandard-2025-2026.

Derefter: "npm run check" viser hvert felt, der venter på at blive bekræftet (regel awaiting-confirmation), med
linje og kolonne. Kontrollér feltet mod kilden, ret det, og slet punktet under til_bekraeftelse. Se /tilfoej-kommune/.

Tilvalg:
  --kommune <Navn>  kommunens navn uden "Kommune", fx "Aarhus" (påkrævet)
  --type <type>     dokumenttypen; uden den gættes den ud fra teksten (standard: kvalitetsstandard)
  -h, --help        vis denne hjælp

En fil, der findes, overskrives aldrig, og en import, der ikke lykkes, skriver intet.
Afslutningskode: 0 udkastet er skrevet, 2 der er intet skrevet.`;

export interface ImportIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The data directory: data/ unless RUSMIDDEL_DATA_DIR names another. */
  dataDir: string;
  cwd: string;
}

class UsageError extends Error {}

interface Options {
  file: string;
  kommune: string;
  kind?: ImportKind;
}

function parseArguments(args: string[]): Options | 'help' {
  const files: string[] = [];
  let kommune: string | undefined;
  let kind: ImportKind | undefined;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === '-h' || argument === '--help') return 'help';
    const value = () => (argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : args[++index]);
    if (argument === '--type' || argument.startsWith('--type=')) {
      const given = value();
      if (!DOCUMENT_KINDS.includes(given as ImportKind)) throw new UsageError(`Ukendt type "${given ?? ''}". Brug --type ${DOCUMENT_KINDS.join(', ')}.`);
      kind = given as ImportKind;
    } else if (argument === '--kommune' || argument.startsWith('--kommune=')) {
      kommune = value();
    } else if (argument.startsWith('-')) {
      throw new UsageError(`Ukendt tilvalg "${argument}".`);
    } else {
      files.push(argument);
    }
  }
  if (files.length >= 1 && kommune === undefined && !/\.[a-z]{2,4}$/i.test(files[0]!)) {
    // The old scaffold ("npm run ny-kommune -- Aarhus") wrote an empty skeleton; the import starts from the document.
    throw new UsageError(
      `Et nyt dokument starter nu fra kommunens egen fil: "npm run ny-kommune -- <fil.pdf|fil.docx|fil.txt> --kommune ${files.join(' ')}". Importen skriver kildeteksten, overskrifterne og et udkast med alt, der kan findes maskinelt.`,
    );
  }
  if (files.length !== 1)
    throw new UsageError(
      files.length === 0
        ? 'Angiv den fil, der skal importeres, fx "npm run importer -- standard.pdf --kommune Eksempelby".'
        : `Importér én fil ad gangen (fik ${files.length}: ${files.join(', ')}).`,
    );
  const name = (kommune ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|\s+)kommune$/i, '')
    .trim();
  if (name === '' || slugify(name) === '') throw new UsageError('Angiv kommunens navn med --kommune, fx "--kommune Eksempelby".');
  return { file: files[0]!, kommune: name, ...(kind ? { kind } : {}) };
}

/** Runs the import and returns its exit code; everything it says goes through `out` and `err`. */
export async function runImport(args: string[], io: ImportIo): Promise<number> {
  try {
    const options = parseArguments(args);
    if (options === 'help') {
      io.out(IMPORT_HELP);
      return EXIT_WRITTEN;
    }
    const path = resolve(io.cwd, options.file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        `Kan ikke læse "${options.file}": ${code === 'ENOENT' ? 'filen findes ikke' : code === 'EISDIR' ? 'det er en mappe' : error instanceof Error ? error.message : String(error)}.`,
      );
    }
    const read = await readSource(basename(path), bytes);
    if (!read.ok) {
      io.err(`${read.message}${read.message.includes('Der er ikke skrevet noget') ? '' : ' Der er ikke skrevet noget.'}`);
      return EXIT_COULD_NOT_RUN;
    }

    const requirements = checkDataset({ ...loadDatasetFromDisk(io.dataDir, io.cwd), documents: [] });
    // Only catalogues and keyword files that parse are used; their other findings are for "npm run check".
    const usable = textCheckSetup(requirements);
    if (!usable) throw new UsageError(`Der er intet kravkatalog med nøgleord i ${join(io.dataDir, 'requirements')}. Kør importen fra projektets mappe.`);

    const result = importDocument({
      text: read.text,
      kommune: options.kommune,
      ...(options.kind ? { kind: options.kind } : {}),
      catalogue: usable.catalogue,
      keywords: usable.keywords,
      sourceName: basename(path),
      declareOmissions: 'udeladt_fra_kilden' in DocumentSchema.shape,
      ...(read.headingHints ? { headingHints: read.headingHints } : {}),
    });
    if (!result.ok) {
      io.err(result.message);
      return EXIT_COULD_NOT_RUN;
    }

    const slug = slugify(options.kommune);
    const targets = [
      { path: join(io.dataDir, 'sources', result.sourceFile), text: result.sourceText },
      { path: join(io.dataDir, 'sources', result.headingsFile), text: result.headingsYaml },
      { path: join(io.dataDir, 'kommuner', slug, result.documentFile), text: result.documentYaml },
    ];
    const shown = (file: string) => {
      const fromHere = relative(io.cwd, file);
      return fromHere.startsWith('..') ? file : fromHere;
    };
    const existing = targets.filter((target) => existsSync(target.path));
    if (existing.length > 0) {
      throw new UsageError(
        `${existing.map((target) => shown(target.path)).join(' og ')} findes allerede og overskrives ikke. Er dokumentet importeret før, så ret i de filer; ellers slet eller omdøb dem først.`,
      );
    }

    // The draft must be what the check expects: only confirmations open. Anything else is a fault of the import.
    const draftPath = shown(targets[2]!.path);
    const onDisk = loadDatasetFromDisk(io.dataDir, io.cwd);
    const selfCheck = checkDataset({
      ...onDisk,
      documents: [{ path: draftPath, text: result.documentYaml }],
      sourceTexts: { ...onDisk.sourceTexts, [result.sourceFile]: result.sourceText },
      headingMaps: [...(onDisk.headingMaps ?? []), { path: shown(targets[1]!.path), text: result.headingsYaml }],
    }).diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'awaiting-confirmation');
    if (selfCheck.length > 0) {
      io.err(
        `Importen lavede et udkast, som kontrollen afviser af andre grunde end bekræftelser, så der er ikke skrevet noget. Det er en fejl i importen; meld den gerne med filen:\n${formatStylish(selfCheck)}`,
      );
      return EXIT_COULD_NOT_RUN;
    }

    // Write everything to a temporary folder in the data directory, then move it into place: all or nothing.
    mkdirSync(io.dataDir, { recursive: true });
    const temporary = mkdtempSync(join(io.dataDir, '.import-'));
    const moved: string[] = [];
    try {
      const staged = targets.map((target, index) => {
        const file = join(temporary, String(index));
        writeFileSync(file, target.text, { flag: 'wx' });
        return { ...target, staged: file };
      });
      for (const target of staged) {
        mkdirSync(join(target.path, '..'), { recursive: true });
        if (existsSync(target.path)) throw new UsageError(`${shown(target.path)} er dukket op under importen og overskrives ikke.`);
        renameSync(target.staged, target.path);
        moved.push(target.path);
      }
    } catch (error) {
      for (const path of moved) rmSync(path, { force: true });
      throw error;
    } finally {
      rmSync(temporary, { recursive: true, force: true });
    }

    const found = [
      `${result.sections.length} afsnit`,
      ...(result.kind === 'kvalitetsstandard'
        ? [
            `lovens punkter: ${result.points.filter((p) => p.status === 'beskrevet').length} beskrevet, ${result.points.filter((p) => p.status !== 'beskrevet').length} ikke fundet`,
          ]
        : []),
      `${result.candidates.filter((c) => c.kind === 'telefon').length} telefonnumre`,
      `${result.candidates.filter((c) => c.kind === 'email').length} e-mailadresser`,
      `${result.candidates.filter((c) => c.kind === 'adresse').length} adresser`,
      `${result.candidates.filter((c) => c.kind === 'tider').length} åbnings- og telefontider`,
    ];
    io.out(
      [
        `Importerede ${basename(path)} som ${result.id}:`,
        ...targets.map((target) => `  ${shown(target.path)}`),
        `Fundet: ${found.join(', ')}.`,
        `${result.confirmations} felter venter på at blive bekræftet. Kør "npm run check" for at se dem med linje og kolonne;`,
        'kontrollér hvert mod kilden, ret det, og slet dets punkt under til_bekraeftelse. Se /tilfoej-kommune/.',
      ].join('\n'),
    );
    return EXIT_WRITTEN;
  } catch (error) {
    if (error instanceof UsageError) io.err(`${error.message}\n\nSe "npm run importer -- --help".`);
    else io.err(`Importen kunne ikke køre: ${error instanceof Error ? error.message : String(error)}. Der er ikke skrevet noget.`);
    return EXIT_COULD_NOT_RUN;
  }
}

// Run as a script (npm run importer), not when imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runImport(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    dataDir: dataDirectory(),
    cwd: process.cwd(),
  });
}
