import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LegalProvisionSchema, OriginalSchema } from '../../schemas/index.ts';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/host/headers.ts';
import { toCsv } from '../../src/model/open-data/csv.ts';
import { byday, hours } from '../../src/model/open-data/hsds.ts';
import { uuidFor } from '../../src/model/open-data/uuid.ts';

describe("a document's original", () => {
  it('takes an http(s) address and the date it was fetched', () => {
    expect(OriginalSchema.safeParse({ url: 'https://www.eksempelby.dk/standard.pdf', hentet: '2025-03-01' }).success).toBe(true);
    expect(OriginalSchema.safeParse({ url: 'http://eksempelby.dk/a.pdf', hentet: '2025-03-01' }).success).toBe(true);
  });
  it.each(['javascript:alert(1)', 'ftp://eksempelby.dk/a.pdf', 'file:///etc/passwd', 'data:text/html,x', 'www.eksempelby.dk/a.pdf'])('refuses %s', (url) => {
    const result = OriginalSchema.safeParse({ url, hentet: '2025-03-01' });
    expect(result.success).toBe(false);
  });
  it('refuses a date that does not exist', () => {
    expect(OriginalSchema.safeParse({ url: 'https://eksempelby.dk/a.pdf', hentet: '2025-02-30' }).success).toBe(false);
  });
});

describe("a law provision's link", () => {
  const provision = { id: 'sel-101', lov: 'Serviceloven', lov_fuldt_navn: 'Lov om social service', paragraf: '§ 101', titel: 'T', resume: 'R' };
  it("is refused when it is Retsinformation's front page, with a message saying what to write", () => {
    for (const url of ['https://www.retsinformation.dk/', 'https://www.retsinformation.dk']) {
      const result = LegalProvisionSchema.safeParse({ ...provision, url });
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/ELI-adresse.*søgning/);
    }
  });
  it('is accepted as an ELI address or a search', () => {
    for (const url of ['https://www.retsinformation.dk/eli/lta/2023/1691', 'https://www.retsinformation.dk/documents?t=Lov%20om%20social%20service']) {
      expect(LegalProvisionSchema.safeParse({ ...provision, url }).success, url).toBe(true);
    }
  });
});

describe('CSV for Danish spreadsheets', () => {
  it('starts with a BOM, separates with semicolons, ends lines with CRLF and quotes what needs it', () => {
    const csv = toCsv({
      headers: ['Sted', 'Telefon'],
      rows: [
        ['Rusmiddelcenter; Syd', '8794 7580\n2332 6669'],
        ['Ærø "Huset"', ''],
      ],
    });
    expect(csv.startsWith('\uFEFFSted;Telefon\r\n')).toBe(true);
    expect(csv).toContain('"Rusmiddelcenter; Syd";"8794 7580\n2332 6669"\r\n');
    expect(parse(csv, { bom: true, delimiter: ';' })).toEqual([
      ['Sted', 'Telefon'],
      ['Rusmiddelcenter; Syd', '8794 7580\n2332 6669'],
      ['Ærø "Huset"', ''],
    ]);
  });
});

describe('HSDS helpers', () => {
  it('derives the same version-5 UUID from the same name, and different ones from different names', () => {
    expect(uuidFor('kommune:skanderborg')).toBe(uuidFor('kommune:skanderborg'));
    expect(uuidFor('kommune:skanderborg')).not.toBe(uuidFor('kommune:viborg'));
    expect(uuidFor('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('reads days and hours only when they are unambiguous', () => {
    expect(byday('Torsdag')).toBe('TH');
    expect(byday('Mandag til torsdag')).toBe('MO,TU,WE,TH');
    expect(byday('Mandag og torsdag')).toBeUndefined();
    expect(byday('hverdage')).toBeUndefined();
    expect(hours('8.15-15.30')).toEqual({ opens_at: '08:15', closes_at: '15:30' });
    expect(hours('kl. 8.00 - 14.00')).toEqual({ opens_at: '08:00', closes_at: '14:00' });
    expect(hours('kl.10.00 – 10.30 og 15.00 - 16.00')).toBeUndefined();
  });
});

describe('_headers', () => {
  it('round-trips through the file format and applies rules by path', () => {
    const rules = [
      { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as [string, string][] },
      { path: '/soeg/', headers: [['X-Test', 'ja']] as [string, string][] },
    ];
    const parsed = parseHeadersFile(`# kommentar\n${formatHeadersFile(rules)}`);
    expect(parsed).toEqual(rules);
    expect(headersFor(parsed, '/soeg/')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['X-Test', 'ja'],
    ]);
    expect(headersFor(parsed, '/om/')).toEqual([['X-Content-Type-Options', 'nosniff']]);
    expect(() => parseHeadersFile('  X-Uden-Sti: 1')).toThrow(/hører ikke til en sti/);
  });
});
