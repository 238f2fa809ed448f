import type { MunicipalDocument } from '../../../schemas/index.ts';
import { slugify } from '../slug.ts';
import type { Located } from '../dataset.ts';
import { locate, type PathSegment } from '../locate.ts';
import { diagnostic } from '../rule-catalogue.ts';
import type { Diagnostic } from '../types.ts';

interface NamedAt {
  document: Located<MunicipalDocument>;
  path: PathSegment[];
  name: string;
}

/**
 * Names that become addresses on the site, with the same slug function the pages use (src/check/slug.ts):
 * kommune names (/kommuner/<kommune>/, /rettigheder/<kommune>/) and residential institutions
 * (/doegninstitutioner/<navn>/). A name whose slug is empty ("—") would crash the build; two different names with
 * one slug ("Ærø" and "Aeroe") would silently share one page. Both are located errors, found before the build.
 * The same name in several documents is one kommune or institution, as intended.
 */
export function checkSlugs(documents: readonly Located<MunicipalDocument>[]): Diagnostic[] {
  const kommuner: NamedAt[] = documents.map((document) => ({ document, path: ['kommune'], name: document.data.kommune }));
  const institutions: NamedAt[] = documents.flatMap((document) => {
    const list = document.data.doegninstitutioner;
    return Array.isArray(list) ? list.map((institution, index) => ({ document, path: ['doegninstitutioner', index, 'navn'], name: institution.navn })) : [];
  });
  return [...check(kommuner, 'kommunenavnet', '/kommuner/'), ...check(institutions, 'institutionens navn', '/doegninstitutioner/')];
}

function check(names: NamedAt[], what: string, prefix: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, NamedAt>();
  for (const named of names) {
    const slug = slugify(named.name);
    // Located only for a finding: locating reads the file's positions, which a file without findings never needs.
    if (slug === '') {
      const { line, column } = locate(named.document.parsed, named.path);
      diagnostics.push(
        diagnostic(
          'empty-slug',
          named.document.file,
          line,
          column,
          `${capitalise(what)} "${named.name}" indeholder ingen bogstaver eller tal, så det giver ingen adresse på siden (${prefix}…/). Skriv navnet, som kilden skriver det.`,
        ),
      );
      continue;
    }
    const earlier = first.get(slug);
    if (!earlier) {
      first.set(slug, named);
    } else if (earlier.name !== named.name) {
      const { line, column } = locate(named.document.parsed, named.path);
      const where = locate(earlier.document.parsed, earlier.path);
      diagnostics.push(
        diagnostic(
          'slug-collision',
          named.document.file,
          line,
          column,
          `${capitalise(what)} "${named.name}" giver samme adresse (${prefix}${slug}/) som "${earlier.name}" i ${earlier.document.file}:${where.line}:${where.column}, så de to ville blive lagt sammen på én side. Er det det samme navn, så skriv det ens begge steder; ellers skriv navnene, så de kan skelnes.`,
        ),
      );
    }
  }
  return diagnostics;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
