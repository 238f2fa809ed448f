import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDataset, checkDraftText, parseKeywordFile, type DraftTextCheck } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { readTextLines } from '../../src/check/text/lines.ts';
import { ROOT } from '../helpers/dataset.ts';
import { documentsInData } from '../helpers/documents-in-data.ts';

const dataset = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
const data = checkDataset(dataset);
const catalogue = data.catalogues.find((file) => file.data.id === 'bek-1691-2023')!.data;
const catalogues = new Map([[catalogue.id, catalogue]]);
const keywordFile = dataset.keywords!.find((file) => file.path.endsWith('bek-1691-2023.noegleord.yaml'))!;
const keywords = data.keywords[0]!.data;
const provisions = new Map(data.provisions.flatMap((file) => file.data.map((provision) => [provision.id, provision] as const)));

const check = (text: string, file = 'udkast.txt') => checkDraftText(text, file, catalogue, keywords, provisions);
const foundIds = (result: DraftTextCheck) => result.points.filter((point) => point.status === 'fundet').map((point) => point.point.id);
// Not described: missing, or only named (kun nævnt).
const missingIds = (result: DraftTextCheck) => result.points.filter((point) => point.status !== 'fundet').map((point) => point.point.id);

describe('the keyword file data/requirements/bek-1691-2023.noegleord.yaml', () => {
  it('passes its schema and names every point of the catalogue, so the data check reports nothing about it', () => {
    expect(data.keywords).toHaveLength(1);
    expect(data.diagnostics.filter((d) => d.file.endsWith('.noegleord.yaml'))).toEqual([]);
    expect(Object.keys(keywords.punkter).sort()).toEqual(catalogue.punkter.map((point) => point.id).sort());
  });

  const edited = (from: string, to: string) => {
    expect(keywordFile.text).toContain(from);
    const text = keywordFile.text.replace(from, to);
    const line = text.slice(0, text.indexOf(to)).split('\n').length;
    return { text, line };
  };

  it.each([
    ['an upper-case pattern', '[gavekort]', '[Gavekort]', 'schema', 'små bogstaver'],
    ['a misspelt field', '    overskrifter: [gavekort]', '    overskrifter: [gavekort]\n    vaegt: 2', 'schema', 'Ukendt felt "vaegt"'],
    ['an unknown point', '  gavekort:\n', '  gavekortet:\n', 'unknown-point', '"gavekortet" er ikke et punkt'],
    ['a YAML syntax error', 'kravkatalog: bek-1691-2023', 'kravkatalog: "bek-1691-2023', 'yaml-syntax', 'anførselstegnet'],
  ])('%s gives a located diagnostic', (_, from, to, ruleId, message) => {
    const { text, line } = edited(from, to);
    const { keywords: parsed, diagnostics } = parseKeywordFile({ path: keywordFile.path, text }, catalogues);
    expect(parsed).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: keywordFile.path, ruleId });
    expect(diagnostics[0]!.message).toContain(message);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(line);
    expect(diagnostics[0]!.line).toBeLessThanOrEqual(line + 2);
  });

  it('a point left out is named at the punkter key', () => {
    const start = keywordFile.text.indexOf('  gavekort:\n');
    const end = keywordFile.text.indexOf('  hjemmeboende-boern:\n');
    const text = keywordFile.text.slice(0, start) + keywordFile.text.slice(end);
    const { diagnostics } = parseKeywordFile({ path: keywordFile.path, text }, catalogues);
    const punkterLine = text.split('\n').indexOf('punkter:') + 1;
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${punkterLine}:1 schema`]);
    expect(diagnostics[0]!.message).toContain('"gavekort" har ingen nøgleord');
  });

  it('the data check reports a broken keyword file like any other data file', () => {
    const { text, line } = edited('[gavekort]', '[Gavekort]');
    const { diagnostics } = checkDataset({ ...dataset, keywords: [{ path: keywordFile.path, text }] });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([`${keywordFile.path}:${line} schema`]);
  });
});

describe('reading a text exported from PDF or Word', () => {
  it('joins words broken over lines, drops blank lines, page marks and URL lines, and keeps line numbers', () => {
    const lines = readTextLines(
      'Side 1 af 9\n\nBehandlingen er omfattet af behand-\n\nlingsgarantien, jf. loven.\n\n3\n\nhttps://eksempel.dk/\nSundheds- lovens § 141 om stof- og alkoholbehandling\n',
    );
    expect(lines.map((line) => `${line.number}: ${line.text}`)).toEqual([
      '3: Behandlingen er omfattet af behandlingsgarantien,',
      '5: jf. loven.',
      '10: Sundhedslovens § 141 om stof- og alkoholbehandling',
    ]);
  });

  it('turns Symbol-font bullets into bullets, puts split accents back and drops running headers', () => {
    const header = 'Eksempelby Kommune · Kvalitetsstandard';
    const lines = readTextLines(`${header}\n\uf0b7\uf020Lov om social service § 16\nmed henblik pa \u030a sikring\n${header}\nTekst\n${header}\n`);
    expect(lines.map((line) => line.text)).toEqual(['• Lov om social service § 16', 'med henblik på sikring', 'Tekst']);
  });
});

describe('checkDraftText', () => {
  const markdown = readFileSync(join(ROOT, 'test', 'fixtures', '_text-check', 'udkast.md'), 'utf8');
  const pdfText = readFileSync(join(ROOT, 'test', 'fixtures', '_text-check', 'udkast-pdf.txt'), 'utf8');

  it('finds the points a Markdown draft has headings for, with their lines and headings', () => {
    const result = check(markdown, 'udkast.md');
    expect(missingIds(result)).toEqual(['brugerinddragelse', 'monitorering', 'gavekort', 'fremtidig-indsats']);
    // A heading over one short sentence, and a passing sentence, name a point without describing it.
    expect(
      result.points
        .filter((point) => point.status === 'kun-nævnt')
        .map((point) => [point.point.id, point.status === 'kun-nævnt' ? point.evidence[0]!.line : 0]),
    ).toEqual([
      ['brugerinddragelse', 42],
      ['gavekort', 66],
    ]);
    const guarantee = result.points.find((point) => point.point.id === 'behandlingsgaranti')!;
    expect(guarantee).toMatchObject({ status: 'fundet', evidence: [{ kind: 'overskrift', line: 26, text: 'Behandlingsgaranti' }] });
  });

  it('reports each missing point at line 1, and each point only named at its line, with its number, wording, explanation and law', () => {
    const result = check(markdown, 'udkast.md');
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.docsUrl}`)).toEqual([
      'udkast.md:42:1 error mandatory-point-only-mentioned-in-text /krav/brugerinddragelse/',
      'udkast.md:1:1 error mandatory-point-missing-in-text /krav/monitorering/',
      'udkast.md:66:1 error mandatory-point-only-mentioned-in-text /krav/gavekort/',
      'udkast.md:1:1 error mandatory-point-missing-in-text /krav/fremtidig-indsats/',
    ]);
    const gift = result.diagnostics[2]!.message;
    const point = catalogue.punkter.find((candidate) => candidate.id === 'gavekort')!;
    for (const part of ['Punkt 15 "gavekort"', point.ordlyd, point.forklaring, 'BEK nr. 1691 af 11/12/2023', 'serviceloven § 101', 'barnets lov § 34']) {
      expect(gift).toContain(part);
    }
    // The one sentence about gift cards is a mention, and the message says where it is.
    expect(gift).toContain('er kun nævnt: linje 66');
    expect(result.diagnostics[0]!.message).toContain('overskriften »10. Brugerinddragelse«'.replace('10. ', ''));
  });

  it("handles PDF artefacts: hyphenated headings and words, page headers, the law's list of points and quoted law", () => {
    const result = check(pdfText);
    expect(foundIds(result)).toEqual(['behandlingsgaranti', 'frit-valg', 'kost-og-logi']);
    const freeChoice = result.points.find((point) => point.point.id === 'frit-valg')!;
    expect(freeChoice.status === 'fundet' && freeChoice.evidence[0]).toMatchObject({ line: 39, text: 'Frit valg af behandlingssted' });
    expect(result.skipped).toEqual([
      { reason: 'punktliste', fromLine: 13, toLine: 23 },
      { reason: 'lovtekst', fromLine: 57, toLine: 67 },
    ]);
  });

  it('counts a description without a heading, but not a single mention or a reference to another section', () => {
    const description =
      'Indledning\n\nNår behandlingen begynder, udarbejdes en behandlingsplan sammen med borgeren. Planen beskriver mål og delmål, og der følges op med en opfølgning hver tredje måned.\n';
    expect(foundIds(check(description))).toContain('behandlingsplan');
    const found = check(description).points.find((point) => point.point.id === 'behandlingsplan')!;
    expect(found).toMatchObject({ status: 'fundet', evidence: [{ kind: 'udtryk', line: 3 }] });

    const mention = 'Indledning\n\nBorgeren får en behandlingsplan.\n';
    expect(missingIds(check(mention))).toContain('behandlingsplan');
    const reference = 'Indledning\n\nDer kan være egenbetaling til kost og logi, jf. afsnit 4.6.\n';
    expect(missingIds(check(reference))).toContain('kost-og-logi');
  });

  it('a heading with no text under it (a chapter heading) does not count', () => {
    expect(missingIds(check('4. Behandlingsgaranti\n4.1 Henvendelse\nAlle kan henvende sig.\n'))).toContain('behandlingsgaranti');
    expect(foundIds(check('4. Behandlingsgaranti\nBehandlingen begynder inden for to uger.\n'))).toContain('behandlingsgaranti');
  });

  // A reviewer's draft leaves placeholders in whatever layout it is written in; none of them is a description.
  it.each([
    ['a table cell', '| Emne | Indhold |\n|---|---|\n| Gavekort | [indsæt ordningen for 2026] |\n', 'gavekort'],
    ['a label and value', 'Emne: Frit valg\nBeskrivelse: TBD\n', 'frit-valg'],
    ['a bullet with a label', '- Personale: XX\n- Klage: Borgeren kan klage over afgørelser til Ankestyrelsen inden fire uger.\n', 'personale'],
    [
      'a numbered paragraph',
      '§ 4. Behandlingsplan\nUnder udarbejdelse.\n\n§ 5. Klageadgang\nKlager over afgørelser sendes til kommunen inden fire uger.\n',
      'behandlingsplan',
    ],
    ['a Markdown heading over a reference to a missing bilag', '## Monitorering\nSe bilag 7.\n', 'monitorering'],
    ['a slide', 'Dias 3: Kost og logi\n- [udfyldes]\n', 'kost-og-logi'],
    ['a point of the minutes', 'Ad 5. Fremtidig indsats\nKort drøftelse. Punktet tages op igen på næste møde.\n', 'fremtidig-indsats'],
    ['an English heading', '## Treatment plan\nComing soon.\n', 'behandlingsplan'],
  ])('a placeholder in %s names the point but does not describe it', (_, text, point) => {
    const result = check(text).points.find((candidate) => candidate.point.id === point)!;
    expect(result.status).toBe('kun-nævnt');
  });

  it.each([
    ['an empty file', '  \n', 'empty-file'],
    ['a binary file', 'PK\u0003\u0004', 'not-text'],
  ])('%s is reported, not checked', (_, text, ruleId) => {
    const result = check(text);
    expect(result.points).toEqual([]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual([ruleId]);
  });
});

// --- The real source texts: the text check must agree with the reviewers' statuses in the document YAML. ---

/** Every quality standard in data/: the documents whose reviewers recorded a status for each point of the law. */
const KVALITETSSTANDARDER = documentsInData()
  .filter((d) => d.dokumenttype === 'kvalitetsstandard')
  .map((d) => d.id);

/**
 * Removal cases where the text check and the reviewer's section list disagree, with the reason. The test expects the
 * check's current answer, so it fails (and this entry should go) if the check comes to agree.
 */
const KNOWN_DIFFERENCES: { document: string; removedFor: string; point: string; why: string }[] = [
  {
    document: 'hedensted-kvalitetsstandard-2017',
    removedFor: 'behandlingsplan',
    point: 'brugerinddragelse',
    why: 'Without section 7 the reviewer still counts section 5 ("I fællesskab udarbejdes en handleplan"); one phrase in one sentence is a mention to the check, not a description.',
  },
  ...['visitation', 'frit-valg', 'handleplaner', 'brugerinddragelse'].map((removedFor) => ({
    document: 'hedensted-kvalitetsstandard-2017',
    removedFor,
    point: 'behandlingsgaranti',
    why: 'These points\' sections include section 5, where the 14 days stand. Section 1, which the reviewer also lists, only says what is not covered by the guarantee ("ikke omfattet af behandlingsgarantien"): to the check that names the guarantee, it does not describe it.',
  })),
  {
    document: 'hedensted-kvalitetsstandard-2017',
    removedFor: 'sagsbehandling-og-klageadgang',
    point: 'visitation',
    why: 'Point 12 also cites section 6 (how a request is handled). Without section 6 ("Visitation") the reviewer still counts section 5 (the first talk with the visitator); the text check finds visitation by section 6\'s heading.',
  },
];

/**
 * Points recorded with sections (delvist) that the text check does not find in the full text, with the reason. The
 * test expects the check's current answer, so it fails (and this entry should go) if the check comes to find them.
 */
const NOT_FOUND_BY_TEXT_CHECK: { document: string; point: string; why: string }[] = [
  {
    document: 'hedensted-kvalitetsstandard-2017',
    point: 'organisering-og-tilbud',
    why: "Delvist: the offer types are named in passing in sections 1, 11 and 13, and no section is about the organisation, so no heading or section carries enough of the point's keywords for the text check.",
  },
];

const documents = new Map(data.documents.map((document) => [document.data.id, document]));

describe.each(KVALITETSSTANDARDER)('the real source text of %s', (id) => {
  const document = documents.get(id)!;
  const { data: doc } = document;
  const text = dataset.sourceTexts[doc.kildefil]!;
  const statuses = doc.krav!;

  it('the text check finds exactly the points the YAML records as beskrevet', () => {
    const result = check(text, doc.kildefil);
    // A point described in part (delvist) has its own section in the text: the text check finds it.
    const notFound = new Set(NOT_FOUND_BY_TEXT_CHECK.filter((entry) => entry.document === id).map((entry) => entry.point));
    const described = catalogue.punkter.filter((point) => hasSections(statuses[point.id]) && !notFound.has(point.id)).map((point) => point.id);
    expect(
      foundIds(result),
      `Tekstkontrollen (npx rusmiddelstandard check-text data/sources/${doc.kildefil}) og "krav" i dokumentet er uenige om, hvilke punkter kilden beskriver. Kontrollér de punkter, listerne er uenige om, mod kilden, og ret "status" og "afsnit" under "krav", hvis de er forkerte. Er dokumentet rigtigt, kan tekstkontrollen ikke læse kilden: skriv punktet i NOT_FOUND_BY_TEXT_CHECK i test/unit/text-check.test.ts med en begrundelse.`,
    ).toEqual(described);
  });

  const headingsPath = join(ROOT, 'data', 'sources', doc.kildefil.replace(/\.txt$/, '.headings.yaml'));
  if (!existsSync(headingsPath)) {
    it.skip(`section removal is skipped: ${headingsPath} does not exist yet`, () => {});
    return;
  }
  const sections = sectionRanges(text, headingsPath);
  const covered = catalogue.punkter.filter((point) => hasSections(statuses[point.id]));

  it.each(covered.map((point) => point.id))('without the sections covering %s, exactly the points they alone cover are missing', (pointId) => {
    const removed = new Set((statuses[pointId] as { afsnit: string[] }).afsnit);
    const expected = catalogue.punkter
      .filter((point) => {
        const status = statuses[point.id]!;
        return !hasSections(status) || status.afsnit.every((section) => removed.has(section));
      })
      .map((point) => point.id);
    for (const known of KNOWN_DIFFERENCES.filter((entry) => entry.document === id && entry.removedFor === pointId)) expected.push(known.point);
    for (const entry of NOT_FOUND_BY_TEXT_CHECK.filter((item) => item.document === id)) expected.push(entry.point);
    const result = check(withoutSections(text, sections, removed), doc.kildefil);
    expect(
      missingIds(result).sort(),
      `Uden de afsnit, "krav" angiver for punktet, skulle netop de punkter, kun de afsnit dækker, mangle. Kontrollér "afsnit" under "krav" for de punkter, listerne er uenige om, mod kilden. Er dokumentet rigtigt, skriv tilfældet i KNOWN_DIFFERENCES i test/unit/text-check.test.ts med en begrundelse.`,
    ).toEqual([...new Set(expected)].sort());
  });
});

/** A point recorded with the sections that describe it, in full (beskrevet) or in part (delvist). */
function hasSections<T extends { status: string }>(status: T | undefined): status is T & { afsnit: string[] } {
  return status?.status === 'beskrevet' || status?.status === 'delvist';
}

interface SectionRange {
  afsnit: string;
  start: number;
  end: number;
}

/**
 * Where each section of the source text starts and ends, from the headings file: a heading's text is found in the
 * source (in order, whitespace-tolerant) and its section runs to the next heading.
 */
function sectionRanges(text: string, headingsPath: string): SectionRange[] {
  const headings = (parse(readFileSync(headingsPath, 'utf8')) as { overskrifter: { tekst: string; afsnit: string }[] }).overskrifter;
  const starts: { afsnit: string; offset: number }[] = [];
  let from = 0;
  for (const heading of headings) {
    const pattern = new RegExp(
      heading.tekst
        .trim()
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
      'g',
    );
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    expect(match, `heading "${heading.tekst}" in ${headingsPath}`).not.toBeNull();
    starts.push({ afsnit: heading.afsnit, offset: match!.index });
    from = match!.index + match![0].length;
  }
  return starts.map((start, index) => ({ afsnit: start.afsnit, start: start.offset, end: starts[index + 1]?.offset ?? text.length }));
}

/** The text with the given sections blanked out; line breaks are kept, so line numbers stay the same. */
function withoutSections(text: string, sections: readonly SectionRange[], removed: ReadonlySet<string>): string {
  let result = '';
  let last = 0;
  for (const section of sections.filter((candidate) => removed.has(candidate.afsnit))) {
    result += text.slice(last, section.start) + text.slice(section.start, section.end).replace(/[^\n]/g, '');
    last = section.end;
  }
  return result + text.slice(last);
}
