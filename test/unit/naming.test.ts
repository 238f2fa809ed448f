import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dataset.ts';

/**
 * The naming rule (README, "For udviklere"): a file or folder name becomes an address on the site (src/pages/,
 * data/kommuner/) or sits beside ones that do, so it is written as a URL is: Danish words without æ, ø and å
 * (doegninstitutioner, tilgaengelighed), no spaces. Identifiers in code are checked by ESLint (id-match).
 */
const NAMED = ['src', 'schemas', 'tools', 'test', 'data'];
const NOT_OURS = new Set([join('test', 'vendor')]);
const SAFE = /^[A-Za-z0-9._[\]-]+$/;

function names(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (NOT_OURS.has(path)) return [];
    return entry.isDirectory() ? [path, ...names(path)] : [path];
  });
}

describe('file and folder names', () => {
  it('use only a-z, A-Z, 0-9, ".", "-", "_" and the route brackets', () => {
    const unsafe = NAMED.flatMap(names).filter((path) => !SAFE.test(path.split('/').at(-1)!));
    expect(
      unsafe.map((path) => relative(ROOT, join(ROOT, path))),
      'Navne på filer og mapper bliver til adresser på siden: skriv æ som ae, ø som oe og å som aa, og brug bindestreg i stedet for mellemrum (fx data/kommuner/aeroe/).',
    ).toEqual([]);
  });
});
