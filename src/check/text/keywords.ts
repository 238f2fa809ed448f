import { KeywordFileSchema, type KeywordFile } from '../../../schemas/point-keywords.ts';
import type { RequirementCatalogue } from '../../../schemas/index.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { locate } from '../locate.ts';
import { parseYaml, type ParsedYaml } from '../parse-yaml.ts';
import { diagnostic } from '../rule-catalogue.ts';
import type { Diagnostic, TextFile } from '../types.ts';

/** Keyword files lie beside their catalogue: data/requirements/<catalogue id>.noegleord.yaml. */
export const KEYWORD_FILE_SUFFIX = '.noegleord.yaml';

export interface LocatedKeywords {
  file: string;
  parsed: ParsedYaml;
  data: KeywordFile;
}

/**
 * Reads a keyword file the way every data file is read (YAML with positions, then the zod schema with friendly
 * messages), and checks it against its catalogue: the catalogue must exist, and every point must have keywords and
 * no unknown point may. Every problem is a located diagnostic.
 */
export function parseKeywordFile(
  file: TextFile,
  catalogues: ReadonlyMap<string, RequirementCatalogue>,
): { keywords?: LocatedKeywords; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics: parseDiagnostics } = parseYaml(file.path, file.text);
  if (!parsed) return { diagnostics: parseDiagnostics };
  // A parsed file can still carry located string problems (control characters, blank values): keep them.
  const result = checkParsedKeywordFile(file, parsed, catalogues);
  return parseDiagnostics.length === 0 ? result : { diagnostics: [...parseDiagnostics, ...result.diagnostics] };
}

function checkParsedKeywordFile(
  file: TextFile,
  parsed: ParsedYaml,
  catalogues: ReadonlyMap<string, RequirementCatalogue>,
): { keywords?: LocatedKeywords; diagnostics: Diagnostic[] } {
  const { data, diagnostics: schemaDiagnostics } = parseWithFriendlyErrors(KeywordFileSchema, parsed);
  if (!data) return { diagnostics: schemaDiagnostics };

  const catalogue = catalogues.get(data.kravkatalog);
  if (!catalogue) {
    const { line, column } = locate(parsed, ['kravkatalog']);
    const known = [...catalogues.keys()].join(', ') || '(ingen)';
    return {
      diagnostics: [
        diagnostic(
          'unknown-catalogue',
          file.path,
          line,
          column,
          `Kravkataloget "${data.kravkatalog}" findes ikke i data/requirements/. Kendte kataloger: ${known}.`,
        ),
      ],
    };
  }
  const problems: Diagnostic[] = [];
  const known = new Set(catalogue.punkter.map((point) => point.id));
  for (const id of Object.keys(data.punkter)) {
    if (known.has(id)) continue;
    const { line, column } = locate(parsed, ['punkter', id], 'key');
    problems.push(
      diagnostic(
        'unknown-point',
        file.path,
        line,
        column,
        `"${id}" er ikke et punkt i ${catalogue.kort_titel}. Ret id'et til et af: ${[...known].join(', ')}.`,
      ),
    );
  }
  for (const point of catalogue.punkter) {
    if (Object.hasOwn(data.punkter, point.id)) continue;
    const { line, column } = locate(parsed, ['punkter'], 'key');
    problems.push(
      diagnostic(
        'schema',
        file.path,
        line,
        column,
        `punkter: punkt ${point.nummer} "${point.id}" har ingen nøgleord, så tekstkontrollen kan aldrig finde det. Tilføj "${point.id}: { overskrifter: [...], udtryk: [...] }".`,
      ),
    );
  }
  return problems.length > 0 ? { diagnostics: problems } : { keywords: { file: file.path, parsed, data }, diagnostics: [] };
}
