import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { generateCorpus } from '../../tools/corpus/generate.ts';
import { writeCorpus } from '../../tools/corpus/write.ts';
import { ROOT } from '../helpers/dataset.ts';

const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-corpus-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  const directory = join(workspace, 'korpus');
  writeCorpus(directory, { kommuner: 3 }, ROOT);
  const result = checkDataset({ ...loadDatasetFromDisk(directory, ROOT), today: '2025-06-01' });

  it('of 3 kommuner passes the real check with no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.documents).toHaveLength(9);
  });

  it('has findings the site must show: points not described, overdue or undated documents', () => {
    const rules = new Set(result.diagnostics.map((d) => d.ruleId));
    expect(rules).toContain('mandatory-point-not-described');
    expect([...rules].some((rule) => rule === 'revision-overdue' || rule === 'document-undated')).toBe(true);
  });

  it('marks every document as synthetic', () => {
    for (const { data } of result.documents) {
      expect(data.kommune).toMatch(/^Syntetisk \d+$/);
      expect(data.titel).toContain('(syntetisk)');
      expect(data.kildebemaerkning).toMatch(/^Syntetiske testdata/);
    }
  });

  it('is deterministic, and a kommune does not change when more are generated', () => {
    const three = generateCorpus({ kommuner: 3 });
    expect(generateCorpus({ kommuner: 3 })).toEqual(three);
    const five = generateCorpus({ kommuner: 5 });
    const first = (files: typeof three) => files.filter((file) => file.path.includes('syntetisk-01'));
    expect(first(five)).toEqual(first(three));
    expect(generateCorpus({ kommuner: 3, seed: 7 })).not.toEqual(three);
  });

  it("with --dokumenter 10 (the benchmark's 10× run) gives 10 distinct, error-free documents per kommune, the first three as before", () => {
    const tenfold = join(workspace, 'korpus-10x');
    writeCorpus(tenfold, { kommuner: 2, dokumenter: 10 }, ROOT);
    const checked = checkDataset({ ...loadDatasetFromDisk(tenfold, ROOT), today: '2025-06-01' });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.documents).toHaveLength(20);
    expect(new Set(checked.documents.map((d) => d.data.id)).size).toBe(20);
    const usual = generateCorpus({ kommuner: 2 }).filter((file) => file.path.startsWith('kommuner/'));
    const more = generateCorpus({ kommuner: 2, dokumenter: 10 });
    for (const file of usual) expect(more.find((other) => other.path === file.path)?.text).toBe(file.text);
    expect(() => generateCorpus({ kommuner: 2, dokumenter: 2 })).toThrow(/dokumenter pr. kommune/);
  });

  it('does not overwrite a directory it did not write', () => {
    const other = join(workspace, 'andet');
    mkdirSync(other);
    writeFileSync(join(other, 'vigtigt.txt'), 'behold mig');
    expect(() => writeCorpus(other, { kommuner: 1 }, ROOT)).toThrow(/ikke et syntetisk korpus/);
  });
});
