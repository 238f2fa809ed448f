import { z } from 'zod';

/** Where a document that is not a quality standard touches one of the law's points. */
export const MentionedPointSchema = z.strictObject({
  /** The ids of the sections whose content touches the point. */
  afsnit: z.array(z.string().min(1)).min(1),
  /** What the sections say about the point, or how they relate to it, in plain Danish. */
  bemaerkning: z.string().min(1).optional(),
});
export type MentionedPoint = z.infer<typeof MentionedPointSchema>;

/**
 * For documents without a requirement catalogue (servicedeklarationer, udviklingsplaner): which of the current
 * catalogue's points their content touches, by point id, although the 18-point check does not apply to them.
 * Lets the site show real content (e.g. monitoring, staff, user involvement) instead of "Ikke relevant".
 */
export const MentionedPointsSchema = z.record(z.string(), MentionedPointSchema);
export type MentionedPoints = z.infer<typeof MentionedPointsSchema>;
