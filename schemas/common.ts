import { z } from 'zod';

/** A lower-case slug used as a stable identifier and URL part: letters a–z, digits and hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skal være små bogstaver a-z, tal og bindestreger, fx "frit-valg"');

/**
 * A web address that opens as a page: http or https only. z.url() alone accepts javascript:, data: and file:
 * addresses, which would become live links on the site.
 */
export const HttpUrlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'skal være en fuld webadresse, der begynder med https:// (eller http://), fx https://www.retsinformation.dk/eli/lta/2023/1691',
});

/** Markdown text (GitHub-flavoured: tables and lists work), rendered on the site. */
export const MarkdownSchema = z.string().min(1);

/** A calendar date written YYYY-MM-DD that exists in the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'skal skrives ÅÅÅÅ-MM-DD, fx 2024-06-30')
  .refine((value) => {
    // A value in the wrong form already has its error from the regex above; one error per mistake.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'er ikke en dato, der findes i kalenderen');

/** A year written with four digits. */
export const YearSchema = z.number().int().min(1990).max(2100);

/** Which substance area something concerns. */
export const SubstanceAreaSchema = z.enum(['alkohol', 'stof']);
export type SubstanceArea = z.infer<typeof SubstanceAreaSchema>;

/** An age range in whole years; either end may be open. */
export const AgeRangeSchema = z.strictObject({
  /** Lowest age included, in years. */
  fra: z.number().int().min(0).max(120).optional(),
  /** Highest age included, in years. */
  til: z.number().int().min(0).max(120).optional(),
});
