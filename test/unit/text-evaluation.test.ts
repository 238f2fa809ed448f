import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { figures, ratio } from '../../src/check/text/evaluation.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLIND_2_SPLIT, BLIND_SPLIT, evaluateCorpus, loadCorpus, UNSEEN_SPLITS } from '../../src/cli/eval-text.ts';
import { learnVocabulary, OUTPUT, serialise, TRAINING_SPLITS } from '../../tools/learn-vocabulary.ts';
import { ROOT } from '../helpers/dataset.ts';

/**
 * The floor of the text check on the evaluation corpus (test/fixtures/udkast/, `npm run eval:tekst` prints the
 * figures): of the points the readers' keys call described, the check finds at least 90 %; at least 90 % of its
 * "mangler" reports are right; and it never counts a placeholder as a description.
 */
const corpus = loadCorpus(ROOT);
const cases = evaluateCorpus(ROOT);
// blind/ was written by a helper who never saw the check; it has since been studied (development material), so it is
// measured on its own and held to the floor, but it is no longer evidence about drafts the project has not seen.
const blindCorpus = loadCorpus(ROOT, [BLIND_SPLIT]);
const blindCases = evaluateCorpus(ROOT, [BLIND_SPLIT]);
const drafts = cases.filter((c) => c.split !== 'kilder');
// blind-2/ was written blind by another helper, measured blind once (74.0 % found), then studied: development material.
const blind2Corpus = loadCorpus(ROOT, [BLIND_2_SPLIT]);
const blind2Cases = evaluateCorpus(ROOT, [BLIND_2_SPLIT]);

describe('the evaluation corpus', () => {
  it('has at least 30 drafts in at least 8 styles, with a held-out part, and keys whose lines exist', () => {
    const written = corpus.filter((draft) => draft.split !== 'kilder');
    expect(written.length).toBeGreaterThanOrEqual(30);
    expect(new Set(written.map((draft) => draft.style)).size).toBeGreaterThanOrEqual(8);
    expect(written.filter((draft) => draft.split === 'holdout').length).toBeGreaterThanOrEqual(8);
    expect(written.filter((draft) => draft.split === 'holdout-2').length).toBeGreaterThanOrEqual(10);
    expect(corpus.filter((draft) => draft.split === 'kilder')).toHaveLength(5);
    expect(blindCorpus.length).toBeGreaterThanOrEqual(16);
    expect(blind2Corpus.length).toBeGreaterThanOrEqual(23);
    for (const draft of [...written, ...blindCorpus, ...blind2Corpus]) {
      const lineCount = draft.text.split('\n').length;
      for (const [point, entry] of Object.entries(draft.key.punkter ?? {})) {
        for (const line of entry.linjer ?? []) expect(line, `${draft.name} ${point}`).toBeLessThanOrEqual(lineCount);
        if (entry.udfald !== 'mangler') expect(entry.linjer?.length, `${draft.name} ${point} has lines`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the text check on the corpus', () => {
  it('finds at least 90 % of the described points, is right in at least 90 % of its "mangler" reports, and counts no placeholder as described', () => {
    const f = figures(drafts);
    expect(ratio(f.describedFound, f.describedTotal)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(f.missingCorrect, f.missingReported)).toBeGreaterThanOrEqual(0.9);
    expect(f.placeholdersAsDescribed).toBe(0);
  });

  it('on the held-out drafts (holdout and holdout-2 together): no placeholder as described, "mangler" right in 90 %, and at least 90 % of described points found', () => {
    const f = figures(drafts.filter((c) => c.split === 'holdout' || c.split === 'holdout-2'));
    expect(f.placeholdersAsDescribed).toBe(0);
    expect(ratio(f.missingCorrect, f.missingReported)).toBeGreaterThanOrEqual(0.9);
    // 92.5 % (111/120) since the recognition was generalised on blind/ (was 88.3 %); the floor holds what is true, so a
    // change that loses ground fails (README).
    expect(ratio(f.describedFound, f.describedTotal)).toBeGreaterThanOrEqual(0.9);
  });

  it('on holdout-2 alone (letters, Q&A, FAQ, e-mail, informal notes): at least 85 % found, "mangler" right in 90 %', () => {
    const f = figures(drafts.filter((c) => c.split === 'holdout-2'));
    expect(f.placeholdersAsDescribed).toBe(0);
    expect(ratio(f.missingCorrect, f.missingReported)).toBeGreaterThanOrEqual(0.9);
    // 87.9 % (58/66).
    expect(ratio(f.describedFound, f.describedTotal)).toBeGreaterThanOrEqual(0.85);
  });

  it('on blind/ (16 drafts in 16 styles by a writer who never saw the check): at least 90 % found, "mangler" right in 90 %, no placeholder as described', () => {
    const f = figures(blindCases);
    expect(f.placeholdersAsDescribed).toBe(0);
    expect(ratio(f.describedFound, f.describedTotal)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(f.missingCorrect, f.missingReported)).toBeGreaterThanOrEqual(0.9);
  });

  it('on blind-2/ (23 drafts by a second blind writer, since studied): no placeholder as described, at least 87 % found, "mangler" right in 80 %', () => {
    const f = figures(blind2Cases);
    // The hard rule holds here too; recall and "mangler" are below the floor of 90 % and are held
    // where they stand (87.0 %, 154/177, and 82.3 %, 149/181; README), so a change that loses ground fails.
    expect(f.placeholdersAsDescribed).toBe(0);
    expect(ratio(f.describedFound, f.describedTotal)).toBeGreaterThanOrEqual(0.87);
    expect(ratio(f.missingCorrect, f.missingReported)).toBeGreaterThanOrEqual(0.8);
  });

  it('agrees with the reviewers on the three kvalitetsstandarder among the sources', () => {
    const f = figures(cases.filter((c) => c.split === 'kilder'));
    expect(f.describedFound).toBe(f.describedTotal);
    expect(f.agree).toBe(f.cases);
  });
});

describe('the learnt vocabulary', () => {
  it('is current: regenerating it from the keys (npm run laer:tekst) gives the committed file', () => {
    expect(readFileSync(join(ROOT, OUTPUT), 'utf8')).toBe(serialise(learnVocabulary(ROOT)));
  });

  it("never shows an unseen part's disagreements: eval:tekst --detaljer=<unseen> refuses in Danish with exit 2", () => {
    for (const unseen of UNSEEN_SPLITS) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'eval-text.ts'), `--detaljer=${unseen}`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`${unseen}/ er ukendt materiale`);
    }
  });

  it('is learnt from development material only, never from the unseen blind-3/ and blind-4/', () => {
    for (const unseen of UNSEEN_SPLITS) expect(TRAINING_SPLITS).not.toContain(unseen);
    expect(TRAINING_SPLITS).toContain(BLIND_2_SPLIT);
  });
});
