import { z } from 'zod';

/** Where in the document's own source text a fact is stated. */
export const SourceReferenceSchema = z.strictObject({
  /**
   * The `id` of the section (in this document's `afsnit` list) that states the fact, or a list of ids when the
   * source states it across several sections (each excerpt then lies in one of them); the first is the main one.
   */
  afsnit: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /**
   * Short verbatim excerpts of the source text that state the fact. Required when the fact is precise
   * (a number, phone, address, e-mail, time, name or date): every such value must occur in an excerpt.
   */
  uddrag: z.array(z.string().min(1)).optional(),
});
export type SourceReference = z.infer<typeof SourceReferenceSchema>;

/** Every section a source reference cites, in the order given. */
export const citedSections = (kilde: Pick<SourceReference, 'afsnit'>): string[] =>
  (typeof kilde.afsnit === 'string' ? [kilde.afsnit] : kilde.afsnit);

/** The main section a source reference cites (the first), for a single link. */
export const mainSection = (kilde: Pick<SourceReference, 'afsnit'>): string => citedSections(kilde)[0]!;

/** Alias of mainSection, used by trust-check's pages. */
export const primarySection = mainSection;
