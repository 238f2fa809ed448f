import { z } from 'zod';
import { SlugSchema } from './common.ts';

/**
 * A heading pattern or key phrase: lower-case Danish words as any kommune might write them. The text check compares words
 * by their Danish Snowball stem, so inflected forms match ("behandlingsgaranti" also finds "behandlingsgarantien"),
 * and a one-word pattern also finds compounds that begin or (six letters or more) end with it. A heading pattern that
 * starts with "^" must open the heading ("^mål" finds "Mål for indsatsen" but not "Opgaver og mål").
 */
export const KeywordPatternSchema = z
  .string()
  .min(2)
  .refine((value) => value === value.toLowerCase(), 'skal skrives med små bogstaver, fordi teksten sammenlignes med små bogstaver')
  .refine((value) => value === value.trim() && !/\s{2,}/.test(value), 'må ikke begynde eller slutte med mellemrum eller have flere mellemrum i træk')
  .refine((value) => /[\p{L}\p{N}]/u.test(value), 'skal indeholde mindst ét bogstav eller tal');

/** How a draft text shows that it covers one mandatory point. */
export const PointKeywordsSchema = z.strictObject({
  /** Words a heading about the point contains, e.g. "behandlingsgaranti", "^frit valg". A matching heading with text under it is enough. */
  overskrifter: z.array(KeywordPatternSchema).min(1),
  /** Phrases the text about the point uses, e.g. "senest 14 dage"; each different one found in a passage scores 1. */
  udtryk: z.array(KeywordPatternSchema).min(1),
  /**
   * Everyday paraphrases of the point's name ("hvor hurtigt" for behandlingsgaranti, "mad og ophold" for kost og logi);
   * they count both in headings (a question "Hvor hurtigt kan jeg komme i gang?") and as phrases in the text.
   */
  omskrivninger: z.array(KeywordPatternSchema).optional(),
  /** Phrases hardly used about anything but the point, e.g. "kost og logi"; each scores 2. */
  kerneudtryk: z.array(KeywordPatternSchema).optional(),
  /**
   * Everyday words a letter or an answer uses about the point ("betale", "ansatte", "børn"); common all over a long
   * standard, so they count only within one paragraph that is not under a heading about another point.
   */
  hverdagsudtryk: z.array(KeywordPatternSchema).optional(),
});
export type PointKeywords = z.infer<typeof PointKeywordsSchema>;

/** The keywords for every point of one requirement catalogue: data/requirements/<catalogue id>.noegleord.yaml. */
export const KeywordFileSchema = z.strictObject({
  /** The id of the catalogue the keywords belong to, e.g. "bek-1691-2023". */
  kravkatalog: SlugSchema,
  /** Keywords by point id; every point of the catalogue has an entry. */
  punkter: z.record(z.string(), PointKeywordsSchema),
});
export type KeywordFile = z.infer<typeof KeywordFileSchema>;
