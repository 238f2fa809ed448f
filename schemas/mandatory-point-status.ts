import { z } from 'zod';

/** A mandatory point the document covers, and where. */
export const PointCoveredSchema = z.strictObject({
  /** The point is described in the document. */
  status: z.literal('beskrevet'),
  /** The ids of the sections that describe it (under whatever heading the document uses). */
  afsnit: z.array(z.string().min(1)).min(1),
  /** Why these sections count, when it is not obvious from their headings. */
  bemaerkning: z.string().min(1).optional(),
});

/** A mandatory point the document does not describe. A finding shown on the site, not a data error. */
export const PointNotDescribedSchema = z.strictObject({
  /** The point is not described in the document. */
  status: z.literal('ikke-beskrevet'),
  /** What the reviewer looked for and did not find, or why the source may lack it. */
  bemaerkning: z.string().min(1).optional(),
});

/** The document's account of one mandatory point: covered, or recorded as not described. */
export const MandatoryPointStatusSchema = z.discriminatedUnion('status', [PointCoveredSchema, PointNotDescribedSchema]);
export type MandatoryPointStatus = z.infer<typeof MandatoryPointStatusSchema>;

/** Every mandatory point of the document's catalogue, by point id. Unknown and missing ids are reported by the check. */
export const MandatoryPointsSchema = z.record(z.string(), MandatoryPointStatusSchema);
