import { CST, Parser, type ErrorCode, type YAMLError } from 'yaml';

/** Where a YAML syntax error really is, and what to do about it, in Danish. */
export interface ExplainedSyntaxError {
  /** Character offset of the mistake, which may be before where the parser noticed it. */
  offset: number;
  /** Danish explanation without the "YAML-syntaksfejl:" prefix. */
  message: string;
}

/**
 * Turns the YAML parser's first error into a located Danish explanation. The parser reports where it gave up;
 * for an unclosed quote or bracket, a tab or a misindented line the mistake is often earlier, so this looks for it.
 */
export function explainSyntaxError(error: YAMLError, text: string): ExplainedSyntaxError {
  const offset = error.pos[0];
  const lines = splitLines(text);
  const lineIndex = lineIndexAt(lines, offset);
  const line = lines[lineIndex]!;

  const tab = leadingTab(line.text);
  if (error.code === 'TAB_AS_INDENT' || tab !== undefined) {
    return {
      offset: line.start + (tab ?? Math.max(0, offset - line.start)),
      message:
        'linjen er indrykket med en tabulator. YAML tillader kun mellemrum som indrykning: erstat tabulatoren med mellemrum (lige så mange som linjerne omkring den).',
    };
  }
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const unclosed = unclosedQuote(lines);
    if (unclosed) {
      return {
        offset: unclosed.offset,
        message: `anførselstegnet ${unclosed.quote} her lukkes ikke på samme linje, så resten af filen læses som tekst. Tilføj det afsluttende ${unclosed.quote}.`,
      };
    }
  }
  if (/flow (sequence|map|collection)/i.test(error.message) || (error.code === 'MISSING_CHAR' && /[\]}]/.test(error.message))) {
    const unclosed = unclosedFlowCollection(text, offset);
    if (unclosed) {
      return unclosed.kind === '['
        ? { offset: unclosed.offset, message: 'listen, der begynder med "[" her, lukkes ikke med "]". Tilføj "]" efter listens sidste element.' }
        : { offset: unclosed.offset, message: 'objektet, der begynder med "{" her, lukkes ikke med "}". Tilføj "}" efter det sidste felt.' };
    }
  }
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/compact mappings/.test(error.message)) {
        return {
          offset,
          message: `værdien her indeholder ": " (kolon og mellemrum), som YAML læser som starten på et nyt felt. Sæt hele værdien i anførselstegn${quotedExample(line.text)}.`,
        };
      }
      return indentation(lines, lineIndex);
    case 'BAD_INDENT':
      return indentation(lines, lineIndex);
    case 'MISSING_CHAR':
      if (/without - indicator/.test(error.message)) return indentation(lines, lineIndex);
      break;
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        offset,
        message:
          'YAML læser denne linje og linjen ovenfor som én nøgle, fordi der mangler et ":" efter feltets navn, eller fordi indrykningen ikke passer. Tilføj ":" efter navnet, eller ret indrykningen.',
      };
    case 'MULTIPLE_DOCS':
      return {
        offset,
        message:
          'linjen "---" her starter et nyt YAML-dokument i samme fil. Et dokument skal stå i sin egen fil: slet "---" og det, der følger, eller flyt det til en ny fil.',
      };
    case 'RESOURCE_EXHAUSTION':
      return {
        offset,
        message:
          'lister og objekter er her indlejret så dybt inden i hinanden, at filen ikke kan læses. Et dokument har aldrig så dybe niveauer; kontrollér parenteser og indrykning.',
      };
    case 'BAD_SCALAR_START':
      return { offset, message: 'en værdi uden anførselstegn kan ikke begynde med tegnene @, ` eller %. Sæt værdien i anførselstegn.' };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return { offset, message: 'en værdi uden anførselstegn, der begynder med *, læses som et YAML-alias. Sæt værdien i anførselstegn.' };
    case 'BAD_DQ_ESCAPE':
      return {
        offset,
        message: 'en omvendt skråstreg (\\) i "dobbelte anførselstegn" skal efterfølges af et gyldigt tegn. Brug \'enkelte anførselstegn\', eller skriv \\\\.',
      };
    case 'KEY_OVER_1024_CHARS':
      return { offset, message: 'en nøgle er længere end 1.024 tegn. Der mangler nok et linjeskift eller et anførselstegn før ":".' };
    case 'BLOCK_IN_FLOW':
      return {
        offset,
        message: 'inden i [ ] eller { } kan værdier ikke stå over flere linjer med indrykning. Skriv listen eller objektet med én linje pr. element i stedet.',
      };
    default:
      break;
  }
  // Every code the parser has gets a Danish explanation; the parser's own English text never reaches the user.
  return {
    offset,
    message: `${CODE_DA[error.code] ?? CODE_DA.UNEXPECTED_TOKEN} Kontrollér indrykning, kolon og anførselstegn på denne linje og linjen ovenfor.`,
  };
}

/** A Danish explanation for each of the YAML parser's error codes (the fallback when no better one is found above). */
const CODE_DA: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'et alias (*navn) kan ikke have et anker (&navn) eller en type (!tag).',
  BAD_ALIAS: 'en værdi uden anførselstegn, der begynder med *, læses som et YAML-alias. Sæt værdien i anførselstegn.',
  BAD_DIRECTIVE: 'en linje, der begynder med %, læses som et YAML-direktiv, og dette kendes ikke. Sæt værdien i anførselstegn, eller slet linjen.',
  BAD_DQ_ESCAPE: 'en omvendt skråstreg (\\) i "dobbelte anførselstegn" skal efterfølges af et gyldigt tegn. Brug \'enkelte anførselstegn\', eller skriv \\\\.',
  BAD_INDENT: 'indrykningen her passer ikke med linjerne omkring den.',
  BAD_PROP_ORDER: 'et anker (&navn) eller en type (!tag) står et sted, hvor YAML ikke tillader det, fx efter værdien.',
  BAD_SCALAR_START: 'en værdi uden anførselstegn kan ikke begynde med tegnene @, ` eller %. Sæt værdien i anførselstegn.',
  BLOCK_AS_IMPLICIT_KEY: 'YAML læser en liste eller et objekt her som en nøgle; der mangler nok et linjeskift eller en indrykning.',
  BLOCK_IN_FLOW: 'inden i [ ] eller { } kan værdier ikke stå over flere linjer med indrykning.',
  BAD_COLLECTION_TYPE: 'typen (!tag) passer ikke til en liste eller et objekt. Fjern typen.',
  DUPLICATE_KEY: 'den samme nøgle står to gange i samme objekt. Slet eller omdøb den ene.',
  IMPOSSIBLE: 'YAML-læseren kom i en tilstand, den ikke kan komme videre fra.',
  KEY_OVER_1024_CHARS: 'en nøgle er længere end 1.024 tegn. Der mangler nok et linjeskift eller et anførselstegn før ":".',
  MISSING_CHAR: 'her mangler et tegn, som YAML venter på, fx et afsluttende anførselstegn, "]" eller "}", eller et ":" efter en nøgle.',
  MULTILINE_IMPLICIT_KEY: 'YAML læser denne linje og linjen ovenfor som én nøgle, fordi der mangler et ":" efter feltets navn.',
  MULTIPLE_ANCHORS: 'en værdi kan højst have ét anker (&navn); her står der flere. Slet de ekstra.',
  MULTIPLE_DOCS: 'linjen "---" her starter et nyt YAML-dokument i samme fil. Et dokument skal stå i sin egen fil.',
  MULTIPLE_TAGS: 'en værdi kan højst have én type (!tag); her står der flere. Slet de ekstra.',
  NON_STRING_KEY: 'en nøgle skal være et navn, ikke en liste eller et objekt.',
  RESOURCE_EXHAUSTION: 'lister og objekter er her indlejret så dybt inden i hinanden, at filen ikke kan læses.',
  TAB_AS_INDENT: 'linjen er indrykket med en tabulator. YAML tillader kun mellemrum som indrykning.',
  TAG_RESOLVE_FAILED: 'typen (!tag) her kendes ikke, eller værdien passer ikke til den. Projektets data bruger ingen typer: fjern den.',
  UNEXPECTED_TOKEN: 'YAML kan ikke læse filen her: et tegn eller en indrykning står et sted, hvor der ikke kan stå noget.',
};

interface Line {
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, text: part.replace(/\r$/, '') });
    start += part.length + 1;
  }
  return lines;
}

function lineIndexAt(lines: Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The column (0-based) of a tab in the line's leading whitespace. */
function leadingTab(line: string): number | undefined {
  const indent = /^[ \t]*/.exec(line)![0];
  const index = indent.indexOf('\t');
  return index === -1 || line.trim() === '' ? undefined : index;
}

const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
/** Where a line's key starts: after its spaces and any "- " list markers. */
const keyColumn = (line: string) => /^(?:\s*-\s+)*\s*/.exec(line)![0].length;

/**
 * An indentation error is reported on the first line that no longer fits, but the misindented line is often the
 * one above it: a line indented differently from both its neighbours, which agree with each other.
 */
function indentation(lines: Line[], lineIndex: number): ExplainedSyntaxError {
  const previous = (from: number) => {
    for (let index = from - 1; index >= 0; index--) if (isContent(lines[index]!.text)) return index;
    return undefined;
  };
  let culprit = lineIndex;
  const above = previous(lineIndex);
  const twoAbove = above === undefined ? undefined : previous(above);
  if (above !== undefined && twoAbove !== undefined) {
    const [here, up, upUp] = [lines[lineIndex]!, lines[above]!, lines[twoAbove]!].map((line) => keyColumn(line.text)) as [number, number, number];
    if (up !== here && up !== upUp && here === upUp) culprit = above;
  }
  const line = lines[culprit]!;
  return {
    offset: line.start + keyColumn(line.text),
    message:
      'indrykningen på denne linje passer ikke med linjerne omkring den. Felter i samme objekt skal stå præcis under hinanden, og et listeelement begynder med "- ". Ret antallet af mellemrum i starten af linjen.',
  };
}

/** `titel: Kvalitetsstandard: 2025` → `, fx titel: "Kvalitetsstandard: 2025"`. */
function quotedExample(line: string): string {
  const match = /^(\s*(?:-\s+)?)([\w-]+):\s+(.+?)\s*$/.exec(line);
  if (!match || match[3]!.length > 60) return '';
  const value = match[3]!;
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return `, fx ${match[2]}: ${quoted}`;
}

/**
 * The parser reports an unclosed quote where the file ends. Our data never spans a quoted string over lines
 * (long text uses `|` blocks), so the first line that ends inside a quote is where the author forgot to close it.
 */
function unclosedQuote(lines: Line[]): { offset: number; quote: string } | undefined {
  for (const line of lines) {
    let open: { quote: string; column: number } | undefined;
    for (let column = 0; column < line.text.length; column++) {
      const char = line.text[column] as string;
      if (open) {
        if (char === '\\' && open.quote === '"') column++;
        else if (char === open.quote && open.quote === "'" && line.text[column + 1] === "'") column++;
        else if (char === open.quote) open = undefined;
      } else if (char === '#' && (column === 0 || /\s/.test(line.text[column - 1] as string))) {
        break;
      } else if ((char === '"' || char === "'") && (column === 0 || /[\s[{,:]/.test(line.text[column - 1] as string))) {
        open = { quote: char, column };
      }
    }
    if (open) return { offset: line.start + open.column, quote: open.quote };
  }
  return undefined;
}

/** The flow collection ([ … ] or { … }) that is never closed, preferring the last one opened before `before`. */
function unclosedFlowCollection(text: string, before: number): { offset: number; kind: '[' | '{' } | undefined {
  const unclosed: { offset: number; kind: '[' | '{' }[] = [];
  const visitToken = (token: CST.Token | undefined) => {
    if (!token || token.type !== 'flow-collection') return;
    const closed = token.end.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end');
    if (!closed) unclosed.push({ offset: token.start.offset, kind: token.start.source === '[' ? '[' : '{' });
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    visitToken(token.value);
    CST.visit(token, (item) => {
      visitToken(item.key ?? undefined);
      visitToken(item.value);
    });
  }
  const candidates = unclosed.filter((collection) => collection.offset <= before).sort((a, b) => a.offset - b.offset);
  return candidates.at(-1) ?? unclosed.sort((a, b) => a.offset - b.offset)[0];
}
