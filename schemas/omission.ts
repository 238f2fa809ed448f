import { z } from 'zod';

/** Source text deliberately left out of the data (a figure caption, a page header, a law appendix), and why. */
export const OmissionSchema = z.strictObject({
  /** The omitted text, verbatim as the source writes it (line breaks and hyphenation may differ). */
  tekst: z.string().min(1),
  /** Why it is left out, in plain Danish; shown on the document page. */
  begrundelse: z.string().min(1),
});
export type Omission = z.infer<typeof OmissionSchema>;
