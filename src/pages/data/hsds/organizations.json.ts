import type { APIRoute } from 'astro';
import { jsonFile } from '../../../model/open-data/dataset.ts';
import { hsdsOrganizations } from '../../../model/open-data/hsds.ts';
import { siteData } from '../../../model/site.ts';

/** HSDS 3 organizations (one per kommune), each valid against HSDS's organization.json. */
export const GET: APIRoute = () => jsonFile(hsdsOrganizations(siteData()));
