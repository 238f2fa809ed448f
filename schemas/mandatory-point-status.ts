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

/** What to write for a point, for the message when `status` is missing, misspelt or still "TODO" (from `npm run ny-kommune`). */
const WHAT_TO_WRITE = 'Skriv "status: beskrevet" og "afsnit: [...]" med id\'erne på de afsnit, der beskriver punktet, eller "status: ikke-beskrevet", hvis dokumentet ikke beskriver det';

function statusMessage(input: unknown): string {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return `punktet skal skrives med felterne "status" og (for et beskrevet punkt) "afsnit", fx { status: ikke-beskrevet }. ${WHAT_TO_WRITE}`;
  }
  const status = (input as { status?: unknown }).status;
  if (status === undefined) return `feltet "status" mangler. ${WHAT_TO_WRITE}`;
  if (status === 'TODO') return `punktet er ikke udfyldt endnu (status: TODO). ${WHAT_TO_WRITE}`;
  return `"${String(status)}" er ikke en gyldig status; den kan kun være "beskrevet" eller "ikke-beskrevet". ${WHAT_TO_WRITE}`;
}

/** The document's account of one mandatory point: covered, or recorded as not described. */
export const MandatoryPointStatusSchema = z.discriminatedUnion('status', [PointCoveredSchema, PointNotDescribedSchema], {
  error: (issue) => (issue.code === 'invalid_union' || issue.code === 'invalid_type' ? statusMessage(issue.input) : undefined),
});
export type MandatoryPointStatus = z.infer<typeof MandatoryPointStatusSchema>;

/** Every mandatory point of the document's catalogue, by point id. Unknown and missing ids are reported by the check. */
export const MandatoryPointsSchema = z.record(z.string(), MandatoryPointStatusSchema);
