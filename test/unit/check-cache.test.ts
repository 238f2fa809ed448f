import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetFiles } from '../../src/check/dataset.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { checkKey, readCachedCheck, writeCachedCheck } from '../../src/integrations/check-cache.ts';

const cache = mkdtempSync(join(tmpdir(), 'check-cache-'));
process.env.RUSMIDDEL_CACHE_DIR = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const files = loadDatasetFromDisk();
const edited = (change: (files: DatasetFiles) => DatasetFiles) => checkKey(change(structuredClone(files)));

describe('the build reuses a check only for exactly the same inputs', () => {
  it('gives the same key for the same data and a new key when any input changes', () => {
    const key = checkKey(files);
    expect(key, 'nøglen skal findes for de rigtige data').toBeTruthy();
    expect(checkKey(structuredClone(files)), 'samme data giver samme nøgle').toBe(key);
    const changedDocument = edited((f) => ({ ...f, documents: f.documents.map((d, i) => (i === 0 ? { ...d, text: `${d.text}# ny kommentar\n` } : d)) }));
    expect(changedDocument, 'én ændret linje i ét dokument giver en ny nøgle').not.toBe(key);
    expect(
      edited((f) => ({ ...f, today: '2099-01-01' })),
      'en anden dato giver en ny nøgle',
    ).not.toBe(key);
    const [name] = Object.keys(files.sourceTexts);
    expect(
      edited((f) => ({ ...f, sourceTexts: { ...f.sourceTexts, [name!]: `${f.sourceTexts[name!]} x` } })),
      'en ændret kildetekst giver en ny nøgle',
    ).not.toBe(key);
    expect(
      edited((f) => ({
        ...f,
        unreadable: [{ file: 'x.yaml', line: 1, column: 1, severity: 'error', ruleId: 'unreadable-file', message: 'm', docsUrl: '/regler/#unreadable-file' }],
      })),
      'en ulæselig fil giver en ny nøgle',
    ).not.toBe(key);
  });

  it('hands back the same data and findings it stored, and nothing for a key it never saw', () => {
    const findings = [{ file: 'data/x.yaml', line: 3, column: 1, severity: 'warning', ruleId: 'revision-overdue', message: 'Standarden er forældet.' }];
    const file = writeCachedCheck('testnoegle', '{"result":{"documents":[]},"today":"2025-06-01"}', findings as never);
    expect(file, 'posten skal kunne skrives').toBeTruthy();
    const hit = readCachedCheck('testnoegle');
    expect(hit?.diagnostics).toEqual(findings);
    expect(JSON.parse(readFileSync(hit!.dataFile, 'utf8'))).toEqual({ result: { documents: [] }, today: '2025-06-01' });
    expect(readCachedCheck('ukendt-noegle'), 'en ukendt nøgle er ingen post').toBeUndefined();
  });

  it('checks every time when RUSMIDDEL_CHECK_CACHE=off', () => {
    process.env.RUSMIDDEL_CHECK_CACHE = 'off';
    try {
      expect(checkKey(files)).toBeUndefined();
    } finally {
      delete process.env.RUSMIDDEL_CHECK_CACHE;
    }
  });
});
