import type { ListItem } from '../topics/columns.ts';
import type { DocumentView, KommuneView } from './site-data.ts';

export type ComplaintRoute = ListItem<'klageadgang'>;

/** What a citizen's complaint is about, and which of the data's complaint routes answer it. */
export interface ComplaintQuestion {
  slug: string;
  title: string;
  /** Only routes whose subject (emne, and area where the source separates alcohol and drugs) the source states. */
  answers: (route: ComplaintRoute) => boolean;
}

const mentions = (route: ComplaintRoute, pattern: RegExp) => [route.titel, ...(route.eksempler ?? [])].some((text) => pattern.test(text));

const isDecision = (route: ComplaintRoute) => route.emne === 'socialfaglig-afgoerelse';

export const COMPLAINT_QUESTIONS: ComplaintQuestion[] = [
  { slug: 'stofbehandling', title: 'En afgørelse om stofbehandling', answers: (route) => isDecision(route) && route.omraade !== 'alkohol' },
  // Only where the source gives alcohol its own route: a drug route never answers for alcohol.
  {
    slug: 'alkoholbehandling',
    title: 'En afgørelse om alkoholbehandling',
    answers: (route) => route.omraade === 'alkohol' && route.emne !== 'personale-og-sagsbehandling',
  },
  {
    slug: 'sundhedsfaglig',
    title: 'Den sundhedsfaglige behandling, fx medicin',
    answers: (route) => route.emne === 'sundhedsfaglig-behandling' && route.omraade !== 'alkohol',
  },
  {
    slug: 'personale',
    title: 'Personalet, eller hvordan din sag bliver behandlet',
    answers: (route) => route.emne === 'personale-og-sagsbehandling' || route.emne === 'borgerraadgiver',
  },
  // Waiting for treatment to start (the behandlingsgaranti), as the route's own words name it: case-processing time
  // ("sagsbehandlingstid") is another matter and does not answer this question.
  {
    slug: 'ventetid',
    title: 'Ventetid: behandlingen er ikke begyndt til tiden',
    answers: (route) => mentions(route, /ventetid|behandlingsgaranti|iværksat inden for \d+ dage/i),
  },
  { slug: 'kvalitetsstandarden', title: 'Kvalitetsstandarden selv', answers: (route) => route.emne === 'kvalitetsstandarden' },
];

/** The complaint routes of a kommune's documents that answer `question`, each with its document. */
export function routesFor(kommune: KommuneView, question: ComplaintQuestion): { document: DocumentView; route: ComplaintRoute }[] {
  return kommune.documents.flatMap((document) => {
    const state = document.topic('klageadgang');
    return state.kind === 'described' ? state.value.filter(question.answers).map((route) => ({ document, route })) : [];
  });
}

/** Whether a kommune's documents give alcohol and drug matters separate routes (then a missing alcohol route is said so). */
export function separatesAreas(kommune: KommuneView): boolean {
  return kommune.documents.some((document) => {
    const state = document.topic('klageadgang');
    return state.kind === 'described' && state.value.some((route) => route.omraade !== undefined);
  });
}
