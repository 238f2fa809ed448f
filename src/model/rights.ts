import { CHILDREN_QUESTION, RIGHTS_TOPICS } from '../topics/registry.ts';
import type { KommuneView, LegalProvision, SiteData } from './site-data.ts';

/** The citizen's questions on a rights page, in the order a person in need asks them (from the topic registry). */
export const RIGHTS_QUESTIONS = [...RIGHTS_TOPICS.map((topic) => topic.rights), CHILDREN_QUESTION].sort((a, b) => a.order - b.order);
export type RightsQuestion = (typeof RIGHTS_QUESTIONS)[number];

/** What the law says on a question, from the provisions data: shown apart from what the kommune says. */
export function lawOn(data: SiteData, questionId: string): LegalProvision[] {
  return [...data.provisions.values()].filter((provision) => (provision.besvarer as string[] | undefined)?.includes(questionId));
}

/** Whether any document of the kommune is overdue for revision or undated: the page then says so at the top. */
export function outdatedDocuments(kommune: KommuneView) {
  return kommune.documents.filter((document) => document.revision.kind !== 'current');
}
