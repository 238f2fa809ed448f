import type { CheckResult } from '../check/index.ts';
import type { GlossaryTerm, KommuneList, LegalProvision, MunicipalDocument, RequirementCatalogue } from '../../schemas/index.ts';

/**
 * The id under which the data-check integration hands the checked data to the pages: a Vite virtual module, the way
 * Starlight hands its configuration to its pages. The integration runs the check once in Astro's config context; the
 * pages, rendered in Vite's module runner, import the result instead of parsing every YAML file a second time.
 */
export const CHECKED_DATA_MODULE = 'virtual:rusmiddelstandarder/checked-data';

/** What the pages need of a check result: the validated data, not the parsed YAML trees. */
export interface CheckedData {
  documents: { file: string; data: MunicipalDocument }[];
  catalogues: RequirementCatalogue[];
  provisions: LegalProvision[];
  kommuneList?: KommuneList;
  glossary?: GlossaryTerm[];
}

/** The checked data and the date revision deadlines were judged by. */
export interface CheckedDataset {
  result: CheckedData;
  today: string;
}

/** Drops the parsed YAML documents (with every node's position), which are by far the largest part of a result. */
export function checkedData(result: CheckResult): CheckedData {
  return {
    documents: result.documents.map(({ file, data }) => ({ file, data })),
    catalogues: result.catalogues.map((catalogue) => catalogue.data),
    provisions: result.provisions.flatMap((file) => file.data),
    kommuneList: result.kommuneList,
    glossary: result.glossary,
  };
}

/**
 * The virtual module's source. With a file (the check cache's entry, src/integrations/check-cache.ts), the module reads
 * the JSON when the pages run: the bundler then never carries the whole data set as one string literal through its
 * parse, transform and chunk steps (tens of MB at national scale, held until the build ends). Without one, the data as
 * one JSON string literal, which JavaScript engines parse fastest.
 */
export function checkedDataModuleSource(checked: { file: string } | { json: string }): string {
  if ('file' in checked) return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(checked.file)}, 'utf8'));\n`;
  return `export default JSON.parse(${JSON.stringify(checked.json)});\n`;
}
