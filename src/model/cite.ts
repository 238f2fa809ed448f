import { da } from '../i18n/da.ts';
import type { DocumentView, SectionLink } from './site-data.ts';

const dashes = (text: string) => text.replace(/(\d{4})\s*[-–]\s*(\d{4})/g, '$1–$2');

/** "Skanderborg Kommune, Kvalitetsstandard for … 2025–2026" and "afsnit 4.3" (or "afsnittet »Kontakt«"). */
export function citeLabel(document: DocumentView, section: SectionLink): { lead: string; sectionLabel: string } {
  const title = dashes(document.data.titel);
  const year = dashes(document.year);
  // "(2025-2026)" after a title that already ends in 2025–2026 says the same thing twice.
  const withYear = title.includes(year) ? title : `${title}, ${year === da.revision.undatedYear ? year.toLowerCase() : year}`;
  return { lead: `${da.kommune.heading(document.data.kommune)}, ${withYear}`, sectionLabel: sectionLabel(section) };
}

export function sectionLabel(section: Pick<SectionLink, 'id' | 'heading'>): string {
  return /^\d/.test(section.id) ? da.sourceSection(section.id) : da.sourceSectionNamed(section.heading);
}
