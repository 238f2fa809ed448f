import type { RequirementCatalogue } from '../../schemas/index.ts';
import type { KeywordFile } from '../../schemas/point-keywords.ts';
import { checkDraftText, type Evidence } from '../check/text/index.ts';
import type { ImportedSection } from './sections.ts';

/**
 * The 18-point mapping, proposed by the draft-text check (src/check/text/): a point the check finds is "beskrevet"
 * in the sections its evidence stands in; a point it does not find is "ikke-beskrevet", with what the check saw.
 * A person confirms each.
 */
export interface PointProposal {
  id: string;
  nummer: number;
  status: 'beskrevet' | 'ikke-beskrevet';
  /** Section ids, for a described point. */
  afsnit: string[];
  /** What the check found, in Danish, for the confirmation note. */
  grundlag: string;
}

/** The section a source line stands in (the last section starting at or before it). */
export function sectionAtLine(sections: readonly ImportedSection[], line: number): ImportedSection | undefined {
  let found: ImportedSection | undefined;
  for (const section of sections) {
    if (section.fromLine <= line) found = section;
    else break;
  }
  return found;
}

export function proposePoints(text: string, sections: readonly ImportedSection[], catalogue: RequirementCatalogue, keywords: KeywordFile): PointProposal[] {
  const check = checkDraftText(text, 'kilde', catalogue, keywords);
  return check.points.map((result) => {
    const { point } = result;
    if (result.status === 'fundet') {
      const headings = result.evidence.filter((evidence) => evidence.kind === 'overskrift');
      // Headings say where a point is described; without one, the strongest passage does.
      const used: Evidence[] = headings.length > 0 ? headings : result.evidence.slice(0, 1);
      const afsnit = [
        ...new Set(
          used.flatMap((evidence) => {
            const section = sectionAtLine(sections, evidence.line);
            return section ? [section.id] : [];
          }),
        ),
      ];
      if (afsnit.length > 0) {
        const how = used
          .map((evidence) =>
            evidence.kind === 'overskrift' ? `overskriften »${evidence.text}« (linje ${evidence.line})` : `teksten »${evidence.text}« (linje ${evidence.line})`,
          )
          .join(' og ');
        return { id: point.id, nummer: point.nummer, status: 'beskrevet', afsnit, grundlag: `Tekstkontrollen fandt punktet i ${how}.` };
      }
    }
    if (result.status === 'kun-nævnt') {
      const first = result.evidence[0]!;
      const where = sectionAtLine(sections, first.line);
      return {
        id: point.id,
        nummer: point.nummer,
        status: 'ikke-beskrevet',
        afsnit: [],
        grundlag: `Tekstkontrollen fandt kun, at punktet nævnes${result.placeholder ? ' over en pladsholder' : ''}: »${first.text}« (linje ${first.line}${where ? `, afsnit ${where.id}` : ''}). Beskriver afsnittet punktet alligevel, så skriv "beskrevet" eller "delvist" med afsnittet.`,
      };
    }
    const mention =
      result.status === 'mangler' && result.mention
        ? ` Punktet nævnes i »${result.mention.text}« (linje ${result.mention.line}), men det er ikke nok til en beskrivelse.`
        : '';
    return {
      id: point.id,
      nummer: point.nummer,
      status: 'ikke-beskrevet',
      afsnit: [],
      grundlag: `Tekstkontrollen fandt ingen overskrift eller beskrivelse af punktet.${mention}`,
    };
  });
}
