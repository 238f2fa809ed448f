import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, formatStylish } from '../../src/check/index.ts';
import { checkGlossary, checkKommuneList } from '../../src/check/reference-lists.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { slugify } from '../../src/check/slug.ts';
import { ROOT } from '../helpers/dataset.ts';

const dataset = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
const result = checkDataset(dataset);

describe('data/landet/kommuner.yaml', () => {
  const list = result.kommuneList!;

  it('has 98 kommuner with unique Danmarks Statistik codes in 5 regions', () => {
    expect(list).toBeDefined();
    expect(list.kommuner).toHaveLength(98);
    expect(new Set(list.kommuner.map((k) => k.kode)).size).toBe(98);
    expect(new Set(list.kommuner.map((k) => slugify(k.navn))).size).toBe(98);
    expect(list.regioner.map((r) => r.navn).sort()).toEqual([
      'Region Hovedstaden',
      'Region Midtjylland',
      'Region Nordjylland',
      'Region Sjælland',
      'Region Syddanmark',
    ]);
    const perRegion = Object.fromEntries(list.regioner.map((r) => [r.navn, list.kommuner.filter((k) => k.region === r.kode).length]));
    // The sizes fixed by the 2007 reform: a kommune in the wrong region changes two of them.
    expect(perRegion).toEqual({ 'Region Hovedstaden': 29, 'Region Sjælland': 17, 'Region Syddanmark': 22, 'Region Midtjylland': 19, 'Region Nordjylland': 11 });
  });

  it('knows every kommune that has a document, by the same name', () => {
    const names = new Set(list.kommuner.map((k) => k.navn));
    for (const document of result.documents) expect(names, document.data.kommune).toContain(document.data.kommune);
    expect(list.kommuner.find((k) => k.navn === 'Skanderborg')?.kode).toBe('746');
  });

  it('reports a repeated code and an unknown region at their line and column', () => {
    const text = [
      'regioner:',
      "  - kode: '1082'",
      '    navn: Region Midtjylland',
      'kommuner:',
      "  - kode: '746'",
      '    navn: Skanderborg',
      "    region: '1082'",
      "  - kode: '746'",
      '    navn: Aarhus',
      "    region: '1099'",
    ].join('\n');
    const { diagnostics } = checkKommuneList({ path: 'kommuner.yaml', text });
    expect(formatStylish(diagnostics)).toContain('kommuner.yaml:8:11  error  duplicate-id');
    expect(formatStylish(diagnostics)).toContain('kommuner.yaml:10:13  error  dangling-reference');
  });
});

describe('data/ordliste.yaml', () => {
  it('explains the words citizens found unexplained', () => {
    const terms = result.glossary!.map((t) => t.term.toLowerCase());
    for (const word of [
      'visitation',
      'ambulant',
      'socialfaglig',
      'sundhedsfaglig',
      'genvurdering',
      'aktindsigt',
      'socialtilsynet',
      'tilbudsportalen',
      'halvvejshus',
      'brus',
      'move',
      'tulu',
      'substitution',
      'døgnbehandling',
      'behandlingsgaranti',
    ]) {
      expect(terms).toContain(word);
    }
  });

  it('refuses a word claimed by two terms', () => {
    const text = ['ord:', '  - id: a', '    term: visitation', '    forklaring: En.', '  - id: b', '    term: Visitation', '    forklaring: To.'].join('\n');
    expect(formatStylish(checkGlossary({ path: 'o.yaml', text }).diagnostics)).toContain('o.yaml:6:11  error  duplicate-id');
  });
});
