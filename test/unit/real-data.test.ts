import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDataset, normalizeForExcerpt } from '../../src/check/index.ts';
import { forEachFact } from '../../src/check/walk.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { ROOT } from '../helpers/dataset.ts';
import { documentsInData } from '../helpers/documents-in-data.ts';

const dataset = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
const result = checkDataset({ ...dataset, wholeDataSet: true });
const catalogue = result.catalogues[0]!.data;

describe('the real data set', () => {
  it('has every document file in data/kommuner/ (the five sources at least), and no errors', () => {
    const files = documentsInData().map((d) => d.id);
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(result.documents.map((d) => d.data.id).sort()).toEqual(files);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(result.documents.map((d) => [d.data.id, d] as const))('every excerpt of %s occurs in its source', (_, document) => {
    const source = normalizeForExcerpt(dataset.sourceTexts[document.data.kildefil]!);
    let excerpts = 0;
    forEachFact(document.data, (fact) => {
      for (const excerpt of (fact.kilde as { uddrag?: string[] }).uddrag ?? []) {
        excerpts++;
        expect(source, excerpt).toContain(normalizeForExcerpt(excerpt));
      }
    });
    expect(excerpts).toBeGreaterThanOrEqual(5);
  });

  // The heading maps are the check's business (heading-not-in-source, section-without-heading, dangling-reference,
  // duplicate-id; see test/unit/check-glue.test.ts): here, that it found one for every document and reports nothing.
  it.each(result.documents.map((d) => [d.data.id, d] as const))('the check compared %s with its source through its heading map', (_, document) => {
    const map = result.headingMaps.get(document.data.id);
    expect(map, `${document.data.kildefil} har intet overskriftskort med dokument: ${document.data.id}`).toBeDefined();
    expect(map!.data.overskrifter.length).toBeGreaterThanOrEqual(document.data.afsnit.length);
  });
});

describe('deleting a mandatory point from the Skanderborg YAML', () => {
  const skanderborg = dataset.documents.find((file) => file.path.includes('skanderborg-kvalitetsstandard-2025-2026'))!;

  it.each(catalogue.punkter.map((point) => point.id))('without %s, the check names the point at the krav line', (pointId) => {
    const document = parseDocument(skanderborg.text);
    expect(document.deleteIn(['krav', pointId])).toBe(true);
    const text = document.toString({ lineWidth: 0 });
    const kravLine = text.split('\n').indexOf('krav:') + 1;
    const errors = checkDataset({ ...dataset, documents: [{ ...skanderborg, text }] }).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${skanderborg.path}:${kravLine}:1 mandatory-point-unaccounted`]);
    expect(errors[0]!.message).toContain(`"${pointId}"`);
  });
});
