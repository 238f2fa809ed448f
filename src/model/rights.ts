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

/** A contact as the rights page shows it: name, phone numbers, hours and website, from the kontakt topic. */
export interface MainContact {
  document: KommuneView['documents'][number];
  item: { navn: string; telefon?: string[]; telefontid?: string; aabningstider?: { dag: string; tid: string }[]; hjemmeside?: string[]; kilde: never };
}

/**
 * The kommune's main contact: the first contact with a phone number in its newest current document (a dated-out one
 * only if no other). The rights page opens with it and every answer ends with it, so the next step is always a tap.
 */
export function mainContact(kommune: KommuneView): MainContact | undefined {
  const ordered = [...kommune.documents].sort((a, b) => Number(a.revision.kind !== 'current') - Number(b.revision.kind !== 'current'));
  return ordered.flatMap((document) => {
    const state = document.topic('kontakt');
    const items = state.kind === 'described' ? (state.value as MainContact['item'][]) : [];
    return items.filter((item) => item.telefon?.length).map((item) => ({ document, item }));
  })[0];
}

/** A website as a link target: the sources write "www.hedensted.dk" without a scheme. */
export const websiteHref = (site: string) => (/^https?:/.test(site) ? site : `https://${site}`);

/**
 * Tilbudsportalen's search for approved offers: where a citizen of a kommune without a document on the site can find
 * the local treatment centre. The address and the claim that approved treatment offers are registered there are from
 * the sources: Mariagerfjord's standard (»Behandlingsgaranti« and »Frit valg af behandlingstilbud«), Skanderborg's
 * 2025-2026 standard (afsnit 6.5) and Viborg's service declaration (its supervision report is on tilbudsportalen.dk).
 */
export const TILBUDSPORTALEN = 'https://tilbudsportalen.dk/tilbudssoegning/soegAlleTilbud/';
