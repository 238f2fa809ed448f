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
   * What a `kildefil` that is not among sourceTexts means. 'missing' (the default; the build and the CLI, which read
   * data/sources/): a dangling reference. 'not-supplied' (/tjek/, where the reviewer chooses which files to give): the
   * source was simply not given, so there is no finding about it, and the rules that compare with it (and the
   * catalogues' wording, quoted from sources not given either) are skipped.
   */
  absentSources?: 'missing' | 'not-supplied';
  /**
   * The documents are all of the data set's (the build, `check` without files), so every heading map must belong to
   * one of them, once. Otherwise (drafts named on the command line, tests' fixtures) maps may belong to documents not
   * given, and a later map for a document replaces an earlier one: a draft's own map beside it wins over data/'s.
   */
  wholeDataSet?: boolean;
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
  /** The heading maps that passed their schema, by document id (the one used, when a draft's map replaced data/'s). */
  headingMaps: Map<string, Located<SourceHeadings>>;
}

/** What the rules see of the data set. */
export interface RuleContext {
  catalogues: Map<string, RequirementCatalogue>;
  provisions: Map<string, LegalProvision>;
  sourceTexts: Record<string, string>;
  /** A kildefil not among sourceTexts was not supplied (/tjek/), rather than missing from data/sources/. */
  sourcesNotSupplied: boolean;
  /** Heading maps by document id; undefined when the data set has none (section texts are then not compared). */
  headingMaps?: Map<string, Located<SourceHeadings>>;
  /** The text check's keyword files, for cross-checking what the data records as not described. */
  keywords?: LocatedKeywords[];
  today: string;
}
