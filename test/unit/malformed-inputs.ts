/**
 * Malformed inputs that are generated rather than committed: large files, binary data, bytes that are not UTF-8,
 * invisible characters and line endings that editors and Git would change. One named scenario each, written to a
 * temporary directory by the test. Each expected line:column is computed here from the text as it is assembled,
 * independently of the check.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers/dataset.ts';

export interface ExpectedError {
  rule: string;
  line: number;
  column: number;
  contains: string;
}

export interface GeneratedInput {
  name: string;
  description: string;
  /** The file's bytes. */
  bytes: Buffer;
  errors: ExpectedError[];
  /** When set, the check must finish within this many milliseconds. */
  withinMs?: number;
}

export const MALFORMED = join(FIXTURES, 'malformed');
export const VALID = readFileSync(join(FIXTURES, 'valid', 'document.yaml'), 'utf8');

/** 1-based line and column of the first `marker` at or after line `fromLine` of `text`. */
export function positionOf(text: string, marker: string, fromLine = 1): { line: number; column: number } {
  const lines = text.split('\n');
  for (let index = fromLine - 1; index < lines.length; index++) {
    const column = lines[index]!.indexOf(marker);
    if (column >= 0) return { line: index + 1, column: column + 1 };
  }
  throw new Error(`"${marker}" not found`);
}

export function replaceOnce(text: string, search: string, replacement: string): string {
  if (text.split(search).length !== 2) throw new Error(`"${search}" must occur exactly once`);
  return text.replace(search, () => replacement);
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function aliasBomb(): GeneratedInput {
  const lines = ['# "Billion laughs": ni niveauer af aliaser, der hver gentager det forrige ti gange', 'lol0: &lol0 "lol"'];
  for (let level = 1; level <= 9; level++)
    lines.push(
      `lol${level}: &lol${level} [${Array(10)
        .fill(`*lol${level - 1}`)
        .join(', ')}]`,
    );
  const text = `${lines.join('\n')}\n`;
  return {
    name: 'alias-bomb',
    description:
      'Aliases that would expand to 10^9 values; rejected, without expanding, at the alias that takes the written-out size past 2,000,000 characters (the second *lol5)',
    bytes: utf8(text),
    withinMs: 1000,
    errors: [
      {
        rule: 'yaml-syntax',
        line: positionOf(text, '*lol5').line,
        column: positionOf(text, '*lol5').column + '*lol5, '.length,
        contains: 'fylder mere end 2.000.000 tegn',
      },
    ],
  };
}

function tooManyAliases(): GeneratedInput {
  const text = `anker: &a tekst\nliste:\n${'  - *a\n'.repeat(101)}`;
  return {
    name: 'too-many-aliases',
    description: '101 aliases; the 101st is reported',
    bytes: utf8(text),
    withinMs: 1000,
    errors: [{ rule: 'yaml-syntax', line: 2 + 101, column: 5, contains: 'mere end 100 aliaser' }],
  };
}

function nestingBomb(): GeneratedInput {
  const depth = 900_000;
  const text = replaceOnce(VALID, 'kommune: Eksempelby\n', `kommune: Eksempelby\nkildebemaerkning: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
  const first = positionOf(text, 'kildebemaerkning: [');
  return {
    name: 'nesting-bomb',
    description: 'Lists nested 900,000 deep (1.8 MB); the 40th level is reported, quickly',
    bytes: utf8(text),
    withinMs: 1000,
    errors: [{ rule: 'yaml-syntax', line: first.line, column: first.column + 'kildebemaerkning: '.length + 39, contains: 'indlejret' }],
  };
}

function fiveMegabytes(): GeneratedInput {
  const filler = 'Kvalitetsstandarden gælder for Eksempelby Kommune i årene 2025-2026. ';
  const text = replaceOnce(
    VALID,
    'kildefil: eksempelby-kilde.txt\n',
    `kildefil: eksempelby-kilde.txt\nkildebemaerkning: ${filler.repeat(Math.ceil(5_000_000 / filler.length))}\n`,
  );
  return {
    name: 'file-5mb',
    description: 'A 5 MB document: rejected as too large before it is parsed',
    bytes: utf8(text),
    withinMs: 1000,
    errors: [{ rule: 'file-too-large', line: 1, column: 1, contains: '2.000.000' }],
  };
}

function largeValidDocument(): GeneratedInput {
  const filler = 'Kvalitetsstandarden gælder for Eksempelby Kommune i årene 2025-2026. ';
  // The filler goes in a free-text field: a section's text must equal its source span.
  const text = replaceOnce(
    VALID,
    'kildefil: eksempelby-kilde.txt\n',
    `kildefil: eksempelby-kilde.txt\nkildebemaerkning: ${filler.repeat(Math.floor(1_900_000 / filler.length))}\n`,
  );
  return { name: 'large-valid-document', description: 'A valid document of 1.9 million characters: accepted', bytes: utf8(text), errors: [], withinMs: 3000 };
}

function binaryPng(): GeneratedInput {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const body = Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256));
  return {
    name: 'binary-png',
    description: 'A PNG image instead of a YAML file',
    bytes: Buffer.concat([header, body]),
    errors: [{ rule: 'not-text', line: 1, column: 1, contains: 'binære data' }],
  };
}

function latin1(): GeneratedInput {
  const [before, after] = VALID.split('kommune: Eksempelby\n') as [string, string];
  const bytes = Buffer.concat([utf8(before), Buffer.from('kommune: Ærøskøbing\n', 'latin1'), utf8(after)]);
  return {
    name: 'non-utf8-latin1',
    description: 'One line saved as Latin-1 ("Ærøskøbing"), the rest UTF-8',
    bytes,
    // The first byte that is not UTF-8 is "Æ", just after "kommune: " on the line the split removed.
    errors: [{ rule: 'not-text', line: before.split('\n').length, column: 'kommune: '.length + 1, contains: 'UTF-8' }],
  };
}

function controlCharacter(): GeneratedInput {
  const text = replaceOnce(VALID, 'kommune: Eksempelby\n', 'kommune: Eksempel\u0007by\n');
  return {
    name: 'control-character',
    description: 'An invisible control character (BEL) pasted into a value',
    bytes: utf8(text),
    errors: [{ rule: 'not-text', ...positionOf(text, '\u0007'), contains: 'U+0007' }],
  };
}

function crlf(scenario: string): GeneratedInput {
  const folder = join(MALFORMED, scenario);
  const text = readFileSync(join(folder, 'document.yaml'), 'utf8');
  const expected = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as { errors: ExpectedError[] };
  return {
    name: `crlf-${scenario}`,
    description: `The ${scenario} fixture with Windows line endings (CRLF): same lines and columns`,
    bytes: utf8(text.replace(/\n/g, '\r\n')),
    errors: expected.errors,
  };
}

function crlfValid(): GeneratedInput {
  return {
    name: 'crlf-valid',
    description: 'The valid fixture with Windows line endings (CRLF): no error',
    bytes: utf8(VALID.replace(/\n/g, '\r\n')),
    errors: [],
  };
}

function manyUnknownKeys(): GeneratedInput {
  const extra = Array.from({ length: 250 }, (_, index) => `ukendt-felt-${index}: ${index}`).join('\n');
  const text = `${VALID}${extra}\n`;
  const first = positionOf(text, 'ukendt-felt-0:');
  const errors: ExpectedError[] = Array.from({ length: 100 }, (_, index) => ({
    rule: 'schema',
    line: first.line + index,
    column: 1,
    contains: `"ukendt-felt-${index}"`,
  }));
  errors.push({ rule: 'schema', line: first.line + 100, column: 1, contains: '150 fejl mere' });
  return {
    name: 'many-unknown-keys',
    description: '250 unknown keys: the first 100 are reported, then one line that says how many more',
    bytes: utf8(text),
    errors,
    withinMs: 1000,
  };
}

export function generatedInputs(): GeneratedInput[] {
  return [
    aliasBomb(),
    tooManyAliases(),
    nestingBomb(),
    fiveMegabytes(),
    largeValidDocument(),
    binaryPng(),
    latin1(),
    controlCharacter(),
    crlf('yaml-bad-indent'),
    crlf('type-quoted-number'),
    crlf('yaml-unclosed-bracket'),
    crlfValid(),
    manyUnknownKeys(),
  ];
}

/** Writes each generated input to `<directory>/<name>/document.yaml`; returns the inputs with their paths. */
export function writeGeneratedInputs(directory: string): (GeneratedInput & { path: string })[] {
  return generatedInputs().map((input) => {
    const path = join(directory, input.name, 'document.yaml');
    mkdirSync(join(directory, input.name), { recursive: true });
    writeFileSync(path, input.bytes);
    return { ...input, path };
  });
}
