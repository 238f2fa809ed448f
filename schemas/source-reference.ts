import { z } from 'zod';

/** Where in the document's own source text a fact is stated. */
export const SourceReferenceSchema = z.strictObject({
  /** The `id` of the section (in this document's `afsnit` list) that states the fact. */
  afsnit: z.string().min(1),
  /**
   * Short verbatim excerpts of the source text that state the fact. Required when the fact is precise
   * (a number, phone, address, e-mail, time, name or date): every such value must occur in an excerpt.
   */
  uddrag: z.array(z.string().min(1)).optional(),
});
export type SourceReference = z.infer<typeof SourceReferenceSchema>;
