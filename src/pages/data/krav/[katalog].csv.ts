import type { APIRoute, GetStaticPaths } from 'astro';
import type { RequirementCatalogue } from '../../../../schemas/index.ts';
import { csvFile } from '../../../model/open-data/csv.ts';
import { pageUrlFor } from '../../../model/open-data/dataset.ts';
import { matrixTable } from '../../../model/open-data/tables.ts';
import { siteData } from '../../../model/site.ts';

export const getStaticPaths = (() =>
  siteData().catalogues.map((catalogue) => ({ params: { katalog: catalogue.id }, props: { catalogue } }))) satisfies GetStaticPaths;

/** The matrix of /krav/ in long form: one row per point and document. */
export const GET: APIRoute<{ catalogue: RequirementCatalogue }> = ({ props, site }) =>
  csvFile(matrixTable(props.catalogue, siteData().documents, pageUrlFor(site)));
