import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetFiles } from './dataset.ts';
import { KEYWORD_FILE_SUFFIX } from './text/keywords.ts';
import type { TextFile } from './types.ts';

/** The data directory: `data/` unless RUSMIDDEL_DATA_DIR names another (tests build broken copies). */
export function dataDirectory(root = process.cwd()): string {
  return process.env.RUSMIDDEL_DATA_DIR ?? join(root, 'data');
}

/** The date revision deadlines are judged by: RUSMIDDEL_TODAY (YYYY-MM-DD) for reproducible builds, else today. */
export function judgementDate(): string {
  return process.env.RUSMIDDEL_TODAY ?? new Date().toISOString().slice(0, 10);
}

function yamlFilesUnder(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return yamlFilesUnder(path);
    return /\.ya?ml$/.test(entry) && !entry.endsWith('.headings.yaml') ? [path] : [];
  });
}

function readText(path: string, root: string): TextFile {
  return { path: relative(root, path) || path, text: readFileSync(path, 'utf8') };
}

/** A reference list that a copied or synthetic data directory may lack; the site then shows only its documents. */
function optionalText(path: string, root: string): TextFile | undefined {
  try {
    return readText(path, root);
  } catch {
    return undefined;
  }
}

/** The heading maps (*.headings.yaml) beside the source texts. */
function headingMapNames(sourceDirectory: string): string[] {
  try {
    return readdirSync(sourceDirectory).filter((name) => name.endsWith('.headings.yaml')).sort();
  } catch {
    return [];
  }
}

/** Reads the whole data set from disk, as the check core expects it. */
export function loadDatasetFromDisk(directory = dataDirectory(), root = process.cwd()): DatasetFiles {
  const requirementFiles = yamlFilesUnder(join(directory, 'requirements'));
  const sourceDirectory = join(directory, 'sources');
  let sourceNames: string[] = [];
  try {
    sourceNames = readdirSync(sourceDirectory).filter((name) => name.endsWith('.txt')).sort();
  } catch {
    sourceNames = [];
  }
  return {
    provisions: requirementFiles.filter((path) => path.endsWith('bestemmelser.yaml')).map((path) => readText(path, root)),
    // Keyword files (*.noegleord.yaml) sit beside their catalogue; the check validates them, the text check uses them.
    catalogues: requirementFiles.filter((path) => !path.endsWith('bestemmelser.yaml') && !path.endsWith(KEYWORD_FILE_SUFFIX)).map((path) => readText(path, root)),
    keywords: requirementFiles.filter((path) => path.endsWith(KEYWORD_FILE_SUFFIX)).map((path) => readText(path, root)),
    documents: yamlFilesUnder(join(directory, 'kommuner')).map((path) => readText(path, root)),
    kommuneList: optionalText(join(directory, 'landet', 'kommuner.yaml'), root),
    glossary: optionalText(join(directory, 'ordliste.yaml'), root),
    headingMaps: headingMapNames(sourceDirectory).map((name) => readText(join(sourceDirectory, name), root)),
    sourceTexts: Object.fromEntries(sourceNames.map((name) => [name, readFileSync(join(sourceDirectory, name), 'utf8')])),
    today: judgementDate(),
  };
}
