import { z } from 'zod';
import { SlugSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** What a complaint can be about; each kind has its own route. */
export const ComplaintSubjectSchema = z.enum([
  'sundhedsfaglig-behandling',
  'socialfaglig-afgoerelse',
  'personale-og-sagsbehandling',
  'borgerraadgiver',
  'andet',
]);

/** Reconsideration: whether the kommune looks at the complaint again before it goes on. */
export const ReconsiderationSchema = z.strictObject({
  /** True when the kommune reconsiders the decision before sending the complaint on. */
  kommunen_foerst: z.boolean(),
  /** How long the kommune has to reconsider, as the source says. */
  frist: z.string().min(1).optional(),
  /** Where the complaint goes when the kommune does not agree with the citizen. */
  derefter: z.string().min(1).optional(),
});

/** Where and how to complain about one kind of matter. */
export const ComplaintRouteSchema = z.strictObject({
  /** Unique within the document, e.g. "socialfaglig-stofbehandling". */
  id: SlugSchema,
  /** What the complaint is about. */
  emne: ComplaintSubjectSchema,
  /** A short title for the route, close to the source's heading. */
  titel: z.string().min(1),
  /** Examples of what one can complain about, close to the source's words. */
  eksempler: z.array(z.string().min(1)).optional(),
  /** What one cannot complain about, as the source says. */
  kan_ikke_paaklages: z.array(z.string().min(1)).optional(),
  /** The body the complaint is sent to, named as the source names it. */
  instans: z.string().min(1),
  /** The body's postal address, when the source gives one. */
  adresse: z.string().min(1).optional(),
  /** The body's phone numbers, when the source gives them. */
  telefon: z.array(z.string().min(1)).optional(),
  /** How to complain (form, in writing, orally, digitally), close to the source's words. */
  hvordan: z.string().min(1).optional(),
  /** The complaint deadline as the source states it; absent when the source gives none. */
  frist: z.string().min(1).optional(),
  /** Whether the kommune reconsiders first, when the source says. */
  genvurdering: ReconsiderationSchema.optional(),
  /** Ids of the law provisions the source names. */
  hjemmel: z.array(SlugSchema).optional(),
  /** Where the source describes the route. */
  kilde: SourceReferenceSchema,
});
