import { z } from 'zod';

/** A section id as written in `kilde.afsnit`. */
const SectionIdSchema = z.string().min(1);

/** Where in the document's own source text a fact is stated. */
export const SourceReferenceSchema = z.strictObject({
  /**
   * The `id` of the section (in this document's `afsnit` list) that states the fact, or a list of ids when the fact
   * draws on several sections; every excerpt must lie in one of the sections cited.
   */
  afsnit: z.union([SectionIdSchema, z.array(SectionIdSchema).min(1)]),
  /**
   * Short verbatim excerpts of the source text that state the fact. Required when the fact is precise
   * (a number, phone, address, e-mail, time, name or date): every such value must occur in an excerpt.
   */
  uddrag: z.array(z.string().min(1)).optional(),
});
export type SourceReference = z.infer<typeof SourceReferenceSchema>;

/** The section ids a source reference cites, in the order written. */
export const citedSections = (kilde: Pick<SourceReference, 'afsnit'>): string[] => (typeof kilde.afsnit === 'string' ? [kilde.afsnit] : [...kilde.afsnit]);

/** The first section a source reference cites: where a link to "the source" of a fact goes. */
export const primarySection = (kilde: Pick<SourceReference, 'afsnit'>): string => citedSections(kilde)[0] ?? '';
