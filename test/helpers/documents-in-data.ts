import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './dataset.ts';

/** A document file under data/kommuner/<folder>/<id>.yaml, read from disk without the check or the site's model. */
export interface DocumentInData {
  /** The kommune's folder, which is its URL slug: data/kommuner/skanderborg/ → 'skanderborg'. */
  readonly folder: string;
  /** The file name without .yaml, which is the document's id. */
  readonly id: string;
  /** The kommune's name as the document gives it. */
  readonly kommune: string;
  readonly dokumenttype: string;
}

/**
 * Every document in data/, so that tests about "every document" or "every documented kommune" follow the data: a
 * document added with the scaffold needs no test edit.
 */
export function documentsInData(): DocumentInData[] {
  const kommuner = join(ROOT, 'data', 'kommuner');
  return readdirSync(kommuner, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(kommuner, folder.name))
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => {
          const data = parse(readFileSync(join(kommuner, folder.name, file), 'utf8')) as { kommune: string; dokumenttype: string };
          return { folder: folder.name, id: file.replace(/\.yaml$/, ''), kommune: data.kommune, dokumenttype: data.dokumenttype };
        }),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The kommune folders that hold at least one document. */
export const documentedKommuner = (): string[] => [...new Set(documentsInData().map((document) => document.folder))].sort();
