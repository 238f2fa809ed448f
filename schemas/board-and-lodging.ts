import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** What the citizen pays, for treatment and for board and lodging (kost og logi). */
export const PaymentSchema = z.strictObject({
  /** Whether ambulant treatment is free, as the source says; absent when it does not say. */
  ambulant_gratis: z.boolean().optional(),
  /** The rules for paying for board and lodging during residential stays, close to the source's words. */
  kost_og_logi: z.string().min(1),
  /** Ids of the law provisions the source names. */
  hjemmel: z.array(z.string().min(1)).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source states it. */
  kilde: SourceReferenceSchema,
});
