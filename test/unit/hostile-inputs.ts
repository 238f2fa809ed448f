/**
 * Hostile and broken inputs (issue 12), one named case each, grouped by the issue's classes 1-12. Every case is
 * written into a data set the same way by every entry point (the check core, the CLI, the build, /tjek/), and every
 * entry point asserts it the same way: the exact list of located errors (rule, line, column, a piece of the Danish
 * message) in the planted file, in order. Each expected line:column is computed here from the text as it is
 * assembled (markers), independently of the check.
 */
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, ROOT } from '../helpers/dataset.ts';
import { mapText, stripMarkdown } from '../../src/check/mapped-text.ts';
import { positionOf, replaceOnce, VALID, type ExpectedError } from './malformed-inputs.ts';

/** Where a case's file goes in a data set. */
export type Placement =
  /** data/kommuner/<case>/<fileName>: a municipal document (also what /tjek/ and `check <file>` receive). */
  | 'document'
  /** data/requirements/<case>-bestemmelser.yaml: a law-provisions file beside the real one. */
  | 'provisions'
  /** data/requirements/<case>.yaml: a requirement catalogue beside the real one. */
  | 'catalogue'
  /** Something that is not a plain file (a FIFO, a link, a folder), made by `plant` in the data set. */
  | 'file-system';

export interface HostileInput {
  name: string;
  /** The class of issue 12 the case belongs to (1-12). */
  issueClass: number;
  description: string;
  placement: Placement;
  /** The file's bytes (not for file-system cases). */
  bytes?: Buffer;
  /** The file name under data/kommuner/<case>/ (documents; default document.yaml). */
  fileName?: string;
  /** A second, valid document checked before this one, in the same folder (for slug collisions). */
  companion?: Buffer;
  /** File-system cases: makes the entry in `dataDirectory` and returns its path relative to it. */
  plant?: (dataDirectory: string, caseName: string) => string;
  /** The located errors in this case's file, in order; [] when the input must be accepted. */
  errors: ExpectedError[];
  /**
   * The source text this document cites (its `kildefil`), when it is not the fixture source: a case that adds words to
   * a section text gets a source holding the same words, so the section still reproduces its source and the planted
   * input is the only thing wrong. Every entry point plants it under `name`.
   */
  source?: { name: string; text: string };
  /** When set, the check of this case must finish within this many milliseconds (generous: a safety net). */
  withinMs?: number;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const ID = 'eksempelby-kvalitetsstandard-2025-2026';
const at = (text: string, marker: string, fromLine = 1) => positionOf(text, marker, fromLine);
/** A position `offset` characters to the right of a marker. */
const after = (text: string, marker: string, offset: number) => {
  const position = at(text, marker);
  return { line: position.line, column: position.column + offset };
};
const document = (
  name: string,
  issueClass: number,
  description: string,
  text: string,
  errors: (text: string) => ExpectedError[],
  extra: Partial<HostileInput> = {},
): HostileInput => ({ name, issueClass, description, placement: 'document', bytes: utf8(text), errors: errors(text), ...extra });

/** The fixture source text (eksempelby-kilde.txt) every document case cites. */
const FIXTURE_SOURCE_TEXT = readFileSync(join(FIXTURES, 'eksempelby-kilde.txt'), 'utf8');
/** The fixture source's heading map, for a document of another id (a companion, or an id made unique per case). */
export function headingMapFor(id: string): string {
  const map = readFileSync(join(FIXTURES, 'eksempelby-kilde.headings.yaml'), 'utf8');
  return replaceOnce(map, `dokument: ${ID}\n`, `dokument: ${id}\n`);
}
/** A document's id, as its text writes it on the `id:` line (undefined when it has none). */
export const documentId = (text: string) => /^id: (.+)$/m.exec(text)?.[1];

/**
 * The valid fixture with one section's text replaced by a literal block (`tekst: |`) holding `markdown`, and the
 * source it cites (`<name>.txt`): the fixture source with the Markdown's words added to that (last) section, so the
 * section text still reproduces its source word for word and only the Markdown is judged.
 */
function withSectionText(name: string, markdown: string): Pick<HostileInput, 'bytes' | 'source'> & { text: string } {
  const source = `${name}.txt`;
  const text = replaceOnce(
    replaceOnce(VALID, 'kildefil: eksempelby-kilde.txt\n', `kildefil: ${source}\n`),
    '    tekst: Ring på tlf. 1234 5678 alle hverdage.\n',
    `    tekst: |\n      Ring på tlf. 1234 5678 alle hverdage.\n${markdown
      .split('\n')
      .map((line) => (line ? `      ${line}` : ''))
      .join('\n')}\n`,
  );
  // The words the section's Markdown shows (what the section-text comparison reads), written into the source.
  return { text, bytes: utf8(text), source: { name: source, text: `${FIXTURE_SOURCE_TEXT}\n${stripMarkdown(mapText(markdown)).text}\n` } };
}
const replaceValue = (search: string, replacement: string) => replaceOnce(VALID, search, replacement);

// ---- 1. Parser recursion ----------------------------------------------------------------------------------------
const DEPTH_MESSAGE = 'indlejret mere end 40 niveauer';
function recursion(): HostileInput[] {
  const nestedIndent = (indicator: string) =>
    `${Array.from({ length: 1500 }, (_, level) => `${' '.repeat(level)}${indicator}\n`).join('')}${' '.repeat(1500)}x\n`;
  const inDocument = replaceValue('kommune: Eksempelby\n', `kommune: Eksempelby\nkildebemaerkning:\n  ${'- '.repeat(20_000)}x\n`);
  return [
    document(
      'deep-compact-sequences',
      1,
      '20,000 compact "- " block sequences on one line (40 KB)',
      `${'- '.repeat(20_000)}x\n`,
      () => [{ rule: 'yaml-syntax', line: 1, column: 2 * 40 + 1, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-explicit-keys',
      1,
      '20,000 explicit keys "? " on one line',
      `${'? '.repeat(20_000)}x\n`,
      () => [{ rule: 'yaml-syntax', line: 1, column: 2 * 40 + 1, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-sequences-and-keys',
      1,
      '"- ? " repeated 10,000 times',
      `${'- ? '.repeat(10_000)}x\n`,
      () => [{ rule: 'yaml-syntax', line: 1, column: 2 * 40 + 1, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-indented-maps',
      1,
      '1,500 maps, each indented one more space',
      nestedIndent('a:'),
      () => [{ rule: 'yaml-syntax', line: 41, column: 41, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-indented-sequences',
      1,
      '1,500 sequences, each indented one more space',
      nestedIndent('-'),
      () => [{ rule: 'yaml-syntax', line: 41, column: 41, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-flow-in-block',
      1,
      'A block map holding 3,000 levels of "[{a: "',
      `a: ${'[{a: '.repeat(3000)}1${'}]'.repeat(3000)}\n`,
      // Depth 1 is "[" at column 4; each "[{a: " adds two levels in five characters: depth 40 is the "{" at 4 + 1 + 5 × 19.
      () => [{ rule: 'yaml-syntax', line: 1, column: 4 + 1 + 5 * 19, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-maps-then-key',
      1,
      '1,500 indented maps followed by a key at the left margin (the parser unwinds them all at once)',
      `${nestedIndent('a:')}b: 1\n`,
      () => [{ rule: 'yaml-syntax', line: 41, column: 41, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
    document(
      'deep-sequences-in-document',
      1,
      'A valid document whose kildebemaerkning is 20,000 nested sequences',
      inDocument,
      // The root map is depth 0; the first "- " (depth 1) is at column 3.
      (text) => [{ rule: 'yaml-syntax', line: at(text, 'kildebemaerkning:').line + 1, column: 3 + 2 * 39, contains: DEPTH_MESSAGE }],
      { withinMs: 5000 },
    ),
  ];
}

// ---- 2. Names that become URLs ----------------------------------------------------------------------------------
function slugs(): HostileInput[] {
  const kommune = (name: string) => replaceValue('kommune: Eksempelby\n', `kommune: ${name}\n`);
  const companionNamed = (name: string, id: string) =>
    utf8(replaceOnce(replaceValue('kommune: Eksempelby\n', `kommune: ${name}\n`), `id: ${ID}\n`, `id: ${id}\n`));
  const institutions = (...names: string[]) =>
    replaceValue(
      'doegninstitutioner: ikke-beskrevet\n',
      `doegninstitutioner:\n${names.map((name) => `  - navn: ${name}\n    kilde: { afsnit: '2' }\n`).join('')}`,
    );
  return [
    document('kommune-name-only-dash', 2, 'A kommune named "—": its slug is empty', kommune("'—'"), (text) => [
      { rule: 'empty-slug', ...after(text, "kommune: '—'", 'kommune: '.length), contains: 'ingen bogstaver eller tal' },
    ]),
    document('kommune-name-only-punctuation', 2, 'A kommune named "!?!"', kommune("'!?!'"), (text) => [
      { rule: 'empty-slug', ...after(text, "kommune: '!?!'", 'kommune: '.length), contains: 'ingen adresse' },
    ]),
    document('kommune-name-only-emoji', 2, 'A kommune named with emoji only', kommune('"🙂🙂"'), (text) => [
      { rule: 'empty-slug', ...after(text, 'kommune: "🙂', 'kommune: '.length), contains: 'ingen bogstaver eller tal' },
    ]),
    document(
      'kommune-names-aeroe-collide',
      2,
      '"Ærø" and "Aeroe" give one address, /kommuner/aeroe/',
      kommune('Ærø'),
      (text) => [{ rule: 'slug-collision', ...after(text, 'kommune: Ærø', 'kommune: '.length), contains: '/kommuner/aeroe/' }],
      { companion: companionNamed('Aeroe', 'aeroe-standard') },
    ),
    document(
      'kommune-names-case-collide',
      2,
      '"Nørre Snede" and "NØRRE SNEDE"',
      kommune('NØRRE SNEDE'),
      (text) => [{ rule: 'slug-collision', ...after(text, 'kommune: NØRRE', 'kommune: '.length), contains: '/kommuner/noerre-snede/' }],
      { companion: companionNamed('Nørre Snede', 'noerre-snede-standard') },
    ),
    document('institution-name-only-dash', 2, 'A residential institution named "–"', institutions("'–'"), (text) => [
      { rule: 'empty-slug', ...after(text, "- navn: '–'", '- navn: '.length), contains: 'Institutionens navn' },
    ]),
    document('institution-names-collide', 2, '"Ringgården" and "Ringgaarden" in one document', institutions('Ringgården', 'Ringgaarden'), (text) => [
      { rule: 'slug-collision', ...after(text, '- navn: Ringgaarden', '- navn: '.length), contains: '/doegninstitutioner/ringgaarden/' },
    ]),
  ];
}

// ---- 3. Markdown and URLs in data ---------------------------------------------------------------------------------
function markdown(): HostileInput[] {
  const bad = (name: string, description: string, markdownText: string, marker: string, contains: string, offset = 0): HostileInput => {
    const { text, source } = withSectionText(name, markdownText);
    return document(name, 3, description, text, (t) => [{ rule: 'unsafe-markdown', ...after(t, marker, offset), contains }], { source });
  };
  const provision = (name: string, url: string): HostileInput => {
    const text = `bestemmelser:\n  - id: ${name}\n    lov: Serviceloven\n    lov_fuldt_navn: Lov om social service\n    paragraf: § 999\n    titel: Prøve\n    resume: En bestemmelse med en adresse, der ikke er en webside.\n    url: '${url}'\n`;
    return {
      name,
      issueClass: 3,
      description: `A law provision whose url is ${url}`,
      placement: 'provisions',
      bytes: utf8(text),
      errors: [{ rule: 'schema', ...after(text, "url: '", 'url: '.length), contains: 'https://' }],
    };
  };
  const catalogue = (name: string, url: string): HostileInput => {
    const real = readFileSync(join(ROOT, 'data', 'requirements', 'bek-1691-2023.yaml'), 'utf8');
    const text = replaceOnce(
      replaceOnce(real, 'id: bek-1691-2023\n', `id: ${name}\n`),
      'url: https://www.retsinformation.dk/eli/lta/2023/1691\n',
      `url: '${url}'\n`,
    );
    return {
      name,
      issueClass: 3,
      description: `A requirement catalogue whose url is ${url}`,
      placement: 'catalogue',
      bytes: utf8(text),
      errors: [{ rule: 'schema', ...after(text, "url: '", 'url: '.length), contains: 'https://' }],
    };
  };
  return [
    bad('link-javascript', 'An inline link to javascript:', '[Klik her](javascript:alert(1))', '[Klik her]', 'javascript:'),
    bad('link-javascript-mixed-case', 'JaVaScRiPt: in a link', '[Klik](JaVaScRiPt:alert(1))', '[Klik]', 'javascript:'),
    bad('link-javascript-entity', 'The scheme written with an HTML entity (java&#115;cript:)', '[Klik](java&#115;cript:alert(1))', '[Klik]', 'javascript:'),
    bad('link-javascript-angle', 'A link destination in angle brackets with a tab in the scheme', '[Klik](<java\tscript:alert(1)>)', '[Klik]', 'javascript:'),
    bad('link-data', 'A link to a data: URL', '[Åbn](data:text/html;base64,PHNjcmlwdD4=)', '[Åbn]', '"data:"'),
    bad('link-vbscript', 'A link to vbscript:', '[Klik](vbscript:msgbox(1))', '[Klik]', '"vbscript:"'),
    bad('link-file', 'A link to a local file', '[Fil](file:///etc/passwd)', '[Fil]', '"file:"'),
    bad(
      'link-reference-definition',
      'A reference-style link whose definition is javascript:',
      '[Klik][x]\n\n[x]: javascript:alert(1)',
      '[x]: javascript',
      'javascript:',
    ),
    bad('link-autolink-javascript', 'An autolink <javascript:…>', '<javascript:alert(1)>', '<javascript', 'javascript:'),
    bad('image-other-origin', 'An image from another site', '![Logo](https://eksempel.invalid/logo.png)', '![Logo]', 'andet sted'),
    bad('image-protocol-relative', 'An image from //host (another origin)', '![Logo](//eksempel.invalid/logo.png)', '![Logo]', 'andet sted'),
    bad('image-data-url', 'An image as a data: URL', '![Prik](data:image/png;base64,iVBORw0KGgo=)', '![Prik]', 'andet sted'),
    bad(
      'image-reference-other-origin',
      'A reference-style image from another site',
      '![Logo][l]\n\n[l]: https://eksempel.invalid/l.png',
      '![Logo]',
      'andet sted',
    ),
    bad('html-script', 'A <script> element', '<script>alert(1)</script>', '<script>', 'indeholder HTML'),
    bad('html-iframe', 'An <iframe> from another site', '<iframe src="https://eksempel.invalid/"></iframe>', '<iframe', 'indeholder HTML'),
    bad('html-inline-img', 'An inline <img> with an event handler', 'Se <img src=x onerror=alert(1)> her.', '<img', 'indeholder HTML'),
    bad('html-comment', 'An HTML comment (raw HTML too)', '<!-- skjult -->', '<!--', 'indeholder HTML'),
    (() => {
      const { text, source } = withSectionText(
        'links-allowed',
        '[Kommunen](https://www.eksempel.invalid/) og [gammel](http://eksempel.invalid/), [skriv](mailto:post@eksempel.invalid),\n[ring](tel:+4512345678), [lovens punkter](/krav/) og [afsnit 1](#afsnit-1).',
      );
      return document('links-allowed', 3, 'https, http, mailto, tel, in-site and anchor links: accepted, rendered without script', text, () => [], { source });
    })(),
    provision('provision-url-javascript', 'javascript:alert(1)'),
    provision('provision-url-data', 'data:text/html,<script>alert(1)</script>'),
    provision('provision-url-ftp', 'ftp://eksempel.invalid/lov.pdf'),
    catalogue('catalogue-url-file', 'file:///etc/passwd'),
    catalogue('catalogue-url-javascript', 'javascript://www.retsinformation.dk/%0aalert(1)'),
  ];
}

// ---- 4. Control characters through YAML escapes ---------------------------------------------------------------------
function controls(): HostileInput[] {
  const control = (name: string, description: string, search: string, replacement: string, marker: string, code: string): HostileInput =>
    document(name, 4, description, replaceValue(search, replacement), (text) => [{ rule: 'control-character', ...at(text, marker), contains: code }]);
  const overskrift = '    overskrift: Om kvalitetsstandarden\n';
  return [
    control('escape-clear-screen', '"\\e[2J" (clear screen) in kommune', 'kommune: Eksempelby\n', 'kommune: "Eksempelby\\e[2J"\n', '"Eksempelby', 'U+001B'),
    control(
      'escape-nul',
      '"\\0" in titel',
      'titel: Kvalitetsstandard 2025–2026 (testeksempel)\n',
      'titel: "Kvalitetsstandard\\0 2025"\n',
      '"Kvalitetsstandard\\0',
      'U+0000',
    ),
    control('escape-bell', '"\\x07" in a heading', overskrift, '    overskrift: "Om \\x07kvalitetsstandarden"\n', '"Om \\x07', 'U+0007'),
    // In a complaint's title, not a section text: a section text must reproduce its source, so a changed one would
    // also (rightly) differ from it; here the control character is the only thing wrong.
    control(
      'escape-bidi-override',
      '"\\u202E" (right-to-left override) in a complaint title',
      '    titel: Klage over afgørelser\n',
      '    titel: "Klage over \\u202Eafgørelser"\n',
      '"Klage over',
      'U+202E',
    ),
    control(
      'escape-bidi-isolate',
      '"\\u2066" (left-to-right isolate) in a name',
      '  - navn: Eksempelby Rusmiddelcenter\n',
      '  - navn: "Eksempelby \\u2066Rusmiddelcenter"\n',
      '"Eksempelby \\u2066',
      'U+2066',
    ),
    control('raw-bidi-override', 'A raw U+202E pasted into a plain value', 'kommune: Eksempelby\n', 'kommune: Eksempel\u202Eby\n', 'Eksempel\u202E', 'U+202E'),
    control(
      'escape-carriage-return',
      '"\\r" inside a value (overwrites a terminal line)',
      overskrift,
      '    overskrift: "Om\\rkvalitetsstandarden"\n',
      '"Om\\r',
      'U+000D',
    ),
    control(
      'escape-c1-next-line',
      '"\\x85" (NEL, a C1 control) in a value',
      overskrift,
      '    overskrift: "Om\\x85kvalitetsstandarden"\n',
      '"Om\\x85',
      'U+0085',
    ),
    control(
      'escape-line-separator',
      '"\\u2028" (line separator) in a value',
      overskrift,
      '    overskrift: "Om\\u2028kvalitetsstandarden"\n',
      '"Om\\u2028',
      'U+2028',
    ),
    control('escape-zero-width-space', 'A value of a zero-width space only', overskrift, '    overskrift: "\\u200B"\n', '"\\u200B"', 'U+200B'),
    document(
      'escape-in-key',
      4,
      'An escape in a key: the key is reported, and it is also unknown',
      replaceValue('kommune: Eksempelby\n', 'kommune: Eksempelby\n"kilde\\e[2J": x\n'),
      (text) => [
        { rule: 'control-character', ...at(text, '"kilde'), contains: 'Nøglen' },
        { rule: 'schema', ...at(text, '"kilde'), contains: 'Ukendt felt' },
      ],
    ),
    document(
      'forged-diagnostic-line',
      4,
      'An id holding a line break and a fake diagnostic: the message shows it escaped, on one line',
      replaceValue(`id: ${ID}\n`, 'id: "x\\nandet.yaml:1:1  error  schema  falsk fund"\n'),
      (text) => [{ rule: 'schema', ...after(text, 'id: "x', 'id: '.length), contains: 'x\\nandet.yaml:1:1' }],
    ),
    {
      name: 'provision-escape-clear-screen',
      issueClass: 4,
      description: '"\\e[2J" in a law provision title',
      placement: 'provisions',
      bytes: utf8(
        'bestemmelser:\n  - id: provision-escape-clear-screen\n    lov: Serviceloven\n    lov_fuldt_navn: Lov om social service\n    paragraf: § 998\n    titel: "Prøve\\e[2J"\n    resume: En bestemmelse med et styretegn.\n    url: https://www.retsinformation.dk/documents?t=Lov%20om%20social%20service\n',
      ),
      errors: [{ rule: 'control-character', line: 6, column: 12, contains: 'U+001B' }],
    },
  ];
}

// ---- 5. The file system, 6. skipped names -------------------------------------------------------------------------------
function fileSystem(): HostileInput[] {
  const planted = (
    name: string,
    description: string,
    plant: (path: string) => void,
    relative: (caseName: string) => string,
    contains: string,
    rule = 'unreadable-file',
  ): HostileInput => ({
    name,
    issueClass: 5,
    description,
    placement: 'file-system',
    plant: (directory, caseName) => {
      const path = relative(caseName);
      mkdirSync(join(directory, path, '..'), { recursive: true });
      plant(join(directory, path));
      return path;
    },
    errors: [{ rule, line: 1, column: 1, contains }],
  });
  const document = (caseName: string) => join('kommuner', caseName, 'document.yaml');
  const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
  return [
    planted('fifo-as-document', 'A FIFO named document.yaml (reading it would hang)', mkfifo, document, 'navngiven pipe (FIFO)'),
    planted(
      'device-as-document',
      'A link to /dev/zero named document.yaml (reading it would never end)',
      (path) => symlinkSync('/dev/zero', path),
      document,
      'en enhed',
    ),
    planted(
      'dangling-link-document',
      'A symbolic link to a file that does not exist',
      (path) => symlinkSync('/findes/ikke.yaml', path),
      document,
      'symbolsk link til "/findes/ikke.yaml"',
    ),
    planted(
      'link-loop-document',
      'Two links that point at each other',
      (path) => {
        symlinkSync(`${path}.b`, path);
        symlinkSync(path, `${path}.b`);
      },
      document,
      'ring',
    ),
    planted(
      'folder-named-txt',
      'A folder named like a source text (sources/*.txt)',
      (path) => mkdirSync(path),
      (caseName) => join('sources', `${caseName}.txt`),
      'en mappe',
    ),
    planted('fifo-as-source', 'A FIFO named like a source text', mkfifo, (caseName) => join('sources', `${caseName}.txt`), 'navngiven pipe (FIFO)'),
    planted(
      'file-9mb-sparse',
      'A 9 MB file (sparse): refused by its size, before it is read',
      (path) => {
        const fd = openSync(path, 'w');
        writeFileSync(fd, 'id: x\n');
        closeSync(fd);
        execFileSync('truncate', ['-s', '9M', path]);
      },
      document,
      'grænsen er 8 MB',
      'file-too-large',
    ),
  ];
}

function skippedNames(): HostileInput[] {
  const todo = replaceValue('  visitation: { status: ikke-beskrevet }\n', '  visitation: { status: TODO }\n');
  const named = (fileName: string): HostileInput =>
    document(
      `extension-${fileName.replace(/\W/g, '-').toLowerCase()}`,
      6,
      `A document named ${fileName} is read, not skipped`,
      todo,
      (text) => [{ rule: 'schema', ...after(text, 'visitation: { status: TODO', 'visitation: { status: '.length), contains: 'TODO' }],
      { fileName },
    );
  return [named('Navn.YAML'), named('andet.Yml'), named('TREDJE.YML'), named('fjerde.yAmL')];
}

// ---- 7. Size limits that aliases bypass -----------------------------------------------------------------------------------
function aliases(): HostileInput[] {
  const big = `x: &a "${'A'.repeat(400_000)}"\nl:\n${'  - *a\n'.repeat(99)}`;
  const nested = `a: &a "${'B'.repeat(30_000)}"\nb: &b [${Array(10).fill('*a').join(', ')}]\nc: [${Array(10).fill('*b').join(', ')}]\n`;
  const inDocument =
    replaceValue('kommune: Eksempelby\n', `kommune: Eksempelby\nkildebemaerkning: &lang "${'C'.repeat(300_000)}"\n`) + `x-gentag:\n${'  - *lang\n'.repeat(9)}`;
  return [
    // The file is 400,720 characters; each alias adds its anchor's 400,002 less its own 2: the fourth (line 3 + 3)
    // takes the written-out size past 2,000,000.
    document(
      'alias-anchor-400kb-times-99',
      7,
      'A 400 KB anchor referenced 99 times (40 MB written out)',
      big,
      () => [{ rule: 'yaml-syntax', line: 3 + 3, column: 5, contains: 'fylder mere end 2.000.000 tegn' }],
      { withinMs: 5000 },
    ),
    document(
      'alias-nested-anchors',
      7,
      '30 KB repeated 10 × 10 times through two levels of anchors (3 MB written out)',
      nested,
      // Line 2 adds 10 × 30,000; line 3's aliases each add about 300,000: the sixth takes it past 2,000,000.
      (text) => [
        { rule: 'yaml-syntax', line: 3, column: at(text, 'c: [').column + 'c: ['.length + 5 * '*b, '.length, contains: 'fylder mere end 2.000.000 tegn' },
      ],
      { withinMs: 5000 },
    ),
    document(
      'alias-in-document',
      7,
      'A 300 KB anchor in a document, repeated 9 times',
      inDocument,
      (text) => [{ rule: 'yaml-syntax', line: at(text, 'x-gentag:').line + 6, column: 5, contains: 'fylder mere end 2.000.000 tegn' }],
      { withinMs: 5000 },
    ),
  ];
}

// ---- 8. Ids that are JavaScript property names --------------------------------------------------------------------
function propertyNames(): HostileInput[] {
  const point = (name: string) => {
    const text = replaceValue('  visitation: { status: ikke-beskrevet }\n', `  ${name}: { status: ikke-beskrevet }\n`);
    return document(`point-id-${name.replace(/_/g, '').toLowerCase()}`, 8, `krav has "${name}" instead of "visitation"`, text, (t) =>
      [
        { rule: 'mandatory-point-unaccounted', ...at(t, 'krav:'), contains: '"visitation"' },
        { rule: 'unknown-point', ...at(t, `  ${name}:`, 1), column: 3, contains: `"${name}"` },
      ].map((error) => (error.rule === 'unknown-point' ? { ...error, line: at(t, `  ${name}:`).line } : error)),
    );
  };
  const section = (name: string) =>
    document(
      `section-reference-${name.toLowerCase()}`,
      8,
      `A point described in section "${name}", which no section has`,
      replaceValue("  opgaver: { status: beskrevet, afsnit: ['2'] }\n", `  opgaver: { status: beskrevet, afsnit: ['${name}'] }\n`),
      (text) => [{ rule: 'dangling-reference', ...after(text, `afsnit: ['${name}'`, 'afsnit: ['.length), contains: `"${name}"` }],
    );
  return [
    point('constructor'),
    point('toString'),
    point('hasOwnProperty'),
    point('valueOf'),
    point('isPrototypeOf'),
    point('__defineGetter__'),
    section('constructor'),
    section('toString'),
    document(
      'krav-proto-key',
      8,
      'A "__proto__" key under krav',
      replaceValue('  visitation: { status: ikke-beskrevet }\n', '  visitation: { status: ikke-beskrevet }\n  __proto__: { status: ikke-beskrevet }\n'),
      (text) => [{ rule: 'yaml-syntax', ...at(text, '__proto__:'), contains: '"__proto__"' }],
    ),
    document(
      'document-id-constructor',
      8,
      'A document whose id is "constructor": accepted, built at its own address',
      replaceValue(`id: ${ID}\n`, 'id: constructor\n'),
      () => [],
    ),
  ];
}

// ---- 9. Quadratic work ------------------------------------------------------------------------------------------------
function quadratic(): HostileInput[] {
  const kravStart = VALID.indexOf('krav:\n');
  const kravEnd = VALID.indexOf('maalgrupper:');
  const flowKrav = `${VALID.slice(0, kravStart)}krav: {${Array.from({ length: 45_000 }, (_, index) => `p${index}: {status: ikke-beskrevet}`).join(', ')}}\n${VALID.slice(kravEnd)}`;
  // The catalogue's points in its order: each is reported as unaccounted for, because the flow map names none of them.
  const points = (parse(readFileSync(join(ROOT, 'data', 'requirements', 'bek-1691-2023.yaml'), 'utf8')) as { punkter: { id: string }[] }).punkter.map(
    (point) => point.id,
  );
  const duplicateKeys = `a: {${Array.from({ length: 130_000 }, (_, index) => `k${index % 2}: 1`).join(', ')}}\n`;
  return [
    document(
      'krav-flow-map-1-5mb',
      9,
      'A 1.5 MB single-line krav map with 45,000 unknown points (was 162 s)',
      flowKrav,
      (text) => {
        const krav = at(text, 'krav: {');
        const unknown = (index: number) => ({ line: krav.line, column: text.split('\n')[krav.line - 1]!.indexOf(`p${index}:`) + 1 });
        return [
          ...points.map((id) => ({ rule: 'mandatory-point-unaccounted', ...krav, contains: `"${id}"` })),
          ...Array.from({ length: 100 }, (_, index) => ({ rule: 'unknown-point', ...unknown(index), contains: `"p${index}"` })),
          { rule: 'unknown-point', ...unknown(100), contains: 'og 44900 ukendte punkter mere' },
        ].sort((a, b) => a.line - b.line || a.column - b.column);
      },
      { withinMs: 20_000 },
    ),
    document(
      'flow-map-duplicate-keys',
      9,
      'A 1 MB flow map of 130,000 keys, two names repeated',
      duplicateKeys,
      () => [
        // "a: {" is four characters and each "kN: 1, " seven: the third key (index 2) is the first repeated one.
        ...Array.from({ length: 100 }, (_, index) => ({ rule: 'yaml-syntax', line: 1, column: 5 + 7 * (index + 2), contains: 'står to gange' })),
        { rule: 'yaml-syntax', line: 1, column: 5 + 7 * 102, contains: 'fejl mere af samme slags' },
      ],
      { withinMs: 20_000 },
    ),
  ];
}

// ---- 10. English leaking through --------------------------------------------------------------------------------------
function english(): HostileInput[] {
  const syntax = (name: string, description: string, text: string, marker: string, contains: string, offset = 0): HostileInput =>
    document(name, 10, description, text, (t) => [{ rule: 'yaml-syntax', ...after(t, marker, offset), contains }]);
  return [
    syntax(
      'yaml-multiple-anchors',
      'Two anchors on one value (MULTIPLE_ANCHORS)',
      replaceValue('kommune: Eksempelby\n', 'kommune: &a &b Eksempelby\n'),
      '&b',
      'højst have ét anker',
    ),
    syntax(
      'yaml-multiple-tags',
      'Two tags on one value (MULTIPLE_TAGS)',
      replaceValue('kommune: Eksempelby\n', 'kommune: !!str !!str Eksempelby\n'),
      '!!str Eksempelby',
      'højst have én type',
    ),
    syntax(
      'yaml-bad-escape',
      'An unknown escape in double quotes (BAD_DQ_ESCAPE)',
      replaceValue('kommune: Eksempelby\n', 'kommune: "Eksempel\\qby"\n'),
      '\\q',
      'omvendt skråstreg',
    ),
    syntax(
      'yaml-json-style-colon',
      'A JSON-style key without a space after the colon',
      replaceValue('kommune: Eksempelby\n', 'kommune: Eksempelby\n"kilde":1\n'),
      '"kilde":1',
      'YAML',
    ),
    syntax(
      'yaml-block-seq-after-key',
      'A block sequence on the same line as its key (UNEXPECTED_TOKEN)',
      replaceValue('omraader: [alkohol, stof]\nkravkatalog:', 'omraader: - alkohol\nkravkatalog:'),
      '- alkohol',
      'YAML kan ikke læse filen her',
    ),
    syntax(
      'yaml-anchor-after-value',
      'An anchor written after a flow value',
      replaceValue('omraader: [alkohol, stof]\nkravkatalog:', 'omraader: [alkohol, stof] &a\nkravkatalog:'),
      '&a',
      'YAML',
    ),
    document('line-ends-cr-only', 10, 'Old Mac line ends (CR only): reported as such, not as "comments only"', VALID.replace(/\n/g, '\r'), (text) => [
      { rule: 'not-text', line: 1, column: text.indexOf('\r') + 1, contains: 'CR-tegn alene' },
    ]),
    document(
      'line-ends-one-lonely-cr',
      10,
      'A CRLF file with one lone CR in the middle',
      (() => {
        const lines = VALID.split('\n');
        return `${lines.slice(0, 5).join('\r\n')}\r${lines.slice(5).join('\r\n')}`;
      })(),
      (text) => [{ rule: 'not-text', line: 5, column: text.split('\n')[4]!.indexOf('\r') + 1, contains: 'CR-tegn alene' }],
    ),
  ];
}

// ---- 11. Blank values --------------------------------------------------------------------------------------------------
function blanks(): HostileInput[] {
  const blank = (
    name: string,
    description: string,
    search: string,
    replacement: string,
    marker: string,
    offset: number,
    more: (text: string) => ExpectedError[] = () => [],
  ): HostileInput =>
    document(name, 11, description, replaceValue(search, replacement), (text) =>
      [{ rule: 'blank-value', ...after(text, marker, offset), contains: 'kun af mellemrum' }, ...more(text)].sort(
        (a, b) => a.line - b.line || a.column - b.column,
      ),
    );
  return [
    blank(
      'blank-excerpt',
      "uddrag: ['   '], which every text contains",
      "    kilde: { afsnit: '5', uddrag: ['tlf. 1234 5678'] }\n",
      "    kilde: { afsnit: '5', uddrag: ['   '] }\n",
      "uddrag: ['   ']",
      'uddrag: ['.length,
      (text) => [{ rule: 'precise-fact-without-excerpt', ...after(text, "telefon: ['1234 5678']", 'telefon: ['.length), contains: '"1234 5678"' }],
    ),
    blank('blank-phone', "telefon: [' ']", "    telefon: ['1234 5678']\n", "    telefon: [' ']\n", "telefon: [' ']", 'telefon: ['.length),
    blank('blank-tab-only', 'A heading of one tab ("\\t")', '    overskrift: Kontakt\n', '    overskrift: "\\t"\n', 'overskrift: "\\t"', 'overskrift: '.length),
    blank(
      'blank-no-break-space',
      'A name of no-break spaces only',
      '  - navn: Eksempelby Rusmiddelcenter\n    telefon',
      "  - navn: '\u00a0\u00a0'\n    telefon",
      "navn: '\u00a0",
      'navn: '.length,
    ),
    // The section's source words are declared left out (udeladt), so the blank text is the only thing wrong, not also
    // a difference from the source.
    blank(
      'blank-section-text',
      'A section text of spaces only (its source words declared left out)',
      '    tekst: Ring på tlf. 1234 5678 alle hverdage.\n',
      "    tekst: '    '\n    udeladt: [{ tekst: 'Ring på tlf. 1234 5678 alle hverdage.', begrundelse: 'Prøve: teksten er udeladt.' }]\n",
      "tekst: '    '",
      'tekst: '.length,
    ),
    blank('blank-kommune', 'kommune: "  "', 'kommune: Eksempelby\n', 'kommune: "  "\n', 'kommune: "', 'kommune: '.length, (text) => [
      { rule: 'empty-slug', ...after(text, 'kommune: "', 'kommune: '.length), contains: 'ingen bogstaver' },
    ]),
    {
      name: 'provision-blank-title',
      issueClass: 11,
      description: "A law provision whose titel is ' '",
      placement: 'provisions',
      bytes: utf8(
        "bestemmelser:\n  - id: provision-blank-title\n    lov: Serviceloven\n    lov_fuldt_navn: Lov om social service\n    paragraf: § 997\n    titel: ' '\n    resume: En bestemmelse uden titel.\n    url: https://www.retsinformation.dk/documents?t=Lov%20om%20social%20service\n",
      ),
      errors: [{ rule: 'blank-value', line: 6, column: 12, contains: 'kun af mellemrum' }],
    },
  ];
}

/** Every hostile input, in class order. */
export function hostileInputs(): HostileInput[] {
  return [
    ...recursion(),
    ...slugs(),
    ...markdown(),
    ...controls(),
    ...fileSystem(),
    ...skippedNames(),
    ...aliases(),
    ...propertyNames(),
    ...quadratic(),
    ...english(),
    ...blanks(),
  ];
}

/** The source text the document cases cite, planted beside the real ones. */
export const FIXTURE_SOURCE = join(ROOT, 'test', 'fixtures', 'eksempelby-kilde.txt');

/** Where a case's file lies in a data set, relative to the data directory. */
export function plantedPath(input: HostileInput): string {
  switch (input.placement) {
    case 'document':
      return join('kommuner', input.name, input.fileName ?? 'document.yaml');
    case 'provisions':
      return join('requirements', `${input.name}-bestemmelser.yaml`);
    case 'catalogue':
      return join('requirements', `${input.name}.yaml`);
    case 'file-system':
      return '';
  }
}

/**
 * Writes into `directory` the source a document case cites and a heading map for each of its documents' ids (the
 * case's and its companion's, as written), so their sections are compared with the source at every entry point that
 * has heading maps (the check core, the CLI, the build; /tjek/ has none).
 */
export function writeSourceBeside(
  directory: string,
  input: HostileInput,
  documents: Buffer[] = [input.bytes!, ...(input.companion ? [input.companion] : [])],
): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, input.source?.name ?? 'eksempelby-kilde.txt'), input.source?.text ?? FIXTURE_SOURCE_TEXT);
  for (const id of documents.map((bytes) => documentId(bytes.toString('utf8')))) {
    // An id written quoted (a hostile one) gets no map: its document fails on the id first.
    if (id !== undefined && !id.startsWith('"')) writeFileSync(join(directory, `${id}.headings.yaml`), headingMapFor(id));
  }
}

/**
 * Plants one case in a data directory (a copy of data/ with the fixture source). With `uniqueIds`, a document's
 * id gets a same-length suffix per case, so many cases can share one data set (one build) without duplicate ids;
 * the lines and columns do not move. Returns the case's file path relative to the data directory.
 */
export function plant(directory: string, input: HostileInput, options: { uniqueIds?: number } = {}): string {
  if (input.placement === 'file-system') return input.plant!(directory, input.name);
  const path = plantedPath(input);
  mkdirSync(join(directory, path, '..'), { recursive: true });
  const unique = (bytes: Buffer, index: number) => {
    if (options.uniqueIds === undefined) return bytes;
    const text = bytes.toString('utf8');
    const suffix = `h${String(index).padStart(3, '0')}`;
    return text.includes(`id: ${ID}\n`) ? utf8(text.replace(`id: ${ID}\n`, `id: ${ID.slice(0, -4)}${suffix}\n`)) : bytes;
  };
  const written = [unique(input.bytes!, options.uniqueIds ?? 0), ...(input.companion ? [unique(input.companion, (options.uniqueIds ?? 0) + 500)] : [])];
  if (input.companion) writeFileSync(join(directory, path, '..', 'a-foerste.yaml'), written[1]!);
  writeFileSync(join(directory, path), written[0]!);
  if (input.placement === 'document') writeSourceBeside(join(directory, 'sources'), input, written);
  return path;
}
