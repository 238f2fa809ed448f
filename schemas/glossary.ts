import { z } from 'zod';
import { SlugSchema } from './common.ts';

/** One word of the glossary: a term citizens meet on the site, explained in plain Danish. */
export const GlossaryTermSchema = z.strictObject({
  /** Stable slug, the term's anchor on /ordliste/, e.g. "visitation". */
  id: SlugSchema,
  /** The term as it is written, e.g. "Visitation". */
  term: z.string().min(1),
  /** What the term means, in one or two plain sentences addressed to "du". */
  forklaring: z.string().min(1).max(400),
  /** Other forms of the word that should link to the same explanation, e.g. "visiteret", "visiteres". */
  varianter: z.array(z.string().min(1)).optional(),
  /** Where the explanation of an abbreviation comes from, when the term is one (e.g. a source document's section). */
  kilde: z.string().min(1).optional(),
});

/** data/ordliste.yaml: the glossary behind /ordliste/ and the links from a term's first use on a page. */
export const GlossarySchema = z.strictObject({
  /** The terms, each once. */
  ord: z.array(GlossaryTermSchema).min(1),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
