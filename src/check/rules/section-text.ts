import { isScalar, Scalar } from 'yaml';
import { diagnostic } from '../rule-catalogue.ts';
import { locate, nodeAt, type PathSegment } from '../locate.ts';
import {
  lineFinder,
  linkTargets,
  mapText,
  normalizeMapped,
  plainTokens,
  stripMarkdown,
  TokenIndex,
  tokenize,
  withoutLinkTargets,
  type Token,
} from '../mapped-text.ts';
import type { Located } from '../dataset.ts';
import type { ParsedYaml } from '../parse-yaml.ts';
import type { Diagnostic } from '../types.ts';
import { citedSections, type MunicipalDocument, type Omission, type SourceHeadings } from '../../../schemas/index.ts';
import { forEachFact, type PlainObject } from '../walk.ts';

/** The words of a source text with their offsets, computed once per text (the corpus shares few sources). */
const sourceTokenCache = new Map<string, Token[]>();
function sourceTokens(source: string): Token[] {
  let tokens = sourceTokenCache.get(source);
  if (!tokens) {
    tokens = tokenize(normalizeMapped(mapText(source)));
    if (sourceTokenCache.size > 200) sourceTokenCache.clear();
    sourceTokenCache.set(source, tokens);
  }
  return tokens;
}

/** A section's span of the source: the tokens the heading map assigns to it, in order. */
interface Span {
  tokens: Token[];
  /** Offset in the source where the span ends (the next section's heading), for "the source goes on at line N". */
  endsAt: number;
}

const WORDS_QUOTED = 8;
const quote = (tokens: readonly Token[], from: number): string => {
  const words = tokens.slice(from, from + WORDS_QUOTED).map((token) => token.word);
  return words.length ? `"${words.join(' ')}${from + WORDS_QUOTED < tokens.length ? ' …' : ''}"` : '(intet)';
};

/**
 * The words of the scalar at `path` with their offsets in the YAML file. Read from the file's own text so the first
 * differing word can be located exactly; when the raw text does not give the parsed value's words (escapes in a
 * quoted scalar), the value's words are used, all located at the scalar's start.
 */
function yamlTokens(parsed: ParsedYaml, path: PathSegment[], value: string): Token[] {
  const node = nodeAt(parsed, path);
  const fromValue = () => valueTokens(value, node?.range?.[0] ?? 0);
  if (!node || !isScalar(node) || !node.range) return fromValue();
  let start = node.range[0];
  let end = node.range[1];
  const type = (node as Scalar).type;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    const newline = parsed.text.indexOf('\n', start);
    if (newline === -1) return fromValue();
    start = newline + 1;
  } else if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    start += 1;
    end -= 1;
  }
  const raw = tokenize(normalizeMapped(stripMarkdown(mapText(parsed.text.slice(start, end), start))));
  // A block scalar's raw lines are its value plus indentation (no escapes): its words are the value's words.
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) return raw;
  const expected = fromValue();
  if (raw.length !== expected.length || raw.some((token, index) => token.word !== expected[index]!.word)) return expected;
  return raw;
}

/** The words of a value, all located at `start`. */
function valueTokens(value: string, start: number): Token[] {
  return tokenize(normalizeMapped(stripMarkdown(mapText(value)))).map((token) => ({ word: token.word, at: start }));
}

function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
  return a.length === b.length && a.every((token, index) => token.word === b[index]!.word);
}

/** Removes every occurrence of each omission from `tokens`; reports omissions that do not occur. */
function removeOmissions(tokens: Token[], omissions: readonly Omission[] | undefined, report: (index: number, omission: Omission) => void): Token[] {
  if (!omissions?.length) return tokens;
  const removed = new Uint8Array(tokens.length);
  const index = new TokenIndex(tokens);
  omissions.forEach((omission, omissionIndex) => {
    const needle = plainTokens(omission.tekst);
    let found = false;
    for (let at = index.find(needle); at !== -1; at = index.find(needle, at + needle.length)) {
      found = true;
      removed.fill(1, at, at + needle.length);
      if (at + needle.length >= tokens.length) break;
    }
    if (!found) report(omissionIndex, omission);
  });
  return tokens.filter((_, tokenIndex) => removed[tokenIndex] === 0);
}

/**
 * Each section's text equals the span of the source its headings mark out (rule section-text-differs); the heading
 * map's headings occur in the source in order (heading-not-in-source); every section has a heading
 * (section-without-heading); every declared omission occurs where it is declared (omission-not-in-source).
 */
export function checkSectionTexts(doc: Located<MunicipalDocument>, source: string, headings: Located<SourceHeadings> | undefined): Diagnostic[] {
  const { data, parsed, file } = doc;
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: Parameters<typeof diagnostic>[0], target: ParsedYaml, path: PathSegment[], message: string, at: 'value' | 'key' = 'value') => {
    const { line, column } = locate(target, path, at);
    diagnostics.push(diagnostic(ruleId, target.file, line, column, message));
  };
  if (!headings) {
    const name = data.kildefil.replace(/\.txt$/, '.headings.yaml');
    report(
      'section-without-heading',
      parsed,
      ['kildefil'],
      `Kilden ${data.kildefil} har intet overskriftskort (${name}) med "dokument: ${data.id}", så afsnittenes tekst kan ikke sammenlignes med kilden. Skriv kildens overskrifter i rækkefølge med det afsnit, de hører til.`,
    );
    return diagnostics;
  }
  // With two sections of one id, which one a heading means is unknown: the duplicate-id error comes first.
  if (new Set(data.afsnit.map((section) => section.id)).size !== data.afsnit.length) return diagnostics;
  const sourceLine = lineFinder(source);
  const omittedNotFound = (path: PathSegment[], where: string) => (_: number, omission: Omission) =>
    report(
      'omission-not-in-source',
      parsed,
      path,
      `Den udeladte tekst "${omission.tekst.replace(/\s+/g, ' ').slice(0, 60)}" står ikke ${where}. Kopiér den ordret fra kilden, eller fjern udeladelsen.`,
    );

  // 1. The source's words, less what the document declares left out outside its sections (every occurrence).
  let tokens = sourceTokens(source);
  if (data.udeladt_fra_kilden) {
    tokens = removeOmissions(tokens, data.udeladt_fra_kilden, (index, omission) =>
      omittedNotFound(['udeladt_fra_kilden', index, 'tekst'], `i kilden ${data.kildefil}`)(index, omission),
    );
  }
  const index = new TokenIndex(tokens);

  // 2. The headings, found in order.
  const sectionIds = new Set(data.afsnit.map((section) => section.id));
  const found: { section: string; start: number; end: number }[] = [];
  let cursor = 0;
  headings.data.overskrifter.forEach((heading, headingIndex) => {
    if (!sectionIds.has(heading.afsnit)) {
      report(
        'dangling-reference',
        headings.parsed,
        ['overskrifter', headingIndex, 'afsnit'],
        `Afsnittet "${heading.afsnit}" findes ikke i ${file}. Afsnit i dokumentet: ${[...sectionIds].join(', ')}.`,
      );
      return;
    }
    const needle = plainTokens(heading.tekst);
    const at = findHeading(index, tokens, needle, cursor, sourceLine);
    if (at === -1) {
      const anywhere = index.find(needle);
      report(
        'heading-not-in-source',
        headings.parsed,
        ['overskrifter', headingIndex, 'tekst'],
        anywhere === -1
          ? `Overskriften "${heading.tekst}" står ikke i kilden ${data.kildefil}. Kopiér den ordret fra kilden.`
          : `Overskriften "${heading.tekst}" står i kilden ${data.kildefil} (linje ${sourceLine(tokens[anywhere]!.at)}), men før den forrige overskrift i kortet. Skriv overskrifterne i kildens rækkefølge.`,
      );
      return;
    }
    found.push({ section: heading.afsnit, start: at, end: at + needle.length });
    cursor = at + needle.length;
  });
  data.afsnit.forEach((section, sectionIndex) => {
    if (!headings.data.overskrifter.some((heading) => heading.afsnit === section.id)) {
      report(
        'section-without-heading',
        parsed,
        ['afsnit', sectionIndex, 'id'],
        `Afsnit "${section.id}" har ingen overskrift i ${headings.file}, så dets tekst kan ikke sammenlignes med kilden. Tilføj kildens overskrift med "afsnit: '${section.id}'".`,
      );
    }
  });
  // A heading not found leaves its neighbours' spans wrong: report the map, not the consequences (one error per mistake).
  if (found.length === 0 || diagnostics.some((d) => d.ruleId === 'heading-not-in-source' || d.ruleId === 'dangling-reference')) return diagnostics;

  // 3. Text before the first heading belongs to no section: it must be declared left out.
  const first = found[0]!;
  if (first.start > 0) {
    report(
      'section-text-differs',
      parsed,
      [data.udeladt_fra_kilden ? 'udeladt_fra_kilden' : 'afsnit'],
      `Kilden har tekst før den første overskrift i ${headings.file} (linje ${sourceLine(tokens[0]!.at)}: ${quote(tokens, 0)}), som ikke står i noget afsnit. Skriv den ind i et afsnit, eller erklær den under udeladt_fra_kilden med en begrundelse.`,
      'key',
    );
  }

  // 4. Each section's span: from its heading to the next heading of another section; a section met again later
  //    (its heading map returns to it) continues with that part, heading included.
  const spans = new Map<string, Span>();
  for (let run = 0; run < found.length;) {
    let next = run + 1;
    while (next < found.length && found[next]!.section === found[run]!.section) next++;
    const section = found[run]!.section;
    const end = next < found.length ? found[next]!.start : tokens.length;
    const existing = spans.get(section);
    const from = existing ? found[run]!.start : found[run]!.end;
    const part = tokens.slice(from, end);
    const endsAt = end < tokens.length ? tokens[end]!.at : source.length;
    spans.set(section, existing ? { tokens: [...existing.tokens, ...part], endsAt } : { tokens: part, endsAt });
    run = next;
  }

  diagnostics.push(...checkExcerptsInCitedSections(doc, spans));

  // 5. Compare word by word; the bare link targets PDF extraction scatters are not text (see withoutLinkTargets).
  const targets = linkTargets(data.afsnit.flatMap((section) => (section.tekst === undefined ? [] : [section.tekst])));
  data.afsnit.forEach((section, sectionIndex) => {
    const span = spans.get(section.id);
    if (!span) return;
    const path: PathSegment[] = ['afsnit', sectionIndex];
    const expected = withoutLinkTargets(
      removeOmissions(span.tokens, section.udeladt, omittedNotFound([...path, 'udeladt'], `i kildens afsnit "${section.id}"`)),
      targets,
    );
    // The value's own words first: equal to the source's, the section is right, and the file's positions (which
    // the raw words need, to locate a difference) are never read. Its words are the raw text's (see yamlTokens).
    if (section.tekst !== undefined && sameWords(withoutLinkTargets(valueTokens(section.tekst, 0), targets), expected)) return;
    const actual = section.tekst === undefined ? [] : withoutLinkTargets(yamlTokens(parsed, [...path, 'tekst'], section.tekst), targets);
    const limit = Math.min(expected.length, actual.length);
    let at = 0;
    while (at < limit && expected[at]!.word === actual[at]!.word) at++;
    if (at === expected.length && at === actual.length) return;
    const sourceAt = at < expected.length ? `kildens linje ${sourceLine(expected[at]!.at)}` : `kilden (afsnittet slutter ved linje ${sourceLine(span.endsAt)})`;
    const message = `Afsnit "${section.id}" afviger fra ${sourceAt}: data har ${quote(actual, at)}, kilden har ${quote(expected, at)}. Ret teksten, så den følger kilden ord for ord, eller erklær bevidst udeladt tekst under udeladt med en begrundelse.`;
    if (actual.length > 0) {
      // The first differing word; when the data stops early, its last word.
      const position = parsed.lineCounter.linePos(actual[Math.min(at, actual.length - 1)]!.at);
      diagnostics.push(diagnostic('section-text-differs', file, position.line, position.col, message));
    } else {
      report('section-text-differs', parsed, section.tekst === undefined ? [...path, 'id'] : [...path, 'tekst'], message);
    }
  });
  return diagnostics;
}

/** Every `uddrag` list inside a fact (its kilde, a condition, an explicit none), not descending into nested facts. */
export function forEachExcerptList(fact: PlainObject, visit: (excerpts: unknown[], path: PathSegment[]) => void, path: PathSegment[] = []): void {
  for (const [key, child] of Object.entries(fact)) {
    if (key === 'uddrag' && Array.isArray(child)) {
      visit(child, [...path, key]);
    } else if (Array.isArray(child)) {
      child.forEach((item, index) => {
        if (item && typeof item === 'object' && !Array.isArray(item) && !(item as PlainObject).kilde)
          forEachExcerptList(item as PlainObject, visit, [...path, key, index]);
      });
    } else if (child && typeof child === 'object' && !(path.length > 0 && (child as PlainObject).kilde)) {
      if (key === 'kilde' || !(child as PlainObject).kilde) forEachExcerptList(child as PlainObject, visit, [...path, key]);
    }
  }
}

/**
 * Every excerpt of a fact lies in a section the fact cites (rule excerpt-not-in-cited-section); the message names the
 * sections where it does occur. Excerpts that occur nowhere in the source are excerpt-not-in-source's business.
 */
function checkExcerptsInCitedSections(doc: Located<MunicipalDocument>, spans: ReadonlyMap<string, Span>): Diagnostic[] {
  const { data, parsed, file } = doc;
  const diagnostics: Diagnostic[] = [];
  const sectionIds = new Set(data.afsnit.map((section) => section.id));
  const texts = new Map([...spans].map(([id, span]) => [id, ` ${span.tokens.map((token) => token.word).join(' ')} `]));
  forEachFact(data, (fact, factPath) => {
    const cited = citedSections(fact.kilde as { afsnit: string | string[] });
    // A citation of a section that does not exist is dangling-reference's error; one error per mistake.
    if (cited.some((id) => !sectionIds.has(id))) return;
    forEachExcerptList(fact, (excerpts, listPath) => {
      excerpts.forEach((excerpt, index) => {
        if (typeof excerpt !== 'string') return;
        const words = plainTokens(excerpt);
        if (words.length === 0) return;
        const needle = ` ${words.join(' ')} `;
        if (cited.some((id) => texts.get(id)?.includes(needle))) return;
        // Words at the excerpt's edges may be cut mid-word ("behandlings-" …): fall back to a plain substring.
        const loose = words.join(' ');
        if (cited.some((id) => texts.get(id)?.includes(loose))) return;
        const where = [...texts].filter(([, text]) => text.includes(loose)).map(([id]) => id);
        if (where.length === 0) return;
        const { line, column } = locate(parsed, [...factPath, ...listPath, index]);
        diagnostics.push(
          diagnostic(
            'excerpt-not-in-cited-section',
            file,
            line,
            column,
            `Uddraget "${excerpt.replace(/\s+/g, ' ').slice(0, 60)}" står ikke i ${cited.length > 1 ? 'afsnittene' : 'afsnit'} ${cited.map((id) => `"${id}"`).join(', ')}, som faktummet henviser til, men i ${where.map((id) => `"${id}"`).join(', ')}. Ret kilde.afsnit til det afsnit, hvor kilden siger det (eller tilføj det, hvis faktummet bygger på flere afsnit).`,
          ),
        );
      });
    });
  });
  return diagnostics;
}

/**
 * The next occurrence of a heading at or after token `from`. A heading usually stands on a line of its own, while the
 * same words may also open a sentence of the text before it ("Døgnbehandling er et tilbud …"): the first occurrence
 * alone on its lines wins; a heading run into its text (two-column layouts) is found by its first occurrence.
 */
function findHeading(index: TokenIndex, tokens: readonly Token[], needle: readonly string[], from: number, lineOf: (offset: number) => number): number {
  const first = index.find(needle, from);
  if (first === -1 || needle.length === 0) return first;
  const ownLine = (at: number) => {
    const last = at + needle.length - 1;
    const startsLine = at === 0 || lineOf(tokens[at - 1]!.at) < lineOf(tokens[at]!.at);
    const endsLine = last + 1 >= tokens.length || lineOf(tokens[last + 1]!.at) > lineOf(tokens[last]!.at);
    return startsLine && endsLine;
  };
  for (let at = first; at !== -1; at = index.find(needle, at + 1)) {
    if (ownLine(at)) return at;
  }
  return first;
}
