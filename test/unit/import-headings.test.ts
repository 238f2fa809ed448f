import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { importDocument } from '../../src/import/draft.ts';
import { readSource } from '../../src/import/read-source.ts';
import { splitSections } from '../../src/import/sections.ts';
import { ROOT } from '../helpers/dataset.ts';
import { makeDocx, type DocxBlock } from '../helpers/make-documents.ts';

/**
 * The import's heading rules on small documents written for the purpose (test/fixtures/_import-headings/, see its
 * README): each folder's source and the headings a reader would split it at, in order.
 */
const FOLDER = join(ROOT, 'test', 'fixtures', '_import-headings');
const scenarios = readdirSync(FOLDER, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Expected {
  overskrifter: { linje?: number; tekst: string }[];
}
const expected = (scenario: string) => parse(readFileSync(join(FOLDER, scenario, 'forventet.yaml'), 'utf8')) as Expected;

async function sourceOf(scenario: string) {
  const folder = join(FOLDER, scenario);
  if (readdirSync(folder).includes('kilde.txt')) return { text: readFileSync(join(folder, 'kilde.txt'), 'utf8'), hints: {} };
  const { blokke } = parse(readFileSync(join(folder, 'dokument.yaml'), 'utf8')) as { blokke: { tekst: string; overskrift?: 1 | 2 | 3 }[] };
  const blocks: DocxBlock[] = blokke.map((block) => (block.overskrift ? { heading: block.overskrift, text: block.tekst } : { text: block.tekst }));
  const read = await readSource(`${scenario}.docx`, await makeDocx(blocks));
  if (!read.ok) throw new Error(read.message);
  return { text: read.text, hints: read.headingHints ?? {} };
}

describe('the import finds the headings a reader would (fresh test documents)', () => {
  it('has the scenarios of the README', () => {
    expect(scenarios).toEqual(['nummereret-pdf-tekst', 'servicedeklaration-felter', 'spoergsmaal-og-versaler', 'word-typografier']);
  });

  it.each(scenarios)('%s', async (scenario) => {
    const { text, hints } = await sourceOf(scenario);
    const { sections } = splitSections(text, undefined, hints);
    const want = expected(scenario).overskrifter;
    const got = sections.map((section, index) =>
      want[index]?.linje === undefined ? { tekst: section.overskrift } : { linje: section.fromLine, tekst: section.overskrift },
    );
    expect(got).toEqual(want);
  });

  it('"Formål" and "Målgruppe" once each are a standard\'s own sections, not the fields of an offer', () => {
    const text = [
      'Kvalitetsstandard for rusmiddelbehandling',
      '',
      'Formål',
      'Indsatsen skal hjælpe borgeren til et liv uden skadeligt forbrug af rusmidler.',
      '',
      'Målgruppe',
      'Borgere over 18 år med et forbrug af alkohol eller stoffer, der skader dem eller deres familie.',
      '',
      'Lovgrundlag',
      'Tilbuddet gives efter serviceloven § 101 og sundhedsloven § 141, som kommunen skal følge.',
      '',
    ].join('\n');
    expect(splitSections(text).sections.map((section) => section.overskrift)).toEqual([
      'Kvalitetsstandard for rusmiddelbehandling',
      'Formål',
      'Målgruppe',
      'Lovgrundlag',
    ]);
  });

  it('a page header on only two pages is never a heading; "Bilag 1: Lovgrundlag" is one', () => {
    const page = (header: string, body: string[], mark: string) => [header, '', ...body, mark, ''];
    const text = [
      ...page(
        'Kvalitetsstandard · Egeskov Kommune',
        [
          'Om standarden',
          'Standarden gælder for alkoholbehandling efter sundhedsloven og beskriver kommunens serviceniveau.',
          '',
          'Behandlingsgaranti',
          'Du får tilbudt behandling senest 14 dage efter, at du har bedt om det, også når der er travlt.',
        ],
        'Side 1 af 2',
      ),
      ...page(
        'Kvalitetsstandard · Egeskov Kommune',
        [
          'Pårørende',
          'Pårørende kan få rådgivning og deltage i samtaler, hvis borgeren ønsker det og giver samtykke.',
          '',
          'Bilag 1: Lovgrundlag',
          'Sundhedsloven § 141 giver borgeren ret til gratis behandling for alkoholmisbrug i sin kommune.',
        ],
        'Side 2 af 2',
      ),
    ].join('\n');
    const { sections, omitted } = splitSections(text);
    expect(omitted.map((entry) => entry.tekst)).toContain('Kvalitetsstandard · Egeskov Kommune');
    // Both occurrences of the header are declared left out of the sections, like a header on every page.
    expect(sections.map((section) => [section.fromLine, section.overskrift])).toEqual([
      [3, 'Om standarden'],
      [6, 'Behandlingsgaranti'],
      [12, 'Pårørende'],
      [15, 'Bilag 1: Lovgrundlag'],
    ]);
  });

  it('a Word file without heading styles is split by its layout instead', async () => {
    const blocks: DocxBlock[] = [
      { text: 'Kvalitetsstandard for Lyngholt' },
      { text: 'Tilbud' },
      { text: 'Et forløb består af otte til tolv samtaler med den samme behandler.' },
      { text: 'Kontakt' },
      { text: 'Ring til rådgivningen på hverdage mellem klokken ni og tre.' },
    ];
    const read = await readSource('uden-typografier.docx', await makeDocx(blocks));
    if (!read.ok) throw new Error(read.message);
    expect(read.headingHints).toBeUndefined();
    expect(splitSections(read.text).sections.map((section) => section.overskrift)).toEqual(['Kvalitetsstandard for Lyngholt', 'Tilbud', 'Kontakt']);
  });
});

describe('drafts in other layouts import into drafts the check passes but for their confirmations', () => {
  // Draft-check fixtures written as "Emne:/Beskrivelse:" pairs, with Markdown headings and tables, as an e-mail and in
  // plain everyday words: the import either splits them at their headings, with every section verbatim, or not at all.
  const dataset = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
  const checked = checkDataset(dataset);
  const catalogue = checked.catalogues[0]!.data;
  const keywords = checked.keywords[0]!.data;
  it.each([
    'udkast/udvikling/etiket-01.txt',
    'udkast/udvikling/etiket-02.txt',
    'udkast/udvikling/markdown-02.md',
    'udkast/udvikling/tabel-01.md',
    'udkast/holdout/markdown-04.md',
    'udkast/blind/hverdagssprog.txt',
    'udkast/holdout-2/email-h2-01.txt',
    '_text-check/udkast.md',
  ])('%s', (file) => {
    const result = importDocument({
      text: readFileSync(join(ROOT, 'test', 'fixtures', file), 'utf8'),
      kommune: 'Prøveby',
      catalogue,
      keywords,
      sourceName: file,
      declareOmissions: true,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.sections.length).toBeGreaterThanOrEqual(3);
    const errors = checkDataset({
      ...dataset,
      documents: [{ path: `kommuner/${result.documentFile}`, text: result.documentYaml }],
      sourceTexts: { ...dataset.sourceTexts, [result.sourceFile]: result.sourceText },
      headingMaps: [...(dataset.headingMaps ?? []), { path: `sources/${result.headingsFile}`, text: result.headingsYaml }],
    }).diagnostics.filter((d) => d.severity === 'error' && d.file.includes(result.id) && d.ruleId !== 'awaiting-confirmation');
    expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
  });
});
