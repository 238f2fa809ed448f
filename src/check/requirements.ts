import type { KeywordFile } from '../../schemas/point-keywords.ts';
import type { LegalProvision, RequirementCatalogue } from '../../schemas/index.ts';
import type { CheckResult } from './dataset.ts';
import { KEYWORD_FILE_SUFFIX, type LocatedKeywords } from './text/keywords.ts';

/*
 * The glue every face of the check shares (the build, the CLI, the import, /tjek/ and its worker): which file under
 * data/requirements/ is what, which catalogue is current, and what the text check of a draft is set up with. Each face
 * used to carry its own copy; they drifted (one compared names case-insensitively, one chose among all catalogues).
 */

/** The law provisions: data/requirements/bestemmelser.yaml. */
const PROVISIONS_FILE_SUFFIX = 'bestemmelser.yaml';

export type RequirementFileKind = 'provisions' | 'keywords' | 'catalogue';

/** What a file under data/requirements/ holds, by its name, in any case ("Bestemmelser.YAML" is the provisions). */
export function requirementFileKind(path: string): RequirementFileKind {
  const name = path.toLowerCase();
  if (name.endsWith(PROVISIONS_FILE_SUFFIX)) return 'provisions';
  if (name.endsWith(KEYWORD_FILE_SUFFIX)) return 'keywords';
  return 'catalogue';
}

/** The files of data/requirements/ sorted into the three kinds the check reads (DatasetFiles' fields of those names). */
export function splitRequirementFiles<T extends { path: string }>(files: readonly T[]): { provisions: T[]; keywords: T[]; catalogues: T[] } {
  const split = { provisions: [] as T[], keywords: [] as T[], catalogues: [] as T[] };
  for (const file of files) {
    const kind = requirementFileKind(file.path);
    split[kind === 'catalogue' ? 'catalogues' : kind].push(file);
  }
  return split;
}

/**
 * The current catalogue: the most recently issued (`udstedt`) of those that apply to kvalitetsstandarder, the law's
 * points a citizen or reviewer looks for. `usable` narrows the choice (the text check needs a keyword file). The
 * mandatory-point rules, the absence rule, the text check and the import all choose with this.
 */
export function currentCatalogue(
  catalogues: Iterable<RequirementCatalogue>,
  usable: (catalogue: RequirementCatalogue) => boolean = () => true,
): RequirementCatalogue | undefined {
  return [...catalogues]
    .filter((catalogue) => catalogue.gaelder_for.includes('kvalitetsstandard') && usable(catalogue))
    .sort((a, b) => b.udstedt.localeCompare(a.udstedt))[0];
}

/** The keyword file of a catalogue, if one passed the check. */
export function keywordsFor(catalogue: RequirementCatalogue, keywordFiles: readonly LocatedKeywords[]): LocatedKeywords | undefined {
  return keywordFiles.find((file) => file.data.kravkatalog === catalogue.id);
}

/** What the text check of a draft (checkDraftText) needs: the current catalogue with keywords, and the law provisions. */
export interface TextCheckSetup {
  catalogue: RequirementCatalogue;
  keywords: KeywordFile;
  provisions: Map<string, LegalProvision>;
}

/**
 * The text check's setup from a checked data set: the current catalogue that has a keyword file, its keywords and
 * the law provisions. Undefined when no catalogue qualifies (each face says so in its own words).
 */
export function textCheckSetup(result: Pick<CheckResult, 'catalogues' | 'keywords' | 'provisions'>): TextCheckSetup | undefined {
  const catalogue = currentCatalogue(
    result.catalogues.map((located) => located.data),
    (candidate) => keywordsFor(candidate, result.keywords) !== undefined,
  );
  if (!catalogue) return undefined;
  const provisions = new Map(result.provisions.flatMap((file) => file.data.map((provision) => [provision.id, provision] as const)));
  return { catalogue, keywords: keywordsFor(catalogue, result.keywords)!.data, provisions };
}
