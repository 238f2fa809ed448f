import type { APIRoute } from 'astro';
import { dataset, jsonFile } from '../../model/open-data/dataset.ts';
import { siteData } from '../../model/site.ts';

export const GET: APIRoute = ({ site }) => jsonFile(dataset(siteData(), site));
