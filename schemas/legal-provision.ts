import { z } from 'zod';
import { HttpUrlSchema, SlugSchema } from './common.ts';

/** One provision of Danish law that drug and alcohol treatment rests on. */
export const LegalProvisionSchema = z.strictObject({
  /** Stable slug, e.g. "sel-101"; used in URLs and in `hjemmel` lists. */
  id: SlugSchema,
  /** The law's common name, e.g. "Serviceloven". */
  lov: z.string().min(1),
  /** The law's formal name, e.g. "Lov om social service". */
  lov_fuldt_navn: z.string().min(1),
  /** The paragraph, e.g. "§ 101". */
  paragraf: z.string().min(1),
  /** What the provision is about, in a few words. */
  titel: z.string().min(1),
  /** What it gives the citizen, in one or two plain-Danish sentences. */
  resume: z.string().min(1),
  /**
   * Where to read the law text on Retsinformation: the act's ELI address when a source gives its number and year,
   * otherwise a search for the law's name. Never the front page, which tells the reader nothing.
   */
  url: HttpUrlSchema.refine((value) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    return !url || url.pathname.replace(/\/+$/, '') !== '' || url.search !== '';
  }, 'må ikke være en forside; skriv lovens ELI-adresse (fx https://www.retsinformation.dk/eli/lta/2023/1691) eller en søgning efter lovens navn (https://www.retsinformation.dk/documents?t=...)'),
  /** The citizen's questions (sections of the rights pages) this provision answers, shown there as what the law says. */
  besvarer: z
    .array(z.enum(['kontakt', 'behandlingsgaranti', 'frit-valg', 'anonymitet', 'betaling', 'opfoelgning', 'boern', 'klage', 'gavekort', 'doegn']))
    .optional(),
});

/** The provisions file: every provision the data refers to. */
export const LegalProvisionsSchema = z.strictObject({
  /** The provisions, each once. */
  bestemmelser: z.array(LegalProvisionSchema).min(1),
});
export type LegalProvision = z.infer<typeof LegalProvisionSchema>;
