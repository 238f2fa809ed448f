import type { APIRoute, GetStaticPaths } from 'astro';
import type { MunicipalDocument } from '../../../../schemas/index.ts';
import { jsonFile } from '../../../model/open-data/dataset.ts';
import { siteData } from '../../../model/site.ts';

export const getStaticPaths = (() =>
  siteData().documents.map((document) => ({ params: { dokument: document.data.id }, props: { data: document.data } }))) satisfies GetStaticPaths;

/** One document exactly as in data/kommuner/, valid against public/schemas/dokument.schema.json. */
export const GET: APIRoute<{ data: MunicipalDocument }> = ({ props }) => jsonFile(props.data);
