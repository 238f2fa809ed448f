import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { da } from '../../src/i18n/da.ts';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';
import { htmlText } from '../helpers/html-text.ts';
import { publishedSchema, schemaErrors } from '../helpers/json-schema.ts';

requireBuiltSite();

const read = (path: string): string => readFileSync(join(DIST, path), 'utf8');
const readPage = (urlPath: string): string => read(join(urlPath, 'index.html'));
const json = (path: string): unknown => JSON.parse(read(path));

/** The document pages that were built: /kommuner/<kommune>/<dokument>/. */
const documentPages = readdirSync(join(DIST, 'kommuner')).flatMap((kommune) =>
  readdirSync(join(DIST, 'kommuner', kommune), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/kommuner/${kommune}/${entry.name}/`),
);
const topicSlugs = readdirSync(join(DIST, 'emner'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A CSV download as a Danish spreadsheet reads it: BOM, semicolons, CRLF, quoted fields with line breaks. */
function readCsv(path: string): { raw: Buffer; records: string[][] } {
  const raw = readFileSync(join(DIST, path));
  return { raw, records: parse(raw, { bom: true, delimiter: ';', relax_column_count: false }) as string[][] };
}

/** The body rows of the first table on a page, each as its cells' text. */
function tableRows(html: string, tableClass: string): string[][] {
  const table = new RegExp(`<table[^>]*class="[^"]*\\b${tableClass}\\b[^"]*"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody[\s\S]*?<\/tbody>/.exec(table)?.[0] ?? '';
  return [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map(([row]) => [...row.matchAll(/<t[hd][\s>][\s\S]*?<\/t[hd]>/g)].map(([cell]) => htmlText(cell).trim()));
}

/**
 * The "kilde" link after each value of a comparison cell: a way to the section that states the value, not part of
 * the value, so the CSV leaves it out (its "Side" column leads to the document). Only a link whose whole text is the
 * marker counts: a cell whose value itself were a source link keeps its text and must still match the CSV.
 */
const SOURCE_MARKER = new RegExp(`\\s*<a class="cell-source" href="[^"]*">${da.compare.sourceMarker}</a>`, 'g');

/**
 * The values of each body row's cells on a comparison page, as a person reads them: a cell's text before its list (a
 * "not described" or "not a quality standard" line) and then each list item, one per line, without the source markers.
 * The CSV writes the same values one per line (src/model/open-data/tables.ts, stated under "CSV" on /data/).
 */
function comparisonRows(html: string): { markers: number; rows: string[][][] } {
  const table = /<table[^>]*class="[^"]*\bcomparison\b[^"]*"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const body = /<tbody[\s\S]*?<\/tbody>/.exec(table)?.[0] ?? '';
  const markers = (body.match(SOURCE_MARKER) ?? []).length;
  const rows = [...body.replace(SOURCE_MARKER, '').matchAll(/<tr[\s\S]*?<\/tr>/g)].map(([row]) =>
    [...row.matchAll(/<t[hd][\s>][\s\S]*?<\/t[hd]>/g)].map(([cell]) => {
      const [lead, list = ''] = cell.split(/<ul[\s>]/, 2);
      const items = [...list.matchAll(/<li[\s>][\s\S]*?<\/li>/g)].map(([item]) => htmlText(item).trim());
      const leadText = htmlText(lead!).trim();
      return leadText ? [leadText, ...items] : items;
    }),
  );
  return { markers, rows };
}

describe('whole data set download', () => {
  it('is valid against the published datasaet.schema.json and holds every document page', () => {
    const data = json('data/rusmiddelstandarder.json') as {
      dokumenter: { id: string }[];
      kravkataloger: unknown[];
      bestemmelser: unknown[];
      om: { vilkaar: string };
    };
    const validate = publishedSchema('datasaet.schema.json');
    expect(validate(data), schemaErrors(validate)).toBe(true);
    expect(data.dokumenter.map((document) => document.id).sort()).toEqual(documentPages.map((page) => page.split('/')[3]).sort());
    expect(data.kravkataloger.length).toBe(readdirSync(join(DIST, 'data', 'krav')).length);
    expect(data.bestemmelser.length).toBe(readdirSync(join(DIST, 'love'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length);
    expect(data.om.vilkaar).toMatch(/Navngivelse 4\.0/);
  });
});

describe('one JSON per document', () => {
  const validate = publishedSchema('dokument.schema.json');
  it('there is one per document page, and none extra', () => {
    expect(documentPages.length).toBeGreaterThan(0);
    expect(readdirSync(join(DIST, 'data', 'dokumenter')).sort()).toEqual(documentPages.map((page) => `${page.split('/')[3]}.json`).sort());
  });
  it.each(documentPages)("%s links to its JSON, which is valid against dokument.schema.json and has the page's sections", (page) => {
    const id = page.split('/')[3]!;
    const html = readPage(page);
    expect(html).toContain(`href="/data/dokumenter/${id}.json"`);
    const document = json(`data/dokumenter/${id}.json`) as { id: string; afsnit: unknown[] };
    expect(validate(document), schemaErrors(validate)).toBe(true);
    expect(document.id).toBe(id);
    expect(document.afsnit.length).toBe((html.match(/<section class="section-text"/g) ?? []).length);
  });
});

describe('one CSV per comparison topic', () => {
  it('there is one per topic page, and none extra', () => {
    expect(readdirSync(join(DIST, 'data', 'emner')).sort()).toEqual(topicSlugs.map((slug) => `${slug}.csv`).sort());
  });
  it.each(topicSlugs)('/data/emner/%s.csv has the rows, columns and values of its table, and the page links to it', (slug) => {
    const html = readPage(`/emner/${slug}/`);
    expect(html).toContain(`href="/data/emner/${slug}.csv"`);
    const { raw, records } = readCsv(`data/emner/${slug}.csv`);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8')).toMatch(/^\uFEFF[^\n]*;[^\n]*\r\n/);
    // Outside quoted fields every line break is CRLF: Excel starts a new row at any unquoted line break.
    expect(raw.toString('utf8').replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[^\r]\n|\r[^\n]/);
    const [header, ...rows] = records;
    const { markers, rows: pageRows } = comparisonRows(html);
    // Every topic page shows values with their source links; without any, this would compare nothing but "not described".
    expect(markers).toBeGreaterThan(0);
    expect(rows.length).toBe(pageRows.length);
    const headerCells = [...(/<thead[\s\S]*?<\/thead>/.exec(html)?.[0] ?? '').matchAll(/<th[\s\S]*?<\/th>/g)].map(([cell]) => htmlText(cell).trim());
    // The page's first column ("Dokument") is five columns in the CSV: kommune, title, kind, period, page.
    expect(header!.slice(5)).toEqual(headerCells.slice(1));
    rows.forEach((row, index) => {
      const pageRow = pageRows[index]!;
      expect(pageRow[0]!.join(' ')).toContain(row[0]);
      expect(pageRow.length, row[0]).toBe(row.length - 4);
      expect(row[4]).toMatch(/^\/kommuner\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(html).toContain(`href="${row[4]}"`);
      // Each cell holds the same values as the page's cell, in the same order, one per line in the CSV. The "kilde"
      // links are not values; glossary, phone and e-mail links read as their text, as on screen.
      row.slice(5).forEach((cell, column) =>
        expect(
          cell.split('\n').map((line) => htmlText(line).trim()),
          `${row[0]}, ${header![column + 5]}`,
        ).toEqual(pageRow[column + 1]),
      );
    });
  });
});

describe('compliance matrix CSV', () => {
  it('has one row per point and document of /krav/, with the same statuses, and /krav/ links to it', () => {
    const html = readPage('/krav/');
    const catalogues = readdirSync(join(DIST, 'data', 'krav'));
    expect(catalogues.length).toBeGreaterThan(0);
    for (const file of catalogues) {
      expect(html).toContain(`href="/data/krav/${file}"`);
      const [header, ...rows] = readCsv(`data/krav/${file}`).records;
      const matrix = tableRows(html, 'matrix');
      const cells = matrix.flatMap((row) => row.slice(1));
      expect(rows.length).toBe(cells.length);
      const status = header!.indexOf('Status');
      const sections = header!.indexOf('Afsnit');
      // Same order as the page: points down, documents across. Each page cell starts with the CSV's status.
      rows.forEach((row, index) => {
        const cell = cells[index]!.replace(/^[✓◐✗]\s*/, '');
        expect(cell.startsWith(row[status]!.replace(/:.*$/, '')), `${row[1]}, ${row[3]}: "${cells[index]}" / "${row[status]}"`).toBe(true);
        // A described or partly described point names the sections that describe it.
        if (/^(Beskrevet|Delvist beskrevet)$/.test(row[status]!)) expect(row[sections]).not.toBe('');
      });
      expect(new Set(rows.map((row) => row[status])).size).toBeGreaterThan(2);
    }
  });
});

describe('downloads page and reuse terms', () => {
  it('/data/ links every download and states the reuse terms, as /om/ does', () => {
    const html = readPage('/data/');
    for (const page of documentPages) expect(html).toContain(`/data/dokumenter/${page.split('/')[3]}.json`);
    for (const slug of topicSlugs) expect(html).toContain(`/data/emner/${slug}.csv`);
    for (const path of ['/data/rusmiddelstandarder.json', '/data/hsds/organizations.json', '/data/hsds/services.json', '/data/hsds/'])
      expect(html).toContain(`href="${path}"`);
    for (const text of [htmlText(html), htmlText(readPage('/om/'))]) {
      expect(text).toContain('Vilkår for genbrug');
      expect(text).toContain('Creative Commons Navngivelse 4.0');
    }
    expect(readPage('/om/')).toContain('href="/data/"');
  });
});

describe('links to the originals', () => {
  it.each(documentPages)("%s links to its original, or says it is the kommune's PDF as received", (page) => {
    const id = page.split('/')[3]!;
    const { original } = json(`data/dokumenter/${id}.json`) as { original?: { url: string; hentet: string } };
    const text = htmlText(readPage(page));
    if (original) expect(readPage(page)).toContain(`href="${original.url}"`);
    else expect(text).toContain('Originalen er kommunens PDF, som den blev modtaget');
  });

  it("no law page links to Retsinformation's front page; each links to an ELI address or a search for the law's name", () => {
    const laws = readdirSync(join(DIST, 'love'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(laws.length).toBeGreaterThan(0);
    for (const law of [...laws.map((name) => `/love/${name}/`), '/krav/']) {
      const links = [...readPage(law).matchAll(/href="(https:\/\/www\.retsinformation\.dk[^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
      expect(links.length, law).toBeGreaterThan(0);
      for (const link of links) expect(link, law).toMatch(/^https:\/\/www\.retsinformation\.dk\/(eli\/lta\/\d{4}\/\d+|documents\?t=[^&]+)$/);
    }
  });
});
