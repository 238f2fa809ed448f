import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { AgeRangeSchema, SubstanceAreaSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** A residential (døgn) treatment institution the kommune says it uses. */
export const ResidentialInstitutionSchema = z.strictObject({
  /** The institution's name as the source writes it. */
  navn: z.string().min(1),
  /** Where it is, as the source says, e.g. "Middelfart, Fyn". */
  beliggenhed: z.string().min(1).optional(),
  /** Who it treats, close to the source's words. */
  maalgruppe: z.string().min(1).optional(),
  /** The ages it treats, when the source states them. */
  alder: AgeRangeSchema.optional(),
  /** Substance areas it treats, when the source says. */
  omraader: z.array(SubstanceAreaSchema).optional(),
  /** Treatment methods as the source lists them. */
  metoder: z.array(z.string().min(1)).optional(),
  /** The web address the source gives. */
  hjemmeside: z.string().min(1).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source names the institution. */
  kilde: SourceReferenceSchema,
});
