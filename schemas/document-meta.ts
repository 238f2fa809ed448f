import { z } from 'zod';
import { IsoDateSchema, SlugSchema, SubstanceAreaSchema, YearSchema } from './common.ts';
import { metaOrNotDescribed } from './not-described.ts';
import { SourceReferenceSchema } from './source-reference.ts';

/** The kind of document a municipality published. */
export const DocumentKindSchema = z.enum(['kvalitetsstandard', 'servicedeklaration', 'udviklingsplan']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** The period the document says it covers. */
export const PeriodSchema = z.strictObject({
  /** The period as the source writes it, e.g. "2025-2026". */
  tekst: z.string().min(1),
  /** First year of the period. */
  fra_aar: YearSchema,
  /** Last year of the period. */
  til_aar: YearSchema,
  /** Where the source states the period. */
  kilde: SourceReferenceSchema,
});

/** When the document was written, as the source dates it (e.g. "Udarbejdet januar 2017"). */
export const DraftedSchema = z.strictObject({
  /** The dating as the source writes it. */
  tekst: z.string().min(1),
  /** The year it names. */
  aar: YearSchema,
  /** Where the source dates the document. */
  kilde: SourceReferenceSchema,
});

/** The political approval of the document, exactly as the source gives it. */
export const ApprovalSchema = z.strictObject({
  /** The approval date as the source writes it, even when it is a placeholder such as "xx.xx.2024". */
  tekst: z.string().min(1),
  /** The date, only when the source states a complete one. */
  dato: IsoDateSchema.optional(),
  /** The body that approved it, e.g. "byrådet". */
  af: z.string().min(1).optional(),
  /** Where the source states the approval. */
  kilde: SourceReferenceSchema,
});

/** When the document must be revised next, as the source says. */
export const RevisionSchema = z.strictObject({
  /** The deadline as the source writes it, e.g. "senest i efteråret 2026". */
  tekst: z.string().min(1),
  /** The last year in which the revision is due, read from the source's own words. */
  senest_aar: YearSchema,
  /** Where the source states the deadline. */
  kilde: SourceReferenceSchema,
});

/** Facts about the document itself rather than about treatment. */
export const DocumentMetaShape = {
  /** Stable id, used in URLs: kommune, kind and period, e.g. "skanderborg-kvalitetsstandard-2025-2026". */
  id: SlugSchema,
  /** The municipality's name without "Kommune", e.g. "Skanderborg". */
  kommune: z.string().min(1),
  /** A short descriptive title for the site. Not a fact from the source unless the source has a title. */
  titel: z.string().min(1),
  /** Which kind of document this is. Only a kvalitetsstandard is checked against a requirement catalogue. */
  dokumenttype: DocumentKindSchema,
  /** Which substance areas the document covers. */
  omraader: z.array(SubstanceAreaSchema).min(1),
  /** The id of the requirement catalogue (bekendtgørelse) the document is checked against; kvalitetsstandarder only. */
  kravkatalog: SlugSchema.optional(),
  /** File name of the source text in data/sources/ that every excerpt is verified against. */
  kildefil: z.string().regex(/^[a-z0-9.-]+\.txt$/, 'skal være et filnavn i data/sources/, fx "skanderborg.txt"'),
  /** What the reader must know about the source itself, e.g. that it may be incomplete. */
  kildebemaerkning: z.string().min(1).optional(),
  /** The period the document covers. */
  periode: metaOrNotDescribed(PeriodSchema),
  /** When the document was written. */
  udarbejdet: metaOrNotDescribed(DraftedSchema),
  /** The political approval. */
  godkendt: metaOrNotDescribed(ApprovalSchema),
  /** The revision deadline. */
  revision: metaOrNotDescribed(RevisionSchema),
};
