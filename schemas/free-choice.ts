import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SlugSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** One statement of the citizen's free choice of treatment place. */
export const FreeChoiceSchema = z.strictObject({
  /** What the choice concerns. */
  gaelder: z.enum(['generelt', 'alkohol', 'stof', 'substitution']),
  /** The conditions and limits, in plain sentences to the citizen ("Du kan …") that keep every condition of the excerpts. */
  betingelser: z.string().min(1),
  /** Ids of the law provisions the source names. */
  hjemmel: z.array(SlugSchema).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source states it. */
  kilde: SourceReferenceSchema,
});
