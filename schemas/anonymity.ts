import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SlugSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** One way a citizen can get advice or treatment anonymously. */
export const AnonymitySchema = z.strictObject({
  /** What can be had anonymously, e.g. "alkoholbehandling" or "rådgivning". */
  gaelder: z.string().min(1),
  /** For whom and on what conditions, in plain Danish to the citizen ("For dig, der …"); the source's words are in kilde.uddrag. */
  betingelser: z.string().min(1).optional(),
  /** When anonymity ends or does not apply, as a plain sentence to the citizen that keeps the source's condition. */
  begraensninger: z.string().min(1).optional(),
  /** Ids of the law provisions the source names. */
  hjemmel: z.array(SlugSchema).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source states it. */
  kilde: SourceReferenceSchema,
});
