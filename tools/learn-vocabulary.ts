import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tokenize } from '../src/check/text/keyword-index.ts';
import { LEARNT_STOPWORDS, stemsOf, type LearntVocabulary } from '../src/check/text/learnt-vocabulary.ts';
import { BLIND_2_SPLIT, BLIND_SPLIT, loadCorpus } from '../src/cli/eval-text.ts';

/**
 * npm run laer:tekst: derives the learnt vocabulary (data/requirements/bek-1691-2023.laerte-ord.json) from the
 * development drafts' keys (udvikling, holdout, holdout-2, blind, blind-2; never blind-3, which stays unseen) and the
 * law's ordlyd/forklaring. For every described point in every draft, the key's evidence lines are one "document" of
 * that point. A stem belongs to a point when at least MIN_DRAFTS of its documents use it and its documents use it at
 * least 2^MIN_WEIGHT times as often as the other points' documents (smoothed); the weight is that log2 ratio, capped.
 * Deterministic: the same keys give the same file (a test checks that the committed file is current).
 */
export const TRAINING_SPLITS = ['udvikling', 'holdout', 'holdout-2', BLIND_SPLIT, BLIND_2_SPLIT] as const;
export const OUTPUT = 'data/requirements/bek-1691-2023.laerte-ord.json';
const MIN_DRAFTS = 3;
const MIN_WEIGHT = 1.5;
const MAX_WEIGHT = 4;
const MAX_STEMS = 80;

export function learnVocabulary(root = process.cwd()): LearntVocabulary {
  const catalogue = parse(readFileSync(join(root, 'data/requirements/bek-1691-2023.yaml'), 'utf8')) as {
    punkter: { id: string; ordlyd: string; forklaring: string }[];
  };
  const documents: { point: string; text: string }[] = catalogue.punkter.map((point) => ({ point: point.id, text: `${point.ordlyd}\n${point.forklaring}` }));
  for (const draft of loadCorpus(root, TRAINING_SPLITS)) {
    const lines = draft.text.split('\n');
    for (const [point, entry] of Object.entries(draft.key.punkter ?? {})) {
      if (entry.udfald !== 'beskrevet' || entry.pladsholder) continue;
      documents.push({ point, text: (entry.linjer ?? []).map((line) => lines[line - 1] ?? '').join('\n') });
    }
  }
  // Pass 1: every whole-word stem, so compounds can be split into known parts in pass 2.
  const lexicon = new Set<string>();
  for (const document of documents) for (const token of tokenize(document.text.toLowerCase())) if (token.word.length >= 4) lexicon.add(token.stem);
  const known = (stem: string) => lexicon.has(stem);
  const perPoint = new Map<string, { documents: number; stems: Map<string, number> }>();
  const overall = new Map<string, number>();
  for (const document of documents) {
    const stems = new Set(tokenize(document.text.toLowerCase()).flatMap((token) => stemsOf(token, known)));
    const entry = perPoint.get(document.point) ?? { documents: 0, stems: new Map<string, number>() };
    entry.documents++;
    for (const stem of stems) {
      if (LEARNT_STOPWORDS.has(stem)) continue;
      entry.stems.set(stem, (entry.stems.get(stem) ?? 0) + 1);
      overall.set(stem, (overall.get(stem) ?? 0) + 1);
    }
    perPoint.set(document.point, entry);
  }
  const total = documents.length;
  const punkter: Record<string, Record<string, number>> = {};
  for (const point of catalogue.punkter.map((p) => p.id)) {
    const entry = perPoint.get(point)!;
    const weighted: [string, number][] = [];
    for (const [stem, count] of entry.stems) {
      if (count < MIN_DRAFTS) continue;
      const inPoint = (count + 0.5) / (entry.documents + 1);
      const elsewhere = (overall.get(stem)! - count + 0.5) / (total - entry.documents + 1);
      const weight = Math.min(MAX_WEIGHT, Math.log2(inPoint / elsewhere));
      if (weight >= MIN_WEIGHT) weighted.push([stem, Math.round(weight * 100) / 100]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    punkter[point] = Object.fromEntries(weighted.slice(0, MAX_STEMS).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  }
  return {
    kilde: `Genereret af tools/learn-vocabulary.ts (npm run laer:tekst) ud fra nøglernes linjer i ${TRAINING_SPLITS.join(', ')} og lovens ordlyd/forklaring; ret ikke i hånden.`,
    punkter,
  };
}

export const serialise = (vocabulary: LearntVocabulary) => `${JSON.stringify(vocabulary, null, 1)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(process.cwd(), OUTPUT), serialise(learnVocabulary()));
  console.log(`Skrev ${OUTPUT}`);
}
