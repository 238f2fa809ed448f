import { z } from 'zod';

/** One of Denmark's five regions, with Danmarks Statistik's region code. */
export const RegionSchema = z.strictObject({
  /** Danmarks Statistik's four-digit region code, e.g. "1082" for Region Midtjylland. */
  kode: z.string().regex(/^10[0-9]{2}$/, 'skal være Danmarks Statistiks firecifrede regionskode, fx "1082"'),
  /** The region's name, e.g. "Region Midtjylland". */
  navn: z.string().min(1),
});

/** One of Denmark's kommuner, with Danmarks Statistik's kommune code. */
export const KommuneEntrySchema = z.strictObject({
  /** Danmarks Statistik's three-digit kommunekode, e.g. "746" for Skanderborg. */
  kode: z.string().regex(/^[0-9]{3}$/, 'skal være Danmarks Statistiks trecifrede kommunekode, fx "746"'),
  /** The kommune's name without "Kommune", written as documents write it in their `kommune` field, e.g. "Skanderborg". */
  navn: z.string().min(1),
  /** The code of the region the kommune lies in; must be one of `regioner`. */
  region: z.string().regex(/^10[0-9]{2}$/, 'skal være en regionskode fra listen regioner, fx "1082"'),
});

/** data/landet/kommuner.yaml: every kommune in Denmark, so a citizen of any kommune finds a page. */
export const KommuneListSchema = z.strictObject({
  /** The regions, each once. */
  regioner: z.array(RegionSchema).min(1),
  /** The kommuner, each once. */
  kommuner: z.array(KommuneEntrySchema).min(1),
});
export type Region = z.infer<typeof RegionSchema>;
export type KommuneEntry = z.infer<typeof KommuneEntrySchema>;
export type KommuneList = z.infer<typeof KommuneListSchema>;
