import { z } from 'zod';
import { ConditionSchema, DeadlineSchema } from './condition.ts';
import { SlugSchema, SubstanceAreaSchema } from './common.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** What a complaint can be about; each kind has its own route. "kvalitetsstandarden": complaints about the standard itself. */
export const ComplaintSubjectSchema = z.enum([
  'sundhedsfaglig-behandling',
  'socialfaglig-afgoerelse',
  'personale-og-sagsbehandling',
  'borgerraadgiver',
  'kvalitetsstandarden',
  'andet',
]);

/** Reconsideration: whether the kommune looks at the complaint again before it goes on. */
export const ReconsiderationSchema = z.strictObject({
  /** True when the kommune reconsiders the decision before sending the complaint on. */
  kommunen_foerst: z.boolean(),
  /** How long the kommune has to reconsider, as the source says: its text, explicitly none, or conditional. */
  frist: DeadlineSchema.optional(),
  /** Where the complaint goes when the kommune does not agree with the citizen. */
  derefter: z.string().min(1).optional(),
});

/** Where and how to complain about one kind of matter. */
export const ComplaintRouteSchema = z.strictObject({
  /** Unique within the document, e.g. "socialfaglig-stofbehandling". */
  id: SlugSchema,
  /** What the complaint is about. */
  emne: ComplaintSubjectSchema,
  /** The substance area the route is for, when the source gives alcohol and drug matters separate routes. */
  omraade: SubstanceAreaSchema.optional(),
  /** A short title for the route, close to the source's heading, in plain words. */
  titel: z.string().min(1),
  /** Examples of what one can complain about, each a short plain phrase that completes "Du kan fx klage over …". */
  eksempler: z.array(z.string().min(1)).optional(),
  /** What one cannot complain about, each a plain phrase that completes "Du kan ikke klage over …", keeping the source's limits. */
  kan_ikke_paaklages: z.array(z.string().min(1)).optional(),
  /** The body the complaint is sent to, named as the source names it. */
  instans: z.string().min(1),
  /** The body's postal address, when the source gives one. */
  adresse: z.string().min(1).optional(),
  /** The body's phone numbers, when the source gives them. */
  telefon: z.array(z.string().min(1)).optional(),
  /** How to complain (form, in writing, orally, digitally), in short sentences to the citizen ("Du kan klage …"). */
  hvordan: z.string().min(1).optional(),
  /**
   * The complaint deadline: as the source writes it, { ingen: true, uddrag } when the source says there is none, or
   * conditional; absent when the source does not mention one.
   */
  frist: DeadlineSchema.optional(),
  /** Whether the kommune reconsiders first, when the source says. */
  genvurdering: ReconsiderationSchema.optional(),
  /** Ids of the law provisions the source names. */
  hjemmel: z.array(SlugSchema).optional(),
  /** The condition under which the fact applies, when the source limits it; shown beside the fact. */
  betingelse: ConditionSchema.optional(),
  /** Where the source describes the route. */
  kilde: SourceReferenceSchema,
});
