import { primarySection, type SourceReference } from '../../schemas/index.ts';
import { forEachFact } from '../check/walk.ts';
import type { DocumentView, SiteData } from './site-data.ts';

/** A fact in a document that names a law provision as its basis. */
export interface ProvisionUse {
  document: DocumentView;
  /** What the fact is, for a link text: the offer's name, the route's title, or the topic. */
  label: string;
  /** The section the fact is stated in. */
  sectionId: string;
}

/** Every fact in the documents that rests on `provisionId`. */
export function usesOfProvision(data: SiteData, provisionId: string): ProvisionUse[] {
  return data.documents.flatMap((document) => {
    const uses: ProvisionUse[] = [];
    forEachFact(document.data, (fact, path) => {
      if (!Array.isArray(fact.hjemmel) || !fact.hjemmel.includes(provisionId)) return;
      const label = String(fact.navn ?? fact.titel ?? fact.gaelder ?? path[0]);
      uses.push({ document, label, sectionId: primarySection(fact.kilde as SourceReference) });
    });
    return uses;
  });
}
