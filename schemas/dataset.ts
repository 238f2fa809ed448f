import { z } from 'zod';
import { DocumentSchema } from './document.ts';
import { LegalProvisionSchema } from './legal-provision.ts';
import { RequirementCatalogueSchema } from './requirement-catalogue.ts';

/** The whole data set as one download (/data/rusmiddelstandarder.json): the checked data exactly as the site uses it. */
export const DatasetSchema = z.strictObject({
  /** What the file is, where the data comes from and on what terms it may be reused, in plain Danish. */
  om: z.strictObject({
    /** The site's name. */
    titel: z.string().min(1),
    /** Where the data comes from and how it was checked. */
    kilde: z.string().min(1),
    /** The terms of reuse. */
    vilkaar: z.string().min(1),
    /** The site address, when the build knows it (SITE_URL). */
    adresse: z.url().optional(),
  }),
  /** Every document, as in data/kommuner/. */
  dokumenter: z.array(DocumentSchema),
  /** The requirement catalogues (bekendtgørelser) the kvalitetsstandarder are checked against. */
  kravkataloger: z.array(RequirementCatalogueSchema),
  /** The law provisions the data refers to. */
  bestemmelser: z.array(LegalProvisionSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
