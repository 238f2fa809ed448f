import type { LegalProvision } from '../../schemas/index.ts';
import type { KommuneView, SiteData } from './site-data.ts';

/** The citizen's questions on a rights page, in the order a person in need asks them. */
export const RIGHTS_QUESTIONS = ['kontakt', 'behandlingsgaranti', 'frit-valg', 'anonymitet', 'betaling', 'opfoelgning', 'boern', 'klage'] as const;
export type RightsQuestion = (typeof RIGHTS_QUESTIONS)[number];

/** What the law says on a question, from the provisions data: shown apart from what the kommune says. */
export function lawOn(data: SiteData, question: RightsQuestion): LegalProvision[] {
  return [...data.provisions.values()].filter((provision) => provision.besvarer?.includes(question));
}

/** Whether any document of the kommune is overdue for revision or undated: the page then says so at the top. */
export function outdatedDocuments(kommune: KommuneView) {
  return kommune.documents.filter((document) => document.revision.kind !== 'current');
}
