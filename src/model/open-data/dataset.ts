import type { Dataset } from '../../../schemas/index.ts';
import { da } from '../../i18n/da.ts';
import type { SiteData } from '../site-data.ts';

/** The whole checked data set as one JSON value (see schemas/dataset.ts). */
export function dataset(data: SiteData, site: URL | undefined): Dataset {
  return {
    om: {
      titel: da.openData.datasetTitle,
      kilde: da.openData.termsSource,
      vilkaar: da.openData.termsReuse,
      ...(site ? { adresse: site.href } : {}),
    },
    dokumenter: data.documents.map((document) => document.data),
    kravkataloger: data.catalogues,
    bestemmelser: [...data.provisions.values()],
  };
}

/** JSON as the downloads write it: indented, so a diff of two versions is readable, and ending in a newline. */
export const jsonFile = (value: unknown): Response =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** A path on the site, absolute when the build knows the site's address (SITE_URL). */
export const pageUrlFor =
  (site: URL | undefined) =>
  (path: string): string =>
    site ? new URL(path, site).href : path;
