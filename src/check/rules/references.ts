import { diagnostic } from '../rule-catalogue.ts';
import { locate, type PathSegment } from '../locate.ts';
import { forEachFact } from '../walk.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { Diagnostic } from '../types.ts';
import type { MunicipalDocument } from '../../../schemas/index.ts';

/** Every reference resolves: section ids, law provision ids and the source file. Rule: dangling-reference. */
export function checkReferences(doc: Located<MunicipalDocument>, ctx: RuleContext): Diagnostic[] {
  const { data, parsed, file } = doc;
  const diagnostics: Diagnostic[] = [];
  const report = (path: PathSegment[], message: string) => {
    const { line, column } = locate(parsed, path);
    diagnostics.push(diagnostic('dangling-reference', file, line, column, message));
  };
  const sectionIds = new Set(data.afsnit.map((section) => section.id));
  const sectionHint = `Afsnit i dokumentet: ${[...sectionIds].join(', ')}.`;

  // A source not supplied (/tjek/) is not a dangling reference: the reviewer chose not to give it.
  if (!Object.hasOwn(ctx.sourceTexts, data.kildefil) && !ctx.sourcesNotSupplied) {
    report(['kildefil'], `Kildefilen "${data.kildefil}" findes ikke i data/sources/. Læg kildeteksten dér, eller ret filnavnet.`);
  }
  forEachFact(data, (fact, path) => {
    const cited = (fact.kilde as { afsnit: string | string[] }).afsnit;
    (typeof cited === 'string' ? [cited] : cited).forEach((section, index) => {
      const at: PathSegment[] = typeof cited === 'string' ? [...path, 'kilde', 'afsnit'] : [...path, 'kilde', 'afsnit', index];
      if (!sectionIds.has(section)) report(at, `Afsnittet "${section}" findes ikke i dokumentet. ${sectionHint}`);
    });
    const hjemmel = fact.hjemmel;
    if (Array.isArray(hjemmel)) {
      hjemmel.forEach((id, index) => {
        if (!ctx.provisions.has(String(id))) {
          report(
            [...path, 'hjemmel', index],
            `Lovbestemmelsen "${String(id)}" findes ikke i data/requirements/bestemmelser.yaml. Brug en af: ${[...ctx.provisions.keys()].join(', ')}, eller tilføj bestemmelsen dér.`,
          );
        }
      });
    }
  });
  for (const [pointId, status] of Object.entries(data.krav ?? {})) {
    if (status.status === 'ikke-beskrevet') continue;
    status.afsnit.forEach((section, index) => {
      if (!sectionIds.has(section)) {
        report(['krav', pointId, 'afsnit', index], `Punktet "${pointId}" henviser til afsnit "${section}", som ikke findes i dokumentet. ${sectionHint}`);
      }
    });
  }
  for (const [pointId, mention] of Object.entries(data.omtalte_punkter ?? {})) {
    mention.afsnit.forEach((section, index) => {
      if (!sectionIds.has(section)) {
        report(
          ['omtalte_punkter', pointId, 'afsnit', index],
          `Punktet "${pointId}" under "omtalte_punkter" henviser til afsnit "${section}", som ikke findes i dokumentet. ${sectionHint}`,
        );
      }
    });
  }
  return diagnostics;
}
