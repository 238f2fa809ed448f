/**
 * Reads a draft text (exported from Word or extracted from a PDF) into the lines the text check works on, repairing
 * what the export does to a document without moving anything to another line number:
 *
 * - blank lines are dropped (PDF extraction often puts one between every line);
 * - page headers and footers ("Side 3 af 9", a bare page number, a line repeated on every page) and lines that are only
 *   a URL (PDFs print link targets at the end of a page) are dropped;
 * - a word broken over two lines ("behand-" / "lingsgaranti") is joined on the first line, and a word broken inside a
 *   line by a two-column layout ("Sundheds- lovens") is joined too; "stof- og alkoholbehandling" is left alone;
 * - soft hyphens, tabs and non-breaking spaces are removed or made spaces, Symbol-font bullets (private-use characters)
 *   become "•", and an accent the extraction split from its letter ("pa ̊") is put back;
 * - Markdown heading marks (#) and emphasis (** __) are removed; a Markdown heading is remembered as a heading;
 * - e-mail quote marks ("> ", ">> ") are removed: a draft sent round in a mail thread is often only in a quoted reply.
 */

/** One non-blank line of the text, repaired, with its line number in the file as given. */
export interface TextLine {
  /** 1-based line number in the file. */
  number: number;
  /** The repaired line, in its original case. */
  text: string;
  /** The line was a Markdown heading (# ...). */
  markdownHeading: boolean;
}

/** Words that follow a hyphen in a shared compound ("stof- og alkoholbehandling"), where the hyphen must stay. */
const SHARED_COMPOUND_WORDS = new Set(['og', 'eller', 'samt', 'til', 'som', 'and', 'or']);

const PAGE_MARK = /^(?:side|page|s\.)\s*\d+(?:\s*(?:af|of|\/)\s*\d+)?$|^[-–—(\s]*\d{1,3}[-–—)\s]*$/i;
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.|mailto:)\S*(?:>)?$/i;

/** "> " and ">> " opening a line: a quoted reply in an e-mail (Markdown's block quote looks the same). */
const QUOTE_MARKS = /^\s{0,3}(?:>\s?)+/;

export function readTextLines(text: string): TextLine[] {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines = rawLines.flatMap((quoted, index): TextLine[] => {
    const raw = quoted.replace(QUOTE_MARKS, '');
    const markdownHeading = /^\s{0,3}#{1,6}\s/.test(raw);
    const repaired = repairLine(markdownHeading ? raw.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '') : tabRow(raw));
    return repaired === '' ? [] : [{ number: index + 1, text: repaired, markdownHeading }];
  });
  return joinBrokenWords(dropPageFurniture(lines));
}

/**
 * Word's review marks as they come out in text ("[Slettet: ...]", "[Kommentar MR: ...]", "[Deleted: ...]") and
 * Markdown/HTML comments: deleted text and comments are not the draft's text, so they are blanked (a heading over only a
 * comment stands over nothing); inserted text ("[Indsat: ...]") is the draft's text and is kept without its mark.
 */
const REVIEW_REMOVED = /\[\s*(?:slettet|kommentar|deleted|comment)\b[^\]\n]*\]|<!--.*?-->/giu;
const REVIEW_INSERTED = /\[\s*(?:indsat|inserted)\s*:\s*([^\]\n]*)\]/giu;

/**
 * A table copied from Word or a spreadsheet has its cells separated by tabs ("Personale<TAB>Værfagligt personale."): it
 * is read as a pipe-table row, so its first cell is the row's heading and an empty cell is empty. A tab opening the
 * line is indentation, not a cell.
 */
function tabRow(raw: string): string {
  if (!/\S\t/.test(raw) || raw.startsWith('|')) return raw;
  return `| ${raw.trim() === '' ? '' : raw.replace(/^\s+/, '').split(/\t+/).join(' | ')} |`;
}

function repairLine(raw: string): string {
  return (
    raw
      .replace(REVIEW_REMOVED, ' ')
      .replace(REVIEW_INSERTED, '$1')
      .replace(/\u00ad/g, '')
      .replace(/[\t\u00a0\u2000-\u200b\u202f\uf020]/g, ' ')
      // Word's Symbol-font bullets come out of a PDF as private-use characters (U+F0B7 and the like).
      .replace(/[\ue000-\uf8ff]/g, '•')
      .replace(/(\p{L}) (\p{M})/gu, '$1$2')
      .normalize('NFC')
      .replace(/(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)/g, '')
      .replace(/(\p{L})- +(\p{Ll}+)/gu, (whole, letter: string, next: string) => (SHARED_COMPOUND_WORDS.has(next) ? whole : `${letter}${next}`))
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** Page headers and footers: page marks, URL-only lines, and short lines repeated on at least three pages. */
function dropPageFurniture(lines: TextLine[]): TextLine[] {
  // Each line's repeat key once (lower case, digits as #), only for short lines.
  const keys = lines.map((line) => (wordsIn(line.text) <= 10 ? line.text.toLowerCase().replace(/\d+/g, '#') : undefined));
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  return lines.filter((line, index) => {
    if (PAGE_MARK.test(line.text) || URL_ONLY.test(line.text)) return false;
    const isBulletOnly = /^[•●▪■◦‣·*o-]$/.test(line.text);
    const key = keys[index];
    return !isBulletOnly && !(key !== undefined && (counts.get(key) ?? 0) >= 3);
  });
}

/** Words in a line (spaces + 1), without building an array. */
function wordsIn(text: string): number {
  let count = 1;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 32) count++;
  return count;
}

/** "behand-" at the end of one line and "lingsgaranti ..." on the next become "behandlingsgaranti" on the first. */
function joinBrokenWords(lines: TextLine[]): TextLine[] {
  const joined: TextLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const firstWord = /^(\p{Ll}[\p{L}\p{N}]*)([,.;:!?)]*)(?:\s+|$)/u.exec(line.text);
    if (previous && /\p{L}-$/u.test(previous.text) && firstWord && !SHARED_COMPOUND_WORDS.has(firstWord[1]!)) {
      previous.text = `${previous.text.slice(0, -1)}${firstWord[1]}${firstWord[2]}`;
      const rest = line.text.slice(firstWord[0].length).trim();
      if (rest !== '') joined.push({ ...line, text: rest });
      continue;
    }
    joined.push({ ...line });
  }
  return joined;
}
