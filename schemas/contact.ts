import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** Opening hours for one day or range of days. */
export const OpeningHoursSchema = z.strictObject({
  /** The day(s) as the source writes them, e.g. "Mandag". */
  dag: z.string().min(1),
  /** The hours as the source writes them, e.g. "8.15-15.30". */
  tid: z.string().min(1),
});

/** How to reach a treatment centre or unit. */
export const ContactSchema = z.strictObject({
  /** The place's name as the source gives it. */
  navn: z.string().min(1),
  /** Street address and postcode, as the source writes them. */
  adresse: z.string().min(1).optional(),
  /** Phone numbers as the source writes them. */
  telefon: z.array(z.string().min(1)).optional(),
  /** E-mail addresses. */
  email: z.array(z.string().min(1)).optional(),
  /** Web addresses as the source writes them. */
  hjemmeside: z.array(z.string().min(1)).optional(),
  /** Telephone hours as the source writes them. */
  telefontid: z.string().min(1).optional(),
  /** Opening hours, day by day. */
  aabningstider: z.array(OpeningHoursSchema).optional(),
  /** Other ways to get in touch the source names (online booking, drop-in). */
  andet: z.string().min(1).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source gives the contact details. */
  kilde: SourceReferenceSchema,
});
