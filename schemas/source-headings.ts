import { z } from 'zod';
import { SlugSchema } from './common.ts';

/** One heading of a source text and the section of the document YAML that holds its text. */
export const SourceHeadingSchema = z.strictObject({
  /** The heading as it occurs in the source text (whitespace and line-break hyphenation may differ). */
  tekst: z.string().min(1),
  /** The id of the section (`afsnit[].id`) in the document YAML that contains the heading's text. */
  afsnit: z.string().min(1),
});

/** Every heading of one source text, so a test can prove that no section of the source is left out of the data. */
export const SourceHeadingsSchema = z.strictObject({
  /** The id of the document transcribed from the source. */
  dokument: SlugSchema,
  /** The headings in source order. */
  overskrifter: z.array(SourceHeadingSchema).min(1),
});
export type SourceHeadings = z.infer<typeof SourceHeadingsSchema>;
