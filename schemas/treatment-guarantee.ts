import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** The behandlingsgaranti: how soon treatment must start. */
export const TreatmentGuaranteeSchema = z.strictObject({
  /** The number of days within which treatment must start. */
  dage: z.number().int().positive(),
  /** From what the days are counted, verbatim as the source says, e.g. "anmodningen" (the rights page quotes it); absent when the source does not say. */
  regnet_fra: z.string().min(1).optional(),
  /** Which treatment the guarantee covers, as a plain phrase that completes "Det gælder …" on the rights page. */
  gaelder_for: z.string().min(1).optional(),
  /** What the source says is not covered by the guarantee, each a full sentence to the citizen (e.g. "Fristen gælder ikke …"). */
  undtagelser: z.array(z.string().min(1)).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source states the guarantee. */
  kilde: SourceReferenceSchema,
});
