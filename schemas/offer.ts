import { z } from 'zod';
import { ConditionSchema, PlannedSchema } from './condition.ts';
import { AgeRangeSchema, SlugSchema, SubstanceAreaSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** The forms an offer can take, used to compare offers across kommuner. */
export const OfferFormSchema = z.enum([
  'raadgivning',
  'ambulant',
  'dag',
  'doegn',
  'anonym',
  'substitution',
  'medicinsk',
  'online',
  'unge',
  'boern',
  'paaroerende',
  'familie',
  'sundhed',
]);
export type OfferForm = z.infer<typeof OfferFormSchema>;

/** One treatment or support offer the document describes. */
export const OfferSchema = z.strictObject({
  /** Unique within the document, e.g. "move". */
  id: SlugSchema,
  /** The offer's name as the source gives it. */
  navn: z.string().min(1),
  /** Forms the offer takes. */
  former: z.array(OfferFormSchema).min(1),
  /** Substance areas the offer covers, when the source says. */
  omraader: z.array(SubstanceAreaSchema).optional(),
  /** Who the offer is for, close to the source's words. */
  maalgruppe: z.string().min(1).optional(),
  /** The ages the offer is for, when the source states them. */
  alder: AgeRangeSchema.optional(),
  /** Ids of the law provisions the source names as the offer's legal basis. */
  hjemmel: z.array(SlugSchema).optional(),
  /** Duration or extent as the source states it, e.g. "12 samtaler". */
  varighed: z.string().min(1).optional(),
  /** Where the offer takes place, when the source says. */
  sted: z.string().min(1).optional(),
  /** What the offer is, in a sentence or two close to the source. */
  beskrivelse: z.string().min(1).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Set when the source says the offer is only planned or hoped for, not running: what it says, with excerpts. */
  planlagt: PlannedSchema.optional(),
  /** Where the source describes the offer. */
  kilde: SourceReferenceSchema,
});
