import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, type CST, type Document, type Node } from 'yaml';
import type { Diagnostic } from './types.ts';
import { diagnostic } from './rule-catalogue.ts';
import { explainSyntaxError } from './yaml-syntax-errors.ts';
import { checkStrings } from './rules/strings.ts';
import { fastParse } from './fast-yaml.ts';

/**
 * A YAML file parsed with node positions kept, so every later problem can be located. On the normal path the value
 * comes from the fast parser (fast-yaml.ts) and `document` and `lineCounter` are made by the `yaml` library on their
 * first use, which only a finding that must be located (or a rule that reads a scalar's raw text) needs.
 */
export interface ParsedYaml {
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The plain JavaScript value, or undefined when the file could not be parsed. */
  readonly value: unknown;
  /** True while `document` has not been made yet (a fast-parsed file): locate.ts then tries the lines first. */
  readonly positionsOnDemand?: boolean;
}

/** The largest file the check reads, in characters. A document is normally under 200,000. */
export const MAX_CHARACTERS = 2_000_000;
/** The deepest nesting of lists and objects accepted. The schemas need fewer than 10 levels. */
export const MAX_DEPTH = 40;
/** An alias may expand to at most this many nodes; more is a "billion laughs" attack, not a document. */
const MAX_ALIAS_COUNT = 100;
/** The most aliases (*navn) a file may use. Documents rarely use any; the YAML library resolves each in linear time. */
export const MAX_ALIASES = 100;
/** Brackets nested this deep are a runaway, found by a text scan before the (slow, recursive) YAML parser sees them. */
const RUNAWAY_BRACKETS = 200;

const thousands = (n: number) => n.toLocaleString('da-DK');

/**
 * Parses one YAML text. Returns the parsed file, or the diagnostics that explain why it could not be read:
 * every failure is a located diagnostic, never an exception. A leading byte-order mark is ignored. `careful` skips
 * the fast parser, so tests can compare both paths.
 */
export function parseYaml(file: string, rawText: string, options: { careful?: boolean } = {}): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const at = positionsIn(text);

  if (text.length > MAX_CHARACTERS) {
    return {
      diagnostics: [
        diagnostic(
          'file-too-large',
          file,
          1,
          1,
          `Filen er på ${thousands(text.length)} tegn; grænsen er ${thousands(MAX_CHARACTERS)}. Et dokument er normalt under 200.000 tegn: kontrollér, at det er den rigtige fil, eller fjern det, der ikke hører til.`,
        ),
      ],
    };
  }
  const notText = checkIsText(text);
  if (notText) {
    const { line, column } = at(notText.offset);
    return { diagnostics: [diagnostic('not-text', file, line, column, notText.message)] };
  }
  const lonelyReturn = lonelyCarriageReturn(text);
  if (lonelyReturn !== undefined) {
    const { line, column } = at(lonelyReturn);
    return {
      diagnostics: [
        diagnostic(
          'not-text',
          file,
          line,
          column,
          'Linjerne i filen slutter med et CR-tegn alene (gammeldags Mac-linjeskift), ikke med LF eller CR+LF, så YAML læser hele filen som én linje. Gem filen med almindelige linjeskift (LF eller Windows CR+LF) i editoren.',
        ),
      ],
    };
  }
  if (text.trim() === '') {
    return { diagnostics: [diagnostic('empty-file', file, 1, 1, 'Filen er tom. Skriv dokumentets data i den, eller slet filen.')] };
  }
  if (text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) {
    return {
      diagnostics: [
        diagnostic(
          'empty-file',
          file,
          1,
          1,
          'Filen indeholder kun kommentarer (linjer, der begynder med #), ingen data. Skriv dokumentets felter under kommentarerne, eller slet filen.',
        ),
      ],
    };
  }

  const blocks = blockNesting(text);
  const runaway = runawayFlowNesting(text) ?? blocks.runaway;
  if (runaway !== undefined) {
    const { line, column } = at(runaway);
    return { diagnostics: [diagnostic('yaml-syntax', file, line, column, TOO_DEEP)] };
  }

  const fast = options.careful ? undefined : fastParse(text, MAX_DEPTH);
  if (fast) return { parsed: withPositionsOnDemand(file, text, fast.value), diagnostics: [] };

  let document: Document.Parsed;
  let lineCounter: LineCounter;
  try {
    ({ document, lineCounter } = parseWithPositions(text));
  } catch (error) {
    // The parser recurses per level of nesting; the scans above stop runaways long before, so this is the last line.
    if (!(error instanceof RangeError)) throw error;
    const { line, column } = at(blocks.deepest ?? 0);
    return { diagnostics: [diagnostic('yaml-syntax', file, line, column, TOO_DEEP)] };
  }
  // An unknown type (!foo) is only a warning to the yaml library, which then reads the value as if untyped; the data
  // uses no types, so it is reported like a syntax error instead of being accepted silently.
  const unresolvedTags = document.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  const syntaxErrors = [...document.errors, ...unresolvedTags].sort((a, b) => a.pos[0] - b.pos[0]);
  if (syntaxErrors.length > 0) {
    // One mistake usually sets off a cascade of errors after it; the first one is the one to fix.
    const first = syntaxErrors[0]!;
    if (first.code === 'RESOURCE_EXHAUSTION') {
      // The parser ran out of stack somewhere inside a runaway nesting; report where the nesting passes the limit.
      const offset = firstTooDeep(text) ?? first.pos[0];
      const { line, column } = at(offset);
      return { diagnostics: [diagnostic('yaml-syntax', file, line, column, TOO_DEEP)] };
    }
    const explained = explainSyntaxError(first, text);
    const { line, column } = at(explained.offset);
    const more = syntaxErrors.length - 1;
    const tail = more > 0 ? ` (Filen har ${more} YAML-fejl mere længere nede; de skyldes ofte denne, så ret den først og kør kontrollen igen.)` : '';
    return { diagnostics: [diagnostic('yaml-syntax', file, line, column, `YAML-syntaksfejl: ${explained.message}${tail}`)] };
  }

  const structural = checkStructure(document, text.length, at);
  if (structural.length > 0) {
    return {
      diagnostics: structural.map((problem) => {
        const { line, column } = at(problem.offset);
        return diagnostic('yaml-syntax', file, line, column, problem.message);
      }),
    };
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const firstAlias = findFirst(document, isAlias);
    const { line, column } = at(firstAlias?.range?.[0] ?? 0);
    const message =
      error instanceof RangeError
        ? `filen er indlejret for dybt til at kunne læses. Et dokument har højst ${MAX_DEPTH} niveauer af lister og objekter inden i hinanden.`
        : 'aliaserne (*navn) gentager indhold, der selv indeholder aliaser, så mange gange, at filen ville fylde enormt, når den læses (et såkaldt "billion laughs"-angreb). Skriv indholdet ud i stedet for at bruge aliaser.';
    return { diagnostics: [diagnostic('yaml-syntax', file, line, column, `YAML-syntaksfejl: ${message}`)] };
  }
  // Strings with control characters (often YAML escapes such as "\e") or of spaces alone: located, but the file is
  // still parsed, so its schema and rules are checked too.
  return { parsed: { file, text, document, lineCounter, value }, diagnostics: checkStrings(file, document, lineCounter) };
}

/** The `yaml` library's parse, with every node's position. */
function parseWithPositions(text: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // Duplicate keys are found by checkStructure: the parser's own check is quadratic in the size of a map.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  return { document, lineCounter };
}

/** A file the fast parser read: the same value, with the positions parsed the first time something asks for them. */
function withPositionsOnDemand(file: string, text: string, value: unknown): ParsedYaml {
  let positions: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
  const careful = () => (positions ??= parseWithPositions(text));
  return {
    file,
    text,
    value,
    get document() {
      return careful().document;
    },
    get lineCounter() {
      return careful().lineCounter;
    },
    get positionsOnDemand() {
      return positions === undefined;
    },
  };
}

/** The offset of the first carriage return that is not followed by a line feed, if any. */
function lonelyCarriageReturn(text: string): number | undefined {
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) !== 10) return index;
  }
  return undefined;
}

/**
 * A function from character offset to 1-based line and column, for many lookups in one text: the line starts are
 * found once, and each lookup is a binary search, so thousands of problems in a large file stay linear.
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** 1-based line and column of a character offset (lines end at \n; a \r before it counts as part of the line). */
export function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// Control characters other than tab, line feed and carriage return. They never occur in a text file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** How a PNG, PDF, GIF or ZIP (Word) file starts, read as UTF-8; the ZIP signature holds a control character. */
// eslint-disable-next-line no-control-regex
const BINARY_SIGNATURE = /^\uFFFD?(PNG|PDF|GIF8|PK\u0003)/;

/** Binary data, or text saved in another encoding than UTF-8 (the decoder turns each bad byte into U+FFFD). */
function checkIsText(text: string): { offset: number; message: string } | undefined {
  const head = text.slice(0, 8000);
  const controls = head.match(new RegExp(CONTROL.source, 'g'))?.length ?? 0;
  const replacements = head.match(/\uFFFD/g)?.length ?? 0;
  if (head.includes('\u0000') || controls + replacements > 8 || BINARY_SIGNATURE.test(head) || head.startsWith('%PDF')) {
    return {
      offset: 0,
      message:
        'Filen er ikke tekst, men binære data (fx et billede, en PDF eller et Word-dokument). Et dokument skal være en YAML-tekstfil: kopiér kildens tekst ud i data/sources/, og skriv dokumentet som YAML.',
    };
  }
  const control = text.search(CONTROL);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    return {
      offset: control,
      message: `Her står et usynligt styretegn (U+${code}), som ikke hører hjemme i en tekstfil; det kommer ofte med, når tekst kopieres fra en PDF. Slet tegnet.`,
    };
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    return {
      offset: replacement,
      message:
        'Tegnet her er ikke gyldig UTF-8: filen er sandsynligvis gemt i et andet tegnsæt (fx Windows-1252 eller ISO-8859-1), så æ, ø og å ikke kan læses. Gem filen som UTF-8 (i de fleste editorer under "Gem som" eller "Kodning").',
    };
  }
  return undefined;
}

/**
 * Problems the YAML parser accepts but the check cannot use: the same key twice, keys that are lists or objects,
 * a key that would change an object's prototype, aliases to anchors that do not exist, and runaway nesting.
 * The walk is iterative and never follows aliases, so it is linear in the size of the file.
 */
function checkStructure(document: Document.Parsed, textLength: number, at: (offset: number) => { line: number }): { offset: number; message: string }[] {
  const problems: { offset: number; message: string }[] = [];
  // Preorder, in document order: an anchor is seen before every alias that may use it.
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
  const anchors = new Map<string, Node>();
  let aliases = 0;
  // What the aliases add when they are expanded, in characters of the anchored text: bounded like the file itself.
  let expanded = textLength;
  let expansionReported = false;
  const expandedSizes = new Map<Node, number>();
  let tooDeep = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (isAlias(node)) {
      aliases++;
      if (aliases === MAX_ALIASES + 1) {
        problems.push({
          offset: node.range?.[0] ?? 0,
          message: `YAML-syntaksfejl: filen bruger mere end ${MAX_ALIASES} aliaser (*navn); dette er nummer ${MAX_ALIASES + 1}. Et dokument skriver sine værdier ud: erstat aliaserne med værdierne.`,
        });
      } else if (aliases <= MAX_ALIASES && !anchors.has(node.source)) {
        problems.push({
          offset: node.range?.[0] ?? 0,
          message: `YAML-syntaksfejl: *${node.source} læses som et alias, men der står intet anker &${node.source} før det i filen. Er det ment som tekst, så sæt værdien i anførselstegn ('*${node.source}'); ellers ret navnet.`,
        });
      } else if (aliases <= MAX_ALIASES && !expansionReported) {
        expanded += expandedSize(anchors.get(node.source)!, anchors, expandedSizes, new Set()) - (node.range ? node.range[1] - node.range[0] : 0);
        if (expanded > MAX_CHARACTERS) {
          expansionReported = true;
          problems.push({
            offset: node.range?.[0] ?? 0,
            message: `YAML-syntaksfejl: aliaset *${node.source} gentager et anker, så filen, når aliaserne er skrevet ud, fylder mere end ${thousands(MAX_CHARACTERS)} tegn, grænsen for et dokument. Skriv værdien ud én gang i stedet for at gentage den med aliaser.`,
          });
        }
      }
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_DEPTH) {
      if (!tooDeep) {
        tooDeep = true;
        problems.push({ offset: node.range?.[0] ?? 0, message: TOO_DEEP });
      }
      continue;
    }
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        const keyOffset = (key as Node | null)?.range?.[0] ?? node.range?.[0] ?? 0;
        if (key !== null && !isScalar(key) && !isAlias(key)) {
          problems.push({
            offset: keyOffset,
            message: 'YAML-syntaksfejl: en nøgle skal være et navn, ikke en liste eller et objekt. Skriv feltets navn før kolonet, fx "telefon:".',
          });
        } else if (isScalar(key)) {
          const name = String(key.value);
          if (name === '__proto__') {
            problems.push({ offset: keyOffset, message: 'YAML-syntaksfejl: nøglen "__proto__" er ikke tilladt. Fjern feltet.' });
          }
          const earlier = seen.get(name);
          if (earlier === undefined) seen.set(name, keyOffset);
          else {
            problems.push({
              offset: keyOffset,
              message: `YAML-syntaksfejl: nøglen "${name}" står to gange i samme objekt (første gang på linje ${at(earlier).line}). Et felt kan kun have én værdi: slet eller omdøb den ene.`,
            });
          }
        }
        children.push(pair.key, pair.value);
      }
    } else {
      for (const item of node.items) children.push(item);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index], depth: depth + 1 });
  }
  problems.sort((a, b) => a.offset - b.offset);
  if (problems.length <= MAX_PROBLEMS) return problems;
  // A crafted file can have a million duplicate keys: report the first ones and say how many more there are.
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      offset: problems[MAX_PROBLEMS]!.offset,
      message: `YAML-syntaksfejl: og ${thousands(rest)} fejl mere af samme slags længere nede i filen. Ret de første, og kør kontrollen igen.`,
    },
  ];
}

/** The most structural problems reported for one file; the rest are summed up in one more line. */
const MAX_PROBLEMS = 100;

/**
 * The size in characters of a node with the aliases inside it written out. Memoised per node; an alias inside its
 * own anchor counts once. Aliases are few (at most MAX_ALIASES are followed), so this stays linear in practice.
 */
function expandedSize(node: Node, anchors: Map<string, Node>, memo: Map<Node, number>, active: Set<Node>): number {
  const known = memo.get(node);
  if (known !== undefined) return known;
  const own = node.range ? node.range[1] - node.range[0] : 0;
  if (active.has(node)) return own;
  active.add(node);
  let size = own;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (isAlias(current)) {
      const target = anchors.get(current.source);
      if (target) size += expandedSize(target, anchors, memo, active) - (current.range ? current.range[1] - current.range[0] : 0);
    } else if (isMap(current)) {
      for (const pair of current.items) stack.push(pair.key, pair.value);
    } else if (isSeq(current)) {
      for (const item of current.items) stack.push(item);
    }
  }
  active.delete(node);
  memo.set(node, size);
  return size;
}

const TOO_DEEP = `YAML-syntaksfejl: lister og objekter er her indlejret mere end ${MAX_DEPTH} niveauer inden i hinanden. Et dokument har aldrig så dybe niveauer; kontrollér parenteser og indrykning.`;

/**
 * A text scan for brackets ([ and {) nested more than RUNAWAY_BRACKETS deep, which no document has but a crafted file
 * can have a million of: the YAML parser would take seconds on them. Quoted strings and comments are skipped, and a
 * line starting at column 1 ends any flow collection, so brackets in ordinary text cannot add up. Returns the offset
 * of the bracket at depth MAX_DEPTH of the runaway nesting.
 */
function runawayFlowNesting(text: string): number | undefined {
  // One pass over character codes with a small state machine: this runs over up to 2 million characters.
  const [NEWLINE, RETURN, SPACE, TAB, HASH, DOUBLE, SINGLE] = [10, 13, 32, 9, 35, 34, 39];
  const [OPEN_SEQ, CLOSE_SEQ, OPEN_MAP, CLOSE_MAP, COMMA, COLON] = [91, 93, 123, 125, 44, 58];
  const isSpace = (code: number) => code === SPACE || code === TAB || code === NEWLINE || code === RETURN;
  let depth = 0;
  const openedAt: number[] = [];
  let lineStart = true;
  let quote = 0; // the open quote's code, or 0; a quote never spans lines here
  let comment = false;
  let before = NEWLINE;
  for (let index = 0; index < text.length; before = text.charCodeAt(index), index++) {
    const code = text.charCodeAt(index);
    if (code === NEWLINE) {
      lineStart = true;
      quote = 0;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quote !== 0) {
      if (code === quote) quote = 0;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      if (code !== SPACE && code !== TAB && code !== CLOSE_SEQ && code !== CLOSE_MAP) depth = 0;
    }
    if (code === OPEN_SEQ || code === OPEN_MAP) {
      depth++;
      openedAt[depth] = index;
      if (depth > RUNAWAY_BRACKETS) return openedAt[MAX_DEPTH];
    } else if (code === CLOSE_SEQ || code === CLOSE_MAP) {
      depth = Math.max(0, depth - 1);
    } else if (code === HASH && isSpace(before)) {
      comment = true;
    } else if (
      (code === DOUBLE || code === SINGLE) &&
      (isSpace(before) || before === OPEN_SEQ || before === OPEN_MAP || before === COMMA || before === COLON)
    ) {
      quote = code;
    }
  }
  return undefined;
}

/** Block collections nested this deep (by indentation and compact "- - -" or "? ? ?") are a runaway, found before parsing. */
const RUNAWAY_BLOCKS = 200;

/**
 * A line scan of block nesting, which the YAML parser handles recursively (a few thousand levels of "- - -"
 * overflow its stack). Each line's indentation closes the levels at or right of it; each compact indicator
 * ("- ", "? ", ": ") and the content after them opens one more. Block scalars (| and >) are skipped. Returns where a
 * chain first reaches MAX_DEPTH levels (`deepest`), and that same place if the chain goes on past RUNAWAY_BLOCKS.
 * Linear in the length of the text; it may count a level too many or too few, which the limits allow for.
 */
function blockNesting(text: string): { runaway?: number; deepest?: number } {
  const levels: { column: number; offset: number }[] = [];
  let deepest: number | undefined;
  let scalarIndent = -1; // inside a block scalar: the indentation of the line that opened it
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32) indent++;
    const first = text.charCodeAt(start + indent);
    const blank = start + indent >= end || first === 13 || first === 35; // empty, CR only or a comment
    if (!blank && scalarIndent >= 0 && indent > scalarIndent) {
      start = end + 1;
      continue;
    }
    if (!blank) {
      scalarIndent = -1;
      while (levels.length > 0 && levels[levels.length - 1]!.column >= indent) levels.pop();
      let position = start + indent;
      const open = (at: number) => {
        levels.push({ column: at - start, offset: at });
        if (levels.length === MAX_DEPTH + 1) deepest ??= at;
      };
      for (;;) {
        const code = text.charCodeAt(position);
        const next = text.charCodeAt(position + 1);
        const indicator = (code === 45 || code === 63 || code === 58) && (position + 1 >= end || next === 32 || next === 9 || next === 13);
        if (!indicator) break;
        open(position);
        position += 1;
        while (text.charCodeAt(position) === 32 || text.charCodeAt(position) === 9) position++;
        if (levels.length > RUNAWAY_BLOCKS) return { runaway: levels[MAX_DEPTH]!.offset, deepest };
      }
      if (position < end && text.charCodeAt(position) !== 13 && text.charCodeAt(position) !== 35) open(position);
      if (levels.length > RUNAWAY_BLOCKS) return { runaway: levels[MAX_DEPTH]!.offset, deepest };
      // A line ending in a block scalar header (key: |, - >-) starts lines that are text, not structure.
      if (/[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(text.slice(position, end)) && /(^|[\s:-])[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(text.slice(start, end)))
        scalarIndent = indent;
    }
    start = end + 1;
  }
  return { deepest };
}

/** The offset of the first collection nested MAX_DEPTH deep, found in the parser's token tree without recursion. */
function firstTooDeep(text: string): number | undefined {
  for (const document of new Parser().parse(text)) {
    if (document.type !== 'document') continue;
    const stack: { token: CST.Token | null | undefined; depth: number }[] = [{ token: document.value, depth: 0 }];
    while (stack.length > 0) {
      const { token, depth } = stack.pop()!;
      if (!token || (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')) continue;
      if (depth >= MAX_DEPTH) return token.type === 'flow-collection' ? token.start.offset : token.offset;
      const items: { key?: CST.Token | null; value?: CST.Token }[] = token.items;
      for (let index = items.length - 1; index >= 0; index--) {
        stack.push({ token: items[index]!.value, depth: depth + 1 });
        stack.push({ token: items[index]!.key, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function findFirst<T>(document: Document.Parsed, predicate: (node: unknown) => node is T): T | undefined {
  const stack: unknown[] = [document.contents];
  let found: T | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (predicate(node)) {
      const offset = (node as Node).range?.[0] ?? 0;
      if (!found || offset < ((found as unknown as Node).range?.[0] ?? 0)) found = node;
      continue;
    }
    if (isMap(node)) for (const pair of node.items) stack.push(pair.key, pair.value);
    else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return found;
}
