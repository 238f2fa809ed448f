import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SourceHeadingsSchema } from '../../schemas/index.ts';
import { checkDataset, normalizeForExcerpt } from '../../src/check/index.ts';
import { forEachFact } from '../../src/check/walk.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { ROOT } from '../helpers/dataset.ts';
import { documentsInData } from '../helpers/documents-in-data.ts';

const dataset = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
const result = checkDataset(dataset);
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

  it.each(result.documents.map((d) => [d.data.id, d] as const))('every heading of the source of %s maps to a section in its YAML', (_, document) => {
    const headingsFile = join(ROOT, 'data', 'sources', document.data.kildefil.replace(/\.txt$/, '.headings.yaml'));
    expect(existsSync(headingsFile), `${headingsFile} mangler (kildens overskriftskort)`).toBe(true);
    const headings = SourceHeadingsSchema.parse(parse(readFileSync(headingsFile, 'utf8')));
    expect(headings.dokument).toBe(document.data.id);
    const source = normalizeForExcerpt(dataset.sourceTexts[document.data.kildefil]!);
    const sectionIds = new Set(document.data.afsnit.map((section) => section.id));
    expect(headings.overskrifter.length).toBeGreaterThanOrEqual(document.data.afsnit.length);
    for (const heading of headings.overskrifter) {
      expect(source, heading.tekst).toContain(normalizeForExcerpt(heading.tekst));
      expect(sectionIds.has(heading.afsnit), `overskriften »${heading.tekst}« peger på afsnit ${heading.afsnit}, som ikke findes i dokumentets YAML`).toBe(true);
    }
    for (const section of document.data.afsnit) {
      expect(headings.overskrifter.some((heading) => heading.afsnit === section.id), `afsnit ${section.id} har ingen overskrift i ${headingsFile}`).toBe(true);
    }
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
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      `${skanderborg.path}:${kravLine}:1 mandatory-point-unaccounted`,
    ]);
    expect(errors[0]!.message).toContain(`"${pointId}"`);
  });
});
