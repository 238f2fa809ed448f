import { z } from 'zod';
import { DocumentKindSchema } from './document-meta.ts';
import { HttpUrlSchema, SlugSchema } from './common.ts';

/** Where the catalogue's wording of a point was taken from. */
export const WordingSourceSchema = z.strictObject({
  /** The source text (in data/sources/) that quotes the point. */
  kildefil: z.string().regex(/^[a-z0-9.-]+\.txt$/),
  /** The section of that document. */
  afsnit: z.string().min(1),
  /** The verbatim wording in that document. */
  uddrag: z.string().min(1),
});

/** One point a kvalitetsstandard must contain. */
export const MandatoryPointSchema = z.strictObject({
  /** Stable Danish slug, used in URLs, data files and diagnostics; never renamed. */
  id: SlugSchema,
  /** The point's number in the catalogue's order, 1 upwards. */
  nummer: z.number().int().positive(),
  /** The point's wording as the bekendtgørelse's list is quoted. */
  ordlyd: z.string().min(1),
  /** Where that wording was taken from, with the verbatim excerpt. */
  ordlyd_kilde: WordingSourceSchema,
  /** A short plain-Danish title for menus and tables. */
  kort_titel: z.string().min(1),
  /** What a citizen can expect from the point, in plain Danish. */
  forklaring: z.string().min(1),
  /** Ids of the law provisions the point rests on, besides the bekendtgørelse itself. */
  hjemmel: z.array(SlugSchema),
});
export type MandatoryPoint = z.infer<typeof MandatoryPointSchema>;

/** A bekendtgørelse's list of mandatory points. A new bekendtgørelse is a new catalogue file. */
export const RequirementCatalogueSchema = z.strictObject({
  /** Stable id, e.g. "bek-1691-2023"; documents name it in `kravkatalog`. */
  id: SlugSchema,
  /** The bekendtgørelse's full title. */
  titel: z.string().min(1),
  /** The short citation, e.g. "BEK nr. 1691 af 11/12/2023". */
  kort_titel: z.string().min(1),
  /** The date the bekendtgørelse was issued, YYYY-MM-DD. */
  udstedt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Link to the bekendtgørelse on Retsinformation. */
  url: HttpUrlSchema,
  /** The document kinds the catalogue applies to. */
  gaelder_for: z.array(DocumentKindSchema).min(1),
  /** The mandatory points, in the catalogue's order. */
  punkter: z.array(MandatoryPointSchema).min(1),
});
export type RequirementCatalogue = z.infer<typeof RequirementCatalogueSchema>;
