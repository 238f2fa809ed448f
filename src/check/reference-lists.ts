import { GlossarySchema, KommuneListSchema, type GlossaryTerm, type KommuneList } from '../../schemas/index.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { locate } from './locate.ts';
import { parseYaml } from './parse-yaml.ts';
import { diagnostic } from './rule-catalogue.ts';
import { checkDuplicateIds } from './rules/duplicate-ids.ts';
import type { Diagnostic, TextFile } from './types.ts';

/**
 * The two reference lists beside the documents: Denmark's kommuner (data/landet/kommuner.yaml) and the glossary
 * (data/ordliste.yaml). Both get the same located messages as documents, so a typo in a code stops the build with
 * a line and column instead of a missing page.
 */
export function checkKommuneList(file: TextFile): { data?: KommuneList; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml(file.path, file.text);
  if (!parsed) return { diagnostics };
  const { data, diagnostics: schemaDiagnostics } = parseWithFriendlyErrors(KommuneListSchema, parsed);
  diagnostics.push(...schemaDiagnostics);
  if (!data) return { diagnostics };
  const at = (path: (string | number)[]) => locate(parsed, path);
  for (const list of ['regioner', 'kommuner'] as const) {
    const seen = new Map<string, number>();
    data[list].forEach((item, index) => {
      const { line, column } = at([list, index, 'kode']);
      const earlier = seen.get(item.kode);
      if (earlier === undefined) seen.set(item.kode, line);
      else
        diagnostics.push(
          diagnostic(
            'duplicate-id',
            file.path,
            line,
            column,
            `Koden "${item.kode}" står allerede på linje ${earlier}. Hver ${list === 'regioner' ? 'region' : 'kommune'} har sin egen kode fra Danmarks Statistik.`,
          ),
        );
    });
  }
  const regions = new Set(data.regioner.map((region) => region.kode));
  const names = new Map<string, number>();
  data.kommuner.forEach((kommune, index) => {
    if (!regions.has(kommune.region)) {
      const { line, column } = at(['kommuner', index, 'region']);
      diagnostics.push(
        diagnostic(
          'dangling-reference',
          file.path,
          line,
          column,
          `Regionskoden "${kommune.region}" findes ikke under regioner. Ret koden, eller tilføj regionen.`,
        ),
      );
    }
    const { line, column } = at(['kommuner', index, 'navn']);
    const earlier = names.get(kommune.navn);
    if (earlier !== undefined) {
      diagnostics.push(
        diagnostic(
          'duplicate-id',
          file.path,
          line,
          column,
          `Kommunen "${kommune.navn}" står allerede på linje ${earlier}. Navnet er kommunens adresse på siden og skal være entydigt.`,
        ),
      );
    } else names.set(kommune.navn, line);
  });
  return { data, diagnostics };
}

export function checkGlossary(file: TextFile): { data?: GlossaryTerm[]; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml(file.path, file.text);
  if (!parsed) return { diagnostics };
  const { data, diagnostics: schemaDiagnostics } = parseWithFriendlyErrors(GlossarySchema, parsed);
  diagnostics.push(...schemaDiagnostics);
  if (!data) return { diagnostics };
  diagnostics.push(...checkDuplicateIds(parsed, ['ord'], data.ord, 'ord i ordlisten'));
  // Two terms claiming the same word would make the first-use link ambiguous.
  const claimed = new Map<string, string>();
  data.ord.forEach((term, index) => {
    [term.term, ...(term.varianter ?? [])].forEach((word, wordIndex) => {
      const key = word.toLocaleLowerCase('da');
      const owner = claimed.get(key);
      if (owner !== undefined && owner !== term.id) {
        const { line, column } = locate(parsed, wordIndex === 0 ? ['ord', index, 'term'] : ['ord', index, 'varianter', wordIndex - 1]);
        diagnostics.push(
          diagnostic('duplicate-id', file.path, line, column, `Ordet "${word}" hører allerede til "${owner}" i ordlisten. Et ord kan kun forklares ét sted.`),
        );
      } else claimed.set(key, term.id);
    });
  });
  return { data: data.ord, diagnostics };
}
