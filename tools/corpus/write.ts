import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPUS_MARKER, generateCorpus, type CorpusOptions } from './generate.ts';

export const DEFAULT_CORPUS_DIR = '.corpus';

/** Generates the corpus into `directory` (replacing an earlier corpus there) and copies the real requirement files. */
export function writeCorpus(directory: string, options: CorpusOptions, root = process.cwd()): { files: number; bytes: number; documents: number } {
  if (existsSync(directory) && readdirSync(directory).length > 0 && !existsSync(join(directory, CORPUS_MARKER))) {
    throw new Error(`${directory} findes og er ikke et syntetisk korpus (mangler ${CORPUS_MARKER}); vælg en anden mappe med --ud.`);
  }
  rmSync(directory, { recursive: true, force: true });
  const files = generateCorpus(options);
  let bytes = 0;
  for (const file of files) {
    const path = join(directory, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  cpSync(join(root, 'data', 'requirements'), join(directory, 'requirements'), { recursive: true });
  // The catalogues quote each point's wording from a real source text; the check needs those texts beside them.
  for (const name of quotedSources(join(directory, 'requirements'))) {
    cpSync(join(root, 'data', 'sources', name), join(directory, 'sources', name));
  }
  return { files: files.length, bytes, documents: files.filter((file) => file.path.startsWith('kommuner/')).length };
}

/** The source texts (kildefil) the requirement files quote. */
function quotedSources(requirements: string): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(requirements).filter((name) => /\.ya?ml$/.test(name))) {
    for (const match of readFileSync(join(requirements, entry), 'utf8').matchAll(/\bkildefil:\s*['"]?([a-z0-9.-]+\.txt)/g)) names.add(match[1]!);
  }
  return [...names].sort();
}
