import { z } from 'zod';
import { SourceReferenceSchema } from './source-reference.ts';

/** The value a topic takes when the source document says nothing about it. Shown as "Ikke beskrevet i standarden". */
export const NOT_DESCRIBED = 'ikke-beskrevet' as const;

/** The plain literal: not described, no reason given. */
export const NotDescribedLiteralSchema = z.literal(NOT_DESCRIBED);

/**
 * Not described, with the reason the page shows. Used to answer a `not-described-but-source-covers` finding when
 * the source mentions the topic but does not describe it (e.g. "Kilden nævner betaling kun for …; det er ikke en pris").
 */
export const NotDescribedWithReasonSchema = z.strictObject({
  /** The topic is not described in the document. */
  status: z.literal(NOT_DESCRIBED),
  /** Why the topic counts as not described although the source touches on it; plain Danish, shown on the page. */
  begrundelse: z.string().min(1),
});

/** Not described, with or without a reason. */
export const NotDescribedSchema = z.union([NotDescribedLiteralSchema, NotDescribedWithReasonSchema]);
export type NotDescribed = z.infer<typeof NotDescribedSchema>;

/** The source says explicitly that there is none (e.g. "Kommunen har ingen egne døgninstitutioner"). */
export const ExplicitlyNoneSchema = z.strictObject({
  /** The source states that there is none of this. */
  status: z.literal('ingen'),
  /** What the source says, in plain Danish (e.g. "Kommunen har ingen egne døgninstitutioner"); shown on the page. */
  tekst: z.string().min(1),
  /** Where the source says so; at least one verbatim excerpt. */
  kilde: SourceReferenceSchema.extend({
    /** Verbatim excerpts of the source that say there is none; at least one. */
    uddrag: z.array(z.string().min(1)).min(1),
  }),
});
export type ExplicitlyNone = z.infer<typeof ExplicitlyNoneSchema>;

/** A metadata field (period, dates, revision): described, or recorded as not described (a source never says "no date"). */
export const metaOrNotDescribed = <T extends z.ZodType>(schema: T) => z.union([NotDescribedLiteralSchema, NotDescribedWithReasonSchema, schema]);

/** A topic is described by the source (the schema given), recorded as not described, or explicitly none. */
export const orNotDescribed = <T extends z.ZodType>(schema: T) =>
  z.union([NotDescribedLiteralSchema, NotDescribedWithReasonSchema, ExplicitlyNoneSchema, schema]);

/** A list topic: at least one described item, recorded as not described, or explicitly none. */
export const listOrNotDescribed = <T extends z.ZodType>(item: T) =>
  z.union([NotDescribedLiteralSchema, NotDescribedWithReasonSchema, ExplicitlyNoneSchema, z.array(item).min(1)]);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** True for both not-described forms: the literal and `{ status: ikke-beskrevet, begrundelse }`. */
export const isNotDescribed = (value: unknown): value is NotDescribed =>
  value === NOT_DESCRIBED || (isObject(value) && value.status === NOT_DESCRIBED && typeof value.begrundelse === 'string');

/** The reason recorded for a not-described topic, if any. */
export const notDescribedReason = (value: unknown): string | undefined =>
  isObject(value) && value.status === NOT_DESCRIBED && typeof value.begrundelse === 'string' ? value.begrundelse : undefined;

/** True when the source says explicitly that there is none. */
export const isExplicitNone = (value: unknown): value is ExplicitlyNone => isObject(value) && value.status === 'ingen';

/** True when a topic value carries no described content: not described (either form) or explicitly none. */
export const isAbsent = (value: unknown): value is NotDescribed | ExplicitlyNone => isNotDescribed(value) || isExplicitNone(value);
