import { isAbsent, type MunicipalDocument } from '../../schemas/index.ts';
import type { DocumentView, KommuneView } from './site-data.ts';

type ComplaintRoute = Extract<MunicipalDocument['klageadgang'], unknown[]>[number];

/** What a citizen's complaint is about, and which of the data's complaint routes answer it. */
export interface ComplaintQuestion {
  slug: string;
  title: string;
  answers: (route: ComplaintRoute) => boolean;
}

const mentions = (route: ComplaintRoute, pattern: RegExp) =>
  [route.titel, ...(route.eksempler ?? [])].some((text) => pattern.test(text));

export const COMPLAINT_QUESTIONS: ComplaintQuestion[] = [
  { slug: 'stofbehandling', title: 'En afgørelse om stofbehandling', answers: (route) => route.emne === 'socialfaglig-afgoerelse' },
  { slug: 'sundhedsfaglig', title: 'Alkoholbehandling eller den sundhedsfaglige behandling, fx medicin', answers: (route) => route.emne === 'sundhedsfaglig-behandling' },
  { slug: 'personale', title: 'Personalets optræden eller sagsbehandlingen', answers: (route) => route.emne === 'personale-og-sagsbehandling' || route.emne === 'borgerraadgiver' },
  // Only routes whose own words name waiting or the deadline: the data, not this code, says where waiting is complained about.
  { slug: 'ventetid', title: 'Ventetid: behandlingen er ikke begyndt til tiden', answers: (route) => mentions(route, /ventetid|sagsbehandlingstid|behandlingsgaranti|\d+ dage/i) },
];

/** The complaint routes of a kommune's documents that answer `question`, each with its document. */
export function routesFor(kommune: KommuneView, question: ComplaintQuestion): { document: DocumentView; route: ComplaintRoute }[] {
  return kommune.documents.flatMap((document) => {
    const routes = document.data.klageadgang;
    return isAbsent(routes) ? [] : routes.filter(question.answers).map((route) => ({ document, route }));
  });
}
