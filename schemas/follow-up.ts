import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** Follow-up on the treatment plan after treatment ends. */
export const FollowUpSchema = z.strictObject({
  /** Months after discharge at which the citizen is contacted, e.g. [1, 6]. */
  maaneder: z.array(z.number().int().positive()).min(1),
  /** Further months at which the source says follow-up may happen ("eventuelt 12 måneder"); shown as optional. */
  eventuelt_maaneder: z.array(z.number().int().positive()).min(1).optional(),
  /** Who is followed up, as a phrase that completes "Det gælder …" on the rights page (e.g. "dig, der har afsluttet …"). */
  gaelder_for: z.string().min(1),
  /** What the follow-up is for and how it happens. */
  beskrivelse: z.string().min(1).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source states it. */
  kilde: SourceReferenceSchema,
});
