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

/**
 * A mandatory point the document describes only in part: some of what the point asks for is there, some is not.
 * Accounted for (the check reports no gap), but shown as its own state everywhere, with the reason.
 */
export const PointPartlyDescribedSchema = z.strictObject({
  /** The point is partly described (see the rule in data/README.md). */
  status: z.literal('delvist'),
  /** The ids of the sections that describe the part that is there. */
  afsnit: z.array(z.string().min(1)).min(1),
  /** What the point asks for that the document does not say, in plain Danish; shown on the site. */
  begrundelse: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'feltet "begrundelse" mangler: et delvist beskrevet punkt skal sige, hvad punktet kræver, som dokumentet ikke beskriver (se data/README.md)'
          : undefined,
    })
    .min(1, 'skal sige, hvad punktet kræver, som dokumentet ikke beskriver'),
});

/** A mandatory point the document does not describe. A finding shown on the site, not a data error. */
export const PointNotDescribedSchema = z.strictObject({
  /** The point is not described in the document. */
  status: z.literal('ikke-beskrevet'),
  /** What the reviewer looked for and did not find, or why the source may lack it. */
  bemaerkning: z.string().min(1).optional(),
});

/** What to write for a point, for the message when `status` is missing, misspelt or still "TODO" (from `npm run ny-kommune`). */
const WHAT_TO_WRITE =
  'Skriv "status: beskrevet" og "afsnit: [...]" med id\'erne på de afsnit, der beskriver punktet, "status: delvist" med "afsnit: [...]" og "begrundelse: ..." (hvad der mangler), hvis dokumentet kun beskriver en del af det, eller "status: ikke-beskrevet", hvis dokumentet ikke beskriver det';

function statusMessage(input: unknown): string {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return `punktet skal skrives med felterne "status" og (for et beskrevet punkt) "afsnit", fx { status: ikke-beskrevet }. ${WHAT_TO_WRITE}`;
  }
  const status = (input as { status?: unknown }).status;
  if (status === undefined) return `feltet "status" mangler. ${WHAT_TO_WRITE}`;
  if (status === 'TODO') return `punktet er ikke udfyldt endnu (status: TODO). ${WHAT_TO_WRITE}`;
  return `"${String(status)}" er ikke en gyldig status; den kan kun være "beskrevet", "delvist" eller "ikke-beskrevet". ${WHAT_TO_WRITE}`;
}

/** The document's account of one mandatory point: covered, partly covered, or recorded as not described. */
export const MandatoryPointStatusSchema = z.discriminatedUnion('status', [PointCoveredSchema, PointPartlyDescribedSchema, PointNotDescribedSchema], {
  error: (issue) => (issue.code === 'invalid_union' || issue.code === 'invalid_type' ? statusMessage(issue.input) : undefined),
});
export type MandatoryPointStatus = z.infer<typeof MandatoryPointStatusSchema>;

/** Every mandatory point of the document's catalogue, by point id. Unknown and missing ids are reported by the check. */
export const MandatoryPointsSchema = z.record(z.string(), MandatoryPointStatusSchema);
