import type { APIRoute } from 'astro';
import { jsonFile } from '../../../model/open-data/dataset.ts';
import { hsdsServices } from '../../../model/open-data/hsds.ts';
import { siteData } from '../../../model/site.ts';

/** HSDS 3 services (one per offer), each valid against HSDS's service.json. */
export const GET: APIRoute = ({ site }) => jsonFile(hsdsServices(siteData(), site));
