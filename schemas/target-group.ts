import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { AgeRangeSchema, SubstanceAreaSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** A group of people the document's offers are for. */
export const TargetGroupSchema = z.strictObject({
  /** The group as the source names it, e.g. "Unge i alderen 13-29 år". */
  navn: z.string().min(1),
  /** The ages the group covers, when the source states them. */
  alder: AgeRangeSchema.optional(),
  /** Substance areas the group concerns, when the source says. */
  omraader: z.array(SubstanceAreaSchema).optional(),
  /** Whether the group is relatives (pårørende) rather than people with the problem themselves. */
  paaroerende: z.boolean().optional(),
  /** Conditions or details the source adds, in plain words close to the source. */
  beskrivelse: z.string().min(1).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source describes the group. */
  kilde: SourceReferenceSchema,
});
