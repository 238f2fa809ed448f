import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** What the citizen pays, for treatment and for board and lodging (kost og logi). At least one of the three facts. */
export const PaymentSchema = z
  .strictObject({
    /** Whether ambulant treatment is free, as the source says; absent when it does not say. */
    ambulant_gratis: z.boolean().optional(),
    /**
     * The rules for paying for board and lodging during residential stays, in plain sentences to the citizen ("du")
     * summarising the excerpts; absent when the source does not say.
     */
    kost_og_logi: z.string().min(1).optional(),
    /**
     * What the citizen pays when they start treatment without the kommune's referral or grant (e.g. a private offer or a
     * residential stay without a bevilling), in plain sentences to the citizen; absent when the source does not say.
     */
    uden_bevilling: z.string().min(1).optional(),
    /** Ids of the law provisions the source names. */
    hjemmel: z.array(z.string().min(1)).optional(),
    /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
    betingelse: ConditionSchema.optional(),
    /** Where the source states it. */
    kilde: SourceReferenceSchema,
  })
  .refine((payment) => payment.ambulant_gratis !== undefined || payment.kost_og_logi !== undefined || payment.uden_bevilling !== undefined, {
    message:
      'skal sige mindst én ting om betaling: "ambulant_gratis", "kost_og_logi" eller "uden_bevilling". Skriv "ikke-beskrevet", hvis kilden ikke siger noget om betaling',
  });
