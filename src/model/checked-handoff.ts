import type { CheckResult } from '../check/index.ts';
import type { GlossaryTerm, KommuneList, LegalProvision, MunicipalDocument, RequirementCatalogue } from '../../schemas/index.ts';

/**
 * The data-check integration runs in Astro's config context and the pages in Vite's module runner: two module
 * graphs in one process. Handing the checked result over through a process-wide slot spares the pages a second
 * parse of every YAML file (the most expensive part of a build).
 */
const SLOT = Symbol.for('rusmiddelstandarder.checked-dataset');

/** What the pages need of a check result: the validated data, not the parsed YAML trees. */
export interface CheckedData {
  documents: { file: string; data: MunicipalDocument }[];
  catalogues: RequirementCatalogue[];
  provisions: LegalProvision[];
  kommuneList?: KommuneList;
  glossary?: GlossaryTerm[];
}

interface CheckedDataset {
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

export function handOverCheckedDataset(checked: CheckedDataset): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = checked;
}

export function takeCheckedDataset(): CheckedDataset | undefined {
  return (globalThis as Record<symbol, unknown>)[SLOT] as CheckedDataset | undefined;
}
