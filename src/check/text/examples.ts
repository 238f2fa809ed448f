import type { MunicipalDocument } from '../../../schemas/index.ts';
import { slugify } from '../slug.ts';

/**
 * "Sådan beskriver andre kommuner punktet": for each mandatory point, up to three short excerpts from documents on the
 * site that describe it (status beskrevet), each from the first section the document lists for the point, with a link
 * to that section. Pure: the CLI passes the data set's documents; the build writes the same as a small static JSON
 * for the browser page /tjek/ (src/pages/tjek/eksempler.json.ts).
 */
export interface PointExample {
  kommune: string;
  dokument: string;
  /** The section's heading as the document writes it. */
  overskrift: string;
  /** The section's first words, at most EXCERPT_CHARACTERS, cut at a word. */
  uddrag: string;
  /** The section on the site: /kommuner/<kommune>/<dokument>/#afsnit-<id>. */
  href: string;
}

export const EXAMPLES_PER_POINT = 3;
const EXCERPT_CHARACTERS = 220;

function excerpt(markdown: string): string {
  const flat = markdown
    .replace(/^\s*(?:[-*•]|\d+\.)\s+/gm, '')
    .replace(/[*_`#>|]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= EXCERPT_CHARACTERS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARACTERS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARACTERS - 40)).trimEnd()} …`;
}

export function pointExamples(documents: readonly MunicipalDocument[]): Record<string, PointExample[]> {
  const examples: Record<string, PointExample[]> = {};
  for (const document of documents) {
    for (const [pointId, status] of Object.entries(document.krav ?? {})) {
      if (status.status !== 'beskrevet') continue;
      const list = (examples[pointId] ??= []);
      if (list.length >= EXAMPLES_PER_POINT) continue;
      const section = status.afsnit.map((id) => document.afsnit.find((candidate) => candidate.id === id)).find((candidate) => candidate?.tekst?.trim());
      if (!section) continue;
      list.push({
        kommune: document.kommune,
        dokument: document.titel,
        overskrift: section.overskrift,
        uddrag: excerpt(section.tekst!),
        href: `/kommuner/${slugify(document.kommune)}/${document.id}/#afsnit-${section.id}`,
      });
    }
  }
  return examples;
}
