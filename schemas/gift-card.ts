import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** The kommune's use of gift cards (gavekort) to keep people in drug treatment. */
export const GiftCardSchema = z.strictObject({
  /** Whether the kommune uses gift cards, as the source says. */
  anvendes: z.boolean(),
  /** Who can get them. */
  maalgruppe: z.string().min(1).optional(),
  /** The amount per card in kroner. */
  beloeb_kr: z.number().positive().optional(),
  /** When a card is given, as the source says, e.g. "ved hver 2. fremmøde". */
  hyppighed: z.string().min(1).optional(),
  /** The most cards one course of treatment can give. */
  maks_antal: z.number().int().positive().optional(),
  /** Other conditions as the source states them. */
  betingelser: z.string().min(1).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source states it. */
  kilde: SourceReferenceSchema,
});
