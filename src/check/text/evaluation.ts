import { z } from 'zod';
import type { RequirementCatalogue } from '../../../schemas/index.ts';
import type { KeywordFile } from '../../../schemas/point-keywords.ts';
import { findPoints, type Outcome } from './check-draft-text.ts';

/**
 * The evaluation of the text check on a corpus of drafts with a reader's key (test/fixtures/udkast/): how many of the
 * described points it finds, how many of its "mangler" reports are right, and whether it ever counts a placeholder as
 * a description. Pure; the files are read by src/cli/eval-text.ts and by the test that holds the floor.
 */

/** What a reader says a draft does with one point. "ikke-beskrevet" (sources only): kun nævnt or mangler, not told apart. */
export const KeyOutcomeSchema = z.enum(['beskrevet', 'kun-nævnt', 'mangler', 'ikke-beskrevet']);

/** The key to one draft. */
export const DraftKeySchema = z.strictObject({
  /** The layout the draft is written in, e.g. "spoergsmaal-svar". */
  stil: z.string(),
  /** For a source: its text, relative to the project (the draft otherwise lies beside its key). */
  tekst: z.string().optional(),
  /** The document's type, if not a kvalitetsstandard. */
  dokumenttype: z.string().optional(),
  /** Per point: the outcome, the lines that show it, and whether the text there is a placeholder. */
  punkter: z
    .record(
      z.string(),
      z.strictObject({
        /** beskrevet, kun-nævnt, mangler (or ikke-beskrevet for a source). */
        udfald: KeyOutcomeSchema,
        /** The lines that describe or name the point. */
        linjer: z.array(z.number().int().positive()).optional(),
        /** The point is named over a placeholder ("TBD", "Afsnittet udarbejdes senere"). */
        pladsholder: z.boolean().optional(),
      }),
    )
    .optional(),
});
export type DraftKey = z.infer<typeof DraftKeySchema>;

export interface EvaluatedDraft {
  name: string;
  split: string;
  style: string;
  key: DraftKey;
  text: string;
}

export interface PointCase {
  draft: string;
  split: string;
  style: string;
  point: string;
  expected: z.infer<typeof KeyOutcomeSchema>;
  actual: Outcome;
  placeholder: boolean;
  /** The check's lines overlap the key's (or the key gives none). */
  linesAgree: boolean;
  /** The lines the key gives, and the lines the check gives (for the list of disagreements). */
  keyLines: number[];
  lines: number[];
}

export interface Figures {
  cases: number;
  /** Described points the check calls beskrevet, of all the key calls beskrevet. */
  describedFound: number;
  describedTotal: number;
  /** Of the check's "mangler" reports, those the key agrees with (mangler or ikke-beskrevet). */
  missingCorrect: number;
  missingReported: number;
  /** Of the check's "beskrevet", those the key agrees with. */
  describedCorrect: number;
  describedReported: number;
  /** Placeholders the check calls beskrevet: must be 0. */
  placeholdersAsDescribed: number;
  /** Three-way agreement (sources' ikke-beskrevet agrees with kun-nævnt and mangler). */
  agree: number;
}

export function evaluateDraft(draft: EvaluatedDraft, catalogue: RequirementCatalogue, keywords: KeywordFile): PointCase[] {
  if (!draft.key.punkter) return [];
  const outcomes = new Map(findPoints(draft.text, catalogue, keywords).map((outcome) => [outcome.id, outcome]));
  return catalogue.punkter.flatMap((point) => {
    const expected = draft.key.punkter![point.id];
    if (!expected) return [];
    const actual = outcomes.get(point.id)!;
    const keyLines = new Set(expected.linjer ?? []);
    const linesAgree = keyLines.size === 0 || actual.lines.some((line) => keyLines.has(line));
    return [
      {
        draft: draft.name,
        split: draft.split,
        style: draft.key.stil,
        point: point.id,
        expected: expected.udfald,
        actual: actual.outcome,
        placeholder: expected.pladsholder === true,
        linesAgree,
        keyLines: expected.linjer ?? [],
        lines: actual.lines,
      },
    ];
  });
}

export function figures(cases: readonly PointCase[]): Figures {
  const f: Figures = {
    cases: cases.length,
    describedFound: 0,
    describedTotal: 0,
    missingCorrect: 0,
    missingReported: 0,
    describedCorrect: 0,
    describedReported: 0,
    placeholdersAsDescribed: 0,
    agree: 0,
  };
  for (const c of cases) {
    if (c.expected === 'beskrevet') {
      f.describedTotal++;
      if (c.actual === 'beskrevet') f.describedFound++;
    }
    if (c.actual === 'beskrevet') {
      f.describedReported++;
      if (c.expected === 'beskrevet') f.describedCorrect++;
    }
    if (c.actual === 'mangler') {
      f.missingReported++;
      if (c.expected === 'mangler' || c.expected === 'ikke-beskrevet') f.missingCorrect++;
    }
    if (c.placeholder && c.actual === 'beskrevet') f.placeholdersAsDescribed++;
    if (c.expected === c.actual || (c.expected === 'ikke-beskrevet' && c.actual !== 'beskrevet')) f.agree++;
  }
  return f;
}

export const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
