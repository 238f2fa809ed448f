import type { ListItem } from '../topics/columns.ts';
import type { DocumentView } from './site-data.ts';
import { slugify } from '../check/slug.ts';

/** One residential institution as the documents that name it describe it. */
export interface InstitutionMentions {
  slug: string;
  navn: string;
  mentions: { document: DocumentView; institution: ListItem<'doegninstitutioner'> }[];
}

/** Residential institutions across all documents, grouped by name. */
export function residentialInstitutions(documents: DocumentView[]): InstitutionMentions[] {
  const byName = new Map<string, InstitutionMentions>();
  for (const document of documents) {
    const state = document.topic('doegninstitutioner');
    if (state.kind !== 'described') continue;
    for (const institution of state.value) {
      const slug = slugify(institution.navn);
      const entry = byName.get(slug) ?? { slug, navn: institution.navn, mentions: [] };
      entry.mentions.push({ document, institution });
      byName.set(slug, entry);
    }
  }
  return [...byName.values()].sort((a, b) => a.navn.localeCompare(b.navn, 'da'));
}
