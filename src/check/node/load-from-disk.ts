import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetFiles } from '../dataset.ts';
import { readTextFile } from './read-from-disk.ts';
import { diagnostic } from '../rule-catalogue.ts';
import { requirementFileKind } from '../requirements.ts';
import { judgementDate } from '../today.ts';
import type { Diagnostic, TextFile } from '../types.ts';

/** The data directory: `data/` unless RUSMIDDEL_DATA_DIR names another (tests build broken copies). */
export function dataDirectory(root = process.cwd()): string {
  return process.env.RUSMIDDEL_DATA_DIR ?? join(root, 'data');
}

/**
 * The date revision deadlines are judged by: RUSMIDDEL_TODAY (YYYY-MM-DD) for reproducible builds and tests, else
 * today's date in Copenhagen (the same function /tjek/ uses, so both agree at midnight). A malformed
 * RUSMIDDEL_TODAY throws InvalidTodayError with a Danish message.
 */
export function todayFromEnvironment(now = new Date()): string {
  return judgementDate(now, process.env.RUSMIDDEL_TODAY);
}

/** A YAML file name, in any case: "Navn.YAML" and "x.Yml" are read like "x.yaml", never skipped. */
const YAML_NAME = /\.ya?ml$/i;
/** Deeper than this, a folder under data/ is a link loop or a mistake, not data. */
const MAX_FOLDER_DEPTH = 12;

/** What loading found besides the files: every file that could not be read, as a located diagnostic. */
class Loader {
  readonly problems: Diagnostic[] = [];
  constructor(private readonly root: string) {}

  shown(path: string): string {
    return relative(this.root, path) || path;
  }

  /** The YAML files under a folder, in name order; a folder that does not exist has none. */
  yamlFilesUnder(directory: string, depth = 0): string[] {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && depth > 0) this.unreadable(directory, 'mappen kan ikke læses (ingen adgang, eller den er ikke en mappe)');
      return [];
    }
    return entries.flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.name.startsWith('.')) return [];
      // A symbolic link is followed to what it points at; a dangling one is read (and reported) like a file.
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = statSync(path).isDirectory();
        } catch {
          isDirectory = false;
        }
      }
      if (isDirectory) {
        if (depth >= MAX_FOLDER_DEPTH) {
          this.unreadable(path, `mapperne er indlejret mere end ${MAX_FOLDER_DEPTH} niveauer (måske et symbolsk link, der peger tilbage på en mappe over det)`);
          return [];
        }
        return this.yamlFilesUnder(path, depth + 1);
      }
      return YAML_NAME.test(entry.name) && !entry.name.toLowerCase().endsWith('.headings.yaml') ? [path] : [];
    });
  }

  read(path: string): TextFile[] {
    const outcome = readTextFile(path);
    if (outcome.ok) return [{ path: this.shown(path), text: outcome.text }];
    if (outcome.tooLarge) this.problems.push(diagnostic('file-too-large', this.shown(path), 1, 1, `Kan ikke læse filen: ${outcome.reason}.`));
    else this.unreadable(path, outcome.reason);
    return [];
  }

  /** A file the data set may do without (the list of kommuner, the glossary): absent is fine, unreadable is not. */
  readOptional(path: string): TextFile | undefined {
    if (!existsSync(path)) return undefined;
    return this.read(path)[0];
  }

  unreadable(path: string, reason: string): void {
    this.problems.push(diagnostic('unreadable-file', this.shown(path), 1, 1, `Kan ikke læse "${this.shown(path)}": ${reason}.`));
  }
}

/** A reference list that a copied or synthetic data directory may lack; the site then shows only its documents. */
/** The heading maps (*.headings.yaml) beside the source texts. */
function headingMapNames(sourceDirectory: string): string[] {
  try {
    return readdirSync(sourceDirectory)
      .filter((name) => name.endsWith('.headings.yaml'))
      .sort();
  } catch {
    return [];
  }
}

/** Reads the whole data set from disk, as the check core expects it. Files that cannot be read become diagnostics. */
export function loadDatasetFromDisk(directory = dataDirectory(), root = process.cwd()): DatasetFiles {
  const loader = new Loader(root);
  const requirementFiles = loader.yamlFilesUnder(join(directory, 'requirements'));
  const ofKind = (kind: ReturnType<typeof requirementFileKind>) => requirementFiles.filter((path) => requirementFileKind(path) === kind);
  const sourceDirectory = join(directory, 'sources');
  let sourceNames: string[];
  try {
    sourceNames = readdirSync(sourceDirectory)
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch {
    sourceNames = [];
  }
  const files: DatasetFiles = {
    provisions: ofKind('provisions').flatMap((path) => loader.read(path)),
    // Keyword files (*.noegleord.yaml) sit beside their catalogue; the check validates them, the text check uses them.
    catalogues: ofKind('catalogue').flatMap((path) => loader.read(path)),
    keywords: ofKind('keywords').flatMap((path) => loader.read(path)),
    documents: loader.yamlFilesUnder(join(directory, 'kommuner')).flatMap((path) => loader.read(path)),
    kommuneList: loader.readOptional(join(directory, 'landet', 'kommuner.yaml')),
    glossary: loader.readOptional(join(directory, 'ordliste.yaml')),
    headingMaps: headingMapNames(sourceDirectory).flatMap((name) => loader.read(join(sourceDirectory, name))),
    sourceTexts: Object.fromEntries(sourceNames.flatMap((name) => loader.read(join(sourceDirectory, name)).map((file) => [name, file.text] as const))),
    today: todayFromEnvironment(),
  };
  return loader.problems.length > 0 ? { ...files, unreadable: loader.problems } : files;
}
