import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetFiles } from '../check/dataset.ts';
import type { Diagnostic } from '../check/types.ts';

/**
 * A build after editing one document checked the whole data set again (on the national corpus, about as long as the
 * Astro build of all pages after it). The outcome of a check that passed is kept on disk, keyed by a hash of every
 * input the check reads (each file's path and text, the unreadable files, the judgement date) and of the check's own
 * code (src/check/, schemas/, the handoff and this file) and package-lock.json (the parser and zod versions): the same
 * inputs and code give the same findings, and any change to either misses and runs the full check.
 *
 * The entry is the checked data as JSON, which the pages' virtual module reads directly, so the build never holds it
 * as one big string literal in the bundle, plus the findings to print. RUSMIDDEL_CHECK_CACHE=off checks every time;
 * RUSMIDDEL_CACHE_DIR moves the folder (shared with the Markdown cache).
 */

/** Bump when the check's outcome changes in a way the hashed inputs below do not show. */
const CACHE_VERSION = 1;
/** Entries not used for this long are removed; builds running at once may share the folder, so never younger ones. */
const STALE_MS = 2 * 24 * 60 * 60 * 1000;

export interface CachedCheck {
  /** The file holding the checked data set as JSON ({ result, today }). */
  dataFile: string;
  /** The warnings the check found, printed on every build as on the first. */
  diagnostics: Diagnostic[];
}

export function cacheDirectory(root = process.cwd()): string {
  return process.env.RUSMIDDEL_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'rusmiddelstandarder');
}

/** The files of a folder, recursively, in name order. */
function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : entry.isFile() ? [join(directory, entry.name)] : []));
}

let codeKey: string | undefined;

/** A hash of the code that decides the check's outcome; undefined when it cannot be read (then nothing is cached). */
function checkCodeKey(root: string): string | undefined {
  if (codeKey) return codeKey;
  const inputs = [
    ...filesUnder(join(root, 'src', 'check')),
    ...filesUnder(join(root, 'schemas')),
    join(root, 'src', 'model', 'checked-handoff.ts'),
    join(root, 'src', 'integrations', 'check-cache.ts'),
    join(root, 'src', 'integrations', 'data-check.ts'),
    join(root, 'package-lock.json'),
  ];
  try {
    const hash = createHash('sha256').update(`${CACHE_VERSION}\n${process.version}\n`);
    for (const file of inputs)
      hash
        .update(`${relative(root, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
    codeKey = hash.digest('hex');
    return codeKey;
  } catch {
    return undefined;
  }
}

/** The key of one check: the code's hash and every input file's path and text. */
export function checkKey(files: DatasetFiles, root = process.cwd()): string | undefined {
  if (process.env.RUSMIDDEL_CHECK_CACHE === 'off') return undefined;
  const code = checkCodeKey(root);
  if (!code) return undefined;
  const hash = createHash('sha256').update(code);
  const isTextFile = (value: unknown): value is { path: string; text: string } =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { text?: unknown }).text === 'string' &&
    typeof (value as { path?: unknown }).path === 'string';
  const addText = (path: string, text: string) => hash.update(`${path}\0${text.length}\0`).update(text);
  // Every field the loader hands the check, by name, so a field added later is never silently left out of the key.
  const fields = { ...files, wholeDataSet: true } as Record<string, unknown>;
  for (const name of Object.keys(fields).sort()) {
    const value = fields[name];
    hash.update(`\n#${name}\n`);
    if (Array.isArray(value) && value.every(isTextFile)) for (const file of value) addText(file.path, file.text);
    else if (isTextFile(value)) addText(value.path, value.text);
    else if (name === 'sourceTexts' && typeof value === 'object' && value !== null)
      for (const [path, text] of Object.entries(value as Record<string, string>)) addText(path, String(text));
    else hash.update(JSON.stringify(value) ?? 'undefined');
  }
  return hash.digest('base64url').slice(0, 32);
}

const dataPath = (key: string, root: string) => join(cacheDirectory(root), `check-${key}.json`);
const findingsPath = (key: string, root: string) => join(cacheDirectory(root), `check-${key}.findings.json`);

/** The cached outcome for a key, or undefined on a miss (or an entry that cannot be read). */
export function readCachedCheck(key: string, root = process.cwd()): CachedCheck | undefined {
  const dataFile = dataPath(key, root);
  try {
    if (!existsSync(dataFile)) return undefined;
    const diagnostics = JSON.parse(readFileSync(findingsPath(key, root), 'utf8')) as Diagnostic[];
    if (!Array.isArray(diagnostics)) return undefined;
    const now = new Date();
    // Used now: keep it from being pruned as stale.
    utimesSync(dataFile, now, now);
    return { dataFile, diagnostics };
  } catch {
    return undefined;
  }
}

/** Writes an entry (each file whole: written aside, then renamed) and returns its data file; undefined if it cannot. */
export function writeCachedCheck(key: string, json: string, diagnostics: Diagnostic[], root = process.cwd()): string | undefined {
  const directory = cacheDirectory(root);
  const dataFile = dataPath(key, root);
  try {
    mkdirSync(directory, { recursive: true });
    const suffix = `.${process.pid}.tmp`;
    // The findings first: an entry counts as present only once its data file exists.
    writeFileSync(findingsPath(key, root) + suffix, JSON.stringify(diagnostics));
    renameSync(findingsPath(key, root) + suffix, findingsPath(key, root));
    writeFileSync(dataFile + suffix, json);
    renameSync(dataFile + suffix, dataFile);
    pruneStale(directory, dataFile);
    return dataFile;
  } catch {
    return undefined;
  }
}

function pruneStale(directory: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(directory)) {
    const key = /^check-([^.]+)\./.exec(name)?.[1];
    if (!key) continue;
    const path = join(directory, name);
    if (path === keep) continue;
    try {
      // An entry's age is its data file's (touched on every use); a file without one goes by its own.
      const data = join(directory, `check-${key}.json`);
      const stamp = statSync(existsSync(data) ? data : path).mtimeMs;
      if (now - stamp > STALE_MS) rmSync(path, { force: true });
    } catch {
      // removed by another build meanwhile
    }
  }
}
