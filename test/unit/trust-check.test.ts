import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, Scalar, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDataset, type DatasetFiles, type TextFile } from '../../src/check/index.ts';
import { plainTokens } from '../../src/check/mapped-text.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { fixtureDataset, readFixture, ROOT } from '../helpers/dataset.ts';

/*
 * Mutation tests on the real data: for every document in data/, one changed word in a section's text, one excerpt
 * cited from the wrong section and one blanked excerpt each make the check fail with the rule that says so.
 * The documents and the mutated places are derived from data/, so a new document is covered without editing this file.
 */
const dataset = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
const baseline = checkDataset(dataset);

const errorsFor = (files: DatasetFiles) => checkDataset(files).diagnostics.filter((d) => d.severity === 'error');
const withDocument = (original: TextFile, text: string): DatasetFiles => ({
  ...dataset,
  documents: dataset.documents.map((file) => (file.path === original.path ? { ...file, text } : file)),
});

describe('the real data set passes every trust rule', () => {
  it('has no errors, and every document has a heading map', () => {
    expect(baseline.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(dataset.headingMaps?.length).toBe(dataset.documents.length);
  });
});

describe.each(dataset.documents.map((file) => [file.path, file] as const))('mutating %s', (_, file) => {
  const document = baseline.documents.find((candidate) => candidate.file === file.path)!;
  const data = document.data;

  it('one changed word in a section text is reported at that word', () => {
    // The first word of four or more letters in the first block-scalar section text.
    const lineCounter = new LineCounter();
    const parsed = parseDocument(file.text, { lineCounter });
    const sections = parsed.get('afsnit', true) as unknown as { items: Node[] };
    const text = sections.items
      .map((section) => (isMap(section) ? section.get('tekst', true) : undefined))
      .find((node): node is Scalar => isScalar(node) && node.type === Scalar.BLOCK_LITERAL)!;
    expect(text, 'a section with a literal block text').toBeDefined();
    const bodyStart = file.text.indexOf('\n', text.range![0]) + 1;
    const word = /(?<![\p{L}\p{N}-])\p{L}{4,}(?![\p{L}\p{N}-])/u.exec(file.text.slice(bodyStart, text.range![1]))!;
    const offset = bodyStart + word.index;
    const mutated = `${file.text.slice(0, offset)}Ændret${file.text.slice(offset + word[0].length)}`;
    const { line, col } = lineCounter.linePos(offset);
    const errors = errorsFor(withDocument(file, mutated));
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${file.path}:${line}:${col} section-text-differs`]);
    expect(errors[0]!.message).toContain(word[0]);
  });

  it('an excerpt cited from another section is reported, naming the section it is in', () => {
    // The first fact citing one section, and a section whose text does not contain its first excerpt.
    const words = (text: string) => ` ${plainTokens(text).join(' ')} `;
    const sectionWords = new Map(data.afsnit.map((section) => [section.id, words(section.tekst ?? '')]));
    let found: { path: (string | number)[]; cited: string; other: string } | undefined;
    const visit = (value: unknown, path: (string | number)[]) => {
      if (found || value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index]));
      const fact = value as Record<string, unknown>;
      const kilde = fact.kilde as { afsnit?: unknown; uddrag?: string[] } | undefined;
      if (kilde && typeof kilde.afsnit === 'string' && kilde.uddrag?.length) {
        const excerpt = words(kilde.uddrag[0]!).trim();
        const other = data.afsnit.find((section) => section.id !== kilde.afsnit && !sectionWords.get(section.id)!.includes(excerpt));
        if (excerpt && sectionWords.get(kilde.afsnit)!.includes(excerpt) && other) {
          found = { path, cited: kilde.afsnit, other: other.id };
          return;
        }
      }
      for (const [key, child] of Object.entries(fact)) if (key !== 'kilde') visit(child, [...path, key]);
    };
    visit(data, []);
    expect(found, 'a fact whose first excerpt lies in the section it cites').toBeDefined();
    const parsed = parseDocument(file.text);
    parsed.setIn([...found!.path, 'kilde', 'afsnit'], found!.other);
    const errors = errorsFor(withDocument(file, parsed.toString({ lineWidth: 0 })));
    expect(errors.map((d) => d.ruleId)).toContain('excerpt-not-in-cited-section');
    expect(errors.every((d) => d.ruleId === 'excerpt-not-in-cited-section' || d.ruleId === 'precise-fact-without-excerpt')).toBe(true);
    expect(errors.find((d) => d.ruleId === 'excerpt-not-in-cited-section')!.message).toContain(`"${found!.cited}"`);
  });

  it('a fact with a summary whose excerpts are blanked is reported', () => {
    const summaries = ['gaelder_for', 'betingelser', 'hvordan', 'maalgruppe', 'beskrivelse'];
    let found: { path: (string | number)[]; key: string; count: number } | undefined;
    const visit = (value: unknown, path: (string | number)[]) => {
      if (found || value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index]));
      const fact = value as Record<string, unknown>;
      const excerpts = (fact.kilde as { uddrag?: string[] } | undefined)?.uddrag;
      const key = summaries.find((candidate) => typeof fact[candidate] === 'string');
      if (excerpts?.length && key) {
        found = { path, key, count: excerpts.length };
        return;
      }
      for (const [child, inner] of Object.entries(fact)) if (child !== 'kilde') visit(inner, [...path, child]);
    };
    visit(data, []);
    expect(found, 'a fact with a prose summary and excerpts').toBeDefined();
    const parsed = parseDocument(file.text, { lineCounter: new LineCounter() });
    for (let index = 0; index < found!.count; index++) parsed.setIn([...found!.path, 'kilde', 'uddrag', index], '   ');
    const text = parsed.toString({ lineWidth: 0 });
    const lineCounter = new LineCounter();
    const summaryNode = parseDocument(text, { lineCounter }).getIn([...found!.path, found!.key], true) as Node;
    const { line, col } = lineCounter.linePos(summaryNode.range![0]);
    const errors = errorsFor(withDocument(file, text));
    expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toContain(`${line}:${col} summary-without-excerpt`);
  });
});

describe('heading maps are checked by the check itself', () => {
  const valid = readFixture('valid');
  const headings = (text: string): DatasetFiles => {
    const files = fixtureDataset([valid]);
    return { ...files, headingMaps: files.headingMaps!.map((file) => (file.path.includes('eksempelby') ? { ...file, text } : file)) };
  };
  const map = fixtureDataset([]).headingMaps!.find((file) => file.path.includes('eksempelby'))!;

  it('a heading the source does not have is reported at that heading in the map', () => {
    const text = map.text.replace("'4. Klageadgang'", "'4. Klagevejledning'");
    const line = text.split('\n').findIndex((candidate) => candidate.includes('Klagevejledning')) + 1;
    const errors = errorsFor(headings(text));
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${map.path}:${line}:12 heading-not-in-source`]);
  });

  it('headings out of source order are reported, naming the line where the heading is', () => {
    const text = map.text
      .replace("'1. Om kvalitetsstandarden'", "'@'")
      .replace("'2. Tilbud og målgruppe'", "'1. Om kvalitetsstandarden'")
      .replace("'@'", "'2. Tilbud og målgruppe'");
    const errors = errorsFor(headings(text));
    expect(
      errors.some((d) => d.ruleId === 'heading-not-in-source' && d.message.includes('(linje 1)') && d.message.includes('før den forrige overskrift')),
    ).toBe(true);
  });

  it('a document without a heading map is reported at its kildefil', () => {
    const files = { ...fixtureDataset([valid]), headingMaps: [] };
    const errors = errorsFor(files);
    expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['8:11 section-without-heading']);
  });
});

describe('an answered absence passes', () => {
  const valid = readFixture('valid');
  const errors = (text: string) => errorsFor(fixtureDataset([{ ...valid, text }]));
  const guarantee = /behandlingsgaranti:\n {2}- dage: 14\n {4}regnet_fra: henvendelsen\n {4}kilde: \{[^\n]*\}\n/;

  it('a topic not described, with the reason, is accepted although the source covers it', () => {
    const text = valid.text.replace(
      guarantee,
      'behandlingsgaranti:\n  status: ikke-beskrevet\n  begrundelse: Kilden nævner fristen, men ikke hvad den gælder.\n',
    );
    expect(text).not.toBe(valid.text);
    expect(errors(text)).toEqual([]);
  });
});
