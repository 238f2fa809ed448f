import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './types.ts';
import { diagnostic } from './rule-catalogue.ts';

/** A YAML file parsed with node positions kept, so every later problem can be located. */
export interface ParsedYaml {
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JavaScript value, or undefined when the file could not be parsed. */
  value: unknown;
}

const MAX_BYTES = 2_000_000;

/**
 * Parses one YAML text. Returns the parsed file, or the diagnostics that explain why it could not be read:
 * every failure is a located diagnostic, never an exception.
 */
export function parseYaml(file: string, rawText: string): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const text = rawText.replace(/^\uFEFF/, '');
  if (text.length > MAX_BYTES) {
    return { diagnostics: [diagnostic('file-too-large', file, 1, 1, `Filen er på ${text.length} tegn; grænsen er ${MAX_BYTES}. Et dokument er normalt under 200.000 tegn: del filen op eller fjern det, der ikke hører til.`)] };
  }
  const controlAt = text.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  if (controlAt >= 0) {
    const before = text.slice(0, controlAt).split('\n');
    return {
      diagnostics: [
        diagnostic('not-text', file, before.length, (before.at(-1)?.length ?? 0) + 1,
          'Filen indeholder binære data eller tegn, der ikke er gyldig UTF-8. Gem filen som UTF-8-tekst (YAML).'),
      ],
    };
  }
  if (text.trim() === '' || text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) {
    return { diagnostics: [diagnostic('empty-file', file, 1, 1, 'Filen er tom. Skriv dokumentets data i den, eller slet filen.')] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const seenOffsets = new Set<number>();
  const diagnostics: Diagnostic[] = document.errors.flatMap((error) => {
    // One mistake often yields several errors at the same spot; the first one explains it.
    if (seenOffsets.has(error.pos[0])) return [];
    seenOffsets.add(error.pos[0]);
    const unclosed = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuote(text) : undefined;
    if (unclosed) {
      return [diagnostic('yaml-syntax', file, unclosed.line, unclosed.column,
        `YAML-syntaksfejl (MISSING_CHAR): anførselstegnet ${unclosed.quote} her lukkes ikke på samme linje, så resten af filen læses som tekst. Tilføj det afsluttende ${unclosed.quote}.`)];
    }
    const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return [diagnostic('yaml-syntax', file, position.line, position.col, yamlErrorMessage(error.code, error.message))];
  });
  if (diagnostics.length > 0) return { diagnostics };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { diagnostics: [diagnostic('yaml-syntax', file, 1, 1, `YAML-filen kunne ikke læses: ${message}. Fjern aliaser (*navn) og anker (&navn), der gentager indhold mange gange.`)] };
  }
  return { parsed: { file, text, document, lineCounter, value }, diagnostics: [] };
}

function yamlErrorMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'Samme nøgle står to gange i samme objekt. Slet eller omdøb den ene.',
    TAB_AS_INDENT: 'YAML tillader ikke tabulatorer som indrykning. Brug mellemrum.',
    BAD_INDENT: 'Indrykningen passer ikke med linjen ovenfor. Ret antallet af mellemrum.',
    MISSING_CHAR: 'Et tegn mangler, fx et afsluttende anførselstegn eller en parentes.',
    BLOCK_AS_IMPLICIT_KEY: 'En værdi, der indeholder ": ", skal sættes i anførselstegn.',
    MULTILINE_IMPLICIT_KEY: 'En nøgle kan ikke gå over flere linjer. Sæt værdien i anførselstegn, hvis den indeholder ": ".',
  };
  return `YAML-syntaksfejl (${code}): ${firstLine}. ${hints[code] ?? 'Ret syntaksen på dette sted.'}`;
}

/**
 * The parser reports an unclosed quote where the file ends. Our data never spans a quoted string over lines
 * (long text uses `|` blocks), so the first line that ends inside a quote is where the author forgot to close it.
 */
function unclosedQuote(text: string): { line: number; column: number; quote: string } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    let open: { quote: string; column: number } | undefined;
    for (let column = 0; column < line.length; column++) {
      const char = line[column] as string;
      if (open) {
        if (char === '\\' && open.quote === '"') column++;
        else if (char === open.quote && open.quote === "'" && line[column + 1] === "'") column++;
        else if (char === open.quote) open = undefined;
      } else if (char === '#' && (column === 0 || /\s/.test(line[column - 1] as string))) {
        break;
      } else if ((char === '"' || char === "'") && (column === 0 || /[\s[{,:]/.test(line[column - 1] as string))) {
        open = { quote: char, column };
      }
    }
    if (open) return { line: index + 1, column: open.column + 1, quote: open.quote };
  }
  return undefined;
}
