import type { APIRoute } from 'astro';
import { pointExamples } from '../../check/text/examples.ts';
import { siteData } from '../../model/site.ts';

/**
 * /tjek/eksempler.json: "Sådan beskriver andre kommuner punktet" for the draft check in the browser: up to three short
 * excerpts per point from documents on the site, written at build time (a few kilobytes), so the page needs neither
 * the documents nor anything from another origin.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(pointExamples(siteData().documents.map((document) => document.data))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
