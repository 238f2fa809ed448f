import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles, TextFile } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The fixtures' own date, so revision findings do not change with the calendar. */
export const FIXTURE_TODAY = '2025-06-01';

const realData = loadDatasetFromDisk(join(ROOT, 'data'), ROOT);
/** The fixture source's heading map: which part of eksempelby-kilde.txt each fixture section must reproduce. */
const FIXTURE_HEADINGS: TextFile = {
  path: join('test', 'fixtures', 'eksempelby-kilde.headings.yaml'),
  text: readFileSync(join(FIXTURES, 'eksempelby-kilde.headings.yaml'), 'utf8'),
};

/** The real catalogues, provisions and sources, plus the fixture source text, around the given documents. */
export function fixtureDataset(documents: TextFile[]): DatasetFiles {
  return {
    ...realData,
    documents,
    sourceTexts: { ...realData.sourceTexts, 'eksempelby-kilde.txt': readFileSync(join(FIXTURES, 'eksempelby-kilde.txt'), 'utf8') },
    headingMaps: [...(realData.headingMaps ?? []), FIXTURE_HEADINGS],
    today: FIXTURE_TODAY,
  };
}

export function readFixture(scenario: string): TextFile {
  const path = join('test', 'fixtures', scenario, 'document.yaml');
  return { path, text: readFileSync(join(ROOT, path), 'utf8') };
}
