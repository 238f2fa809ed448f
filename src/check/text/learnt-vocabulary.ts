import { tokenize, type Token } from './keyword-index.ts';

/**
 * The learnt vocabulary (data/requirements/bek-1691-2023.laerte-ord.json, written by tools/learn-vocabulary.ts from
 * the evaluation keys' evidence lines and the law's ordlyd/forklaring): per point, the word stems that the lines
 * describing it use much more than the lines describing the other points, with a weight (log2 of how many times more).
 * The keyword file says what a point is called; the learnt vocabulary says what a description of it talks about
 * ("18 år", "bopæl", "voksne" for målgruppe), so it finds a sentence about a point whose name it never uses.
 */
export interface LearntVocabulary {
  /** How the file was made (for the reader; the check does not read it). */
  kilde: string;
  /** Per point id: stem → weight. */
  punkter: Record<string, Record<string, number>>;
}

/** Compound parts are at least this long ("behandlings|plan" is split, "ud|tal" is not). */
export const MIN_PART = 4;

/** Function words and words every description uses; they carry no point. Shared by the learner and the scorer. */
export const LEARNT_STOPWORDS = new Set(
  (
    'af alle alt at bliver blive de dem den denne der det dette du dig din dine disse efter eller en er et for fra ' +
    'har have hos hvad hvem hvis hvor hvordan i ikke ind jeg kan man med meget men mere mig min må nej ja når og om op ' +
    'os over på sig sin sine skal som så til ud under ved vi vil vores være været også før end mod uden kun hun han ' +
    'jer jeres de deres dem sammen får få fik kommune kommunen kommunens borger borgeren borgere borgerne borgerens ' +
    'behandling behandlingen center centret centeret rusmiddelcenter rusmiddelcentret ' +
    // Words that only join a sentence: learnt from the keys they would be evidence of nothing ("derefter", "hvilken").
    'derefter hvilken hvilke hvilket dit dine hen nogen noget nogle selv hele andre anden andet både mens fordi da ' +
    'inde ind her der dér nu så sådan dog'
  ).split(' '),
);

/**
 * The stems a token stands for: its own stem and, for a compound none of whose whole stem is known, the known stems
 * of its parts ("dagbehandlingstilbud" → "dagbehandling", "tilbud"). `known` is the vocabulary the parts are looked up
 * in. Each word is split once (cached by the caller), so this stays linear.
 */
export function stemsOf(token: Token, known: (stem: string) => boolean): string[] {
  if (LEARNT_STOPWORDS.has(token.word) || (token.word.length < 3 && !/\d/.test(token.word))) return [];
  if (known(token.stem) || token.word.length < 2 * MIN_PART) return [token.stem];
  const parts = [token.stem];
  const word = token.word;
  for (let cut = MIN_PART; word.length - cut >= MIN_PART; cut++) {
    // A linking -s- or -e- belongs to neither part ("behandling-s-plan").
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const tailStem = tokenize(tail)[0]?.stem ?? tail;
    if (known(tailStem)) {
      const headStem = tokenize(head.replace(/[se]$/, ''))[0]?.stem ?? head;
      if (known(headStem)) parts.push(headStem);
      parts.push(tailStem);
      break;
    }
  }
  return parts;
}

/** A compiled learnt vocabulary: stem → the points it speaks for, with weights. */
export class LearntScorer {
  private readonly byStem = new Map<string, { point: string; weight: number }[]>();
  private readonly stemsOfWord = new Map<string, string[]>();
  readonly known = (stem: string) => this.byStem.has(stem);

  constructor(vocabulary: LearntVocabulary) {
    for (const [point, stems] of Object.entries(vocabulary.punkter)) {
      for (const [stem, weight] of Object.entries(stems)) {
        const list = this.byStem.get(stem) ?? [];
        list.push({ point, weight });
        this.byStem.set(stem, list);
      }
    }
  }

  /** The learnt stems a token stands for (cached per word, so a long text splits each different word once). */
  stems(token: Token): string[] {
    let stems = this.stemsOfWord.get(token.word);
    if (!stems) {
      stems = stemsOf(token, this.known).filter(this.known);
      if (this.stemsOfWord.size > 200_000) this.stemsOfWord.clear();
      this.stemsOfWord.set(token.word, stems);
    }
    return stems;
  }

  /** Per point: the summed weight of the different learnt stems in the tokens, and which stems. */
  score(tokens: readonly Token[]): Map<string, { score: number; stems: string[] }> {
    const seen = new Set<string>();
    const scores = new Map<string, { score: number; stems: string[] }>();
    for (const token of tokens) {
      for (const stem of this.stems(token)) {
        if (seen.has(stem)) continue;
        seen.add(stem);
        for (const { point, weight } of this.byStem.get(stem)!) {
          const entry = scores.get(point) ?? { score: 0, stems: [] };
          entry.score += weight;
          entry.stems.push(stem);
          scores.set(point, entry);
        }
      }
    }
    return scores;
  }
}
