import type { GlossaryTerm, KommuneList, LegalProvision, MunicipalDocument, RequirementCatalogue, SourceHeadings } from '../../schemas/index.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import type { Diagnostic, TextFile } from './types.ts';
import type { LocatedKeywords } from './text/keywords.ts';

/** Everything the check reads: the data files as text, the source texts, and the date to judge revision deadlines by. */
export interface DatasetFiles {
  documents: TextFile[];
  catalogues: TextFile[];
  provisions: TextFile[];
  /** The text check's keyword files (data/requirements/*.noegleord.yaml); checked against their catalogues. */
  keywords?: TextFile[];
  /** data/landet/kommuner.yaml: Denmark's kommuner and regions (optional: drafts are checked without it). */
  kommuneList?: TextFile;
  /** data/ordliste.yaml: the glossary (optional, like kommuneList). */
  glossary?: TextFile;
  /** Source texts by file name (as documents name them in `kildefil`). */
  sourceTexts: Record<string, string>;
  /**
   * The sources' heading maps (data/sources/*.headings.yaml), matched to documents by their `dokument` id. When given,
   * every document with a source must have one, and each section's text is compared with its span of the source.
   * The browser's draft check gives none: a pasted draft has no heading map.
   */
  headingMaps?: TextFile[];
  /** The date revision deadlines are judged against, YYYY-MM-DD. */
  today: string;
  /** Files that could not be read (a FIFO, a dangling link, no access, too large), found while loading: reported as they are. */
  unreadable?: Diagnostic[];
}

export interface Located<T> {
  file: string;
  parsed: ParsedYaml;
  data: T;
}

/** The checked data set: every file that passed its schema, and every diagnostic. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  documents: Located<MunicipalDocument>[];
  catalogues: Located<RequirementCatalogue>[];
  provisions: Located<LegalProvision[]>[];
  /** The keyword files that passed their schema and match their catalogue. */
  keywords: LocatedKeywords[];
  /** The kommune list, when it was given and passed its schema. */
  kommuneList?: KommuneList;
  /** The glossary's terms, when it was given and passed its schema. */
  glossary?: GlossaryTerm[];
}

/** What the rules see of the data set. */
export interface RuleContext {
  catalogues: Map<string, RequirementCatalogue>;
  provisions: Map<string, LegalProvision>;
  sourceTexts: Record<string, string>;
  /** Heading maps by document id; undefined when the data set has none (section texts are then not compared). */
  headingMaps?: Map<string, Located<SourceHeadings>>;
  /** The text check's keyword files, for cross-checking what the data records as not described. */
  keywords?: LocatedKeywords[];
  today: string;
}
