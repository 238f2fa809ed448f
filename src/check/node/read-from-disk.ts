import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { MAX_CHARACTERS } from '../parse-yaml.ts';

/** The most bytes read from one file: the character limit in the worst case of UTF-8 (4 bytes each), plus a BOM. */
export const MAX_FILE_BYTES = MAX_CHARACTERS * 4 + 3;

export type ReadOutcome =
  | { ok: true; text: string }
  /** Could not or must not be read; `reason` is Danish and completes "Kan ikke læse <fil>: …". */
  | { ok: false; reason: string; tooLarge?: boolean };

/** Like ReadOutcome, for files read as bytes (a Word or PDF draft). */
export type BytesOutcome =
  | { ok: true; bytes: Uint8Array }
  /** Could not or must not be read; `reason` is Danish and completes "Kan ikke læse <fil>: …". */
  | { ok: false; reason: string; tooLarge?: boolean };

/**
 * Reads a text file the safe way, for the CLI and the build alike: the path is examined before it is opened, so a
 * FIFO, a device (/dev/zero), a socket or a directory is refused instead of hanging or reading without end; a
 * dangling symbolic link and a file without read access get their own Danish reason; and no more than
 * MAX_FILE_BYTES are ever read, whatever the file claims to be. Never throws.
 */
export function readTextFile(path: string): ReadOutcome {
  const outcome = readFileBytes(path);
  return outcome.ok ? { ok: true, text: new TextDecoder('utf-8').decode(outcome.bytes) } : outcome;
}

/** Reads a file's bytes with the same safeguards as readTextFile (for Word and PDF drafts). Never throws. */
export function readFileBytes(path: string): BytesOutcome {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
  let stats: Stats;
  try {
    stats = link.isSymbolicLink() ? statSync(path) : link;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `det er et symbolsk link til "${target(path)}", som ikke findes. Ret linket, eller slet det` };
    if (code === 'ELOOP') return { ok: false, reason: 'det er et symbolsk link, der peger på sig selv i en ring. Ret linket, eller slet det' };
    return { ok: false, reason: failure(error) };
  }
  const kind = notRegular(stats);
  if (kind) return { ok: false, reason: kind };
  if (stats.size > MAX_FILE_BYTES) return tooLarge(stats.size);

  let descriptor: number;
  try {
    // Non-blocking, so a file swapped for a FIFO after the check above cannot make the open hang.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
  try {
    const opened = fstatSync(descriptor);
    const openedKind = notRegular(opened);
    if (openedKind) return { ok: false, reason: openedKind };
    // Read at most one byte past the limit: enough to know the file is too large, never more.
    const buffer = Buffer.alloc(Math.min(opened.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) break;
    }
    if (length > MAX_FILE_BYTES) return tooLarge(length);
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  } finally {
    closeSync(descriptor);
  }
}

function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'det er en mappe, ikke en fil';
  const what = stats.isFIFO()
    ? 'en navngiven pipe (FIFO)'
    : stats.isCharacterDevice() || stats.isBlockDevice()
      ? 'en enhed (fx /dev/zero)'
      : stats.isSocket()
        ? 'en socket'
        : 'ikke en almindelig fil';
  return `det er ${what}, ikke en almindelig fil. Kontrollen læser kun almindelige tekstfiler`;
}

function tooLarge(bytes: number): { ok: false; reason: string; tooLarge: true } {
  const size = (bytes / 1_000_000).toLocaleString('da-DK', { maximumFractionDigits: 1 });
  return {
    ok: false,
    tooLarge: true,
    reason: `filen er på mindst ${size} MB; grænsen er ${(MAX_FILE_BYTES / 1_000_000).toLocaleString('da-DK', { maximumFractionDigits: 0 })} MB (${MAX_CHARACTERS.toLocaleString('da-DK')} tegn), så den er ikke læst. Kontrollér, at det er den rigtige fil`,
  };
}

function target(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/** Why a file could not be read, in Danish. */
export function failure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'filen findes ikke';
    case 'ENOTDIR':
      return 'en del af stien er en fil, ikke en mappe';
    case 'EISDIR':
      return 'det er en mappe, ikke en fil';
    case 'EACCES':
    case 'EPERM':
      return 'du har ikke adgang til at læse filen';
    case 'ELOOP':
      return 'stien indeholder symbolske links, der peger på hinanden i en ring';
    case 'ENAMETOOLONG':
      return 'stien er for lang';
    case 'EAGAIN':
      return 'filen kan ikke læses uden at vente (den er ikke en almindelig fil)';
    case 'EIO':
      return 'diskens data kunne ikke læses (I/O-fejl)';
    default:
      return `filen kunne ikke læses (${(error as NodeJS.ErrnoException).code ?? 'ukendt fejl'})`;
  }
}
