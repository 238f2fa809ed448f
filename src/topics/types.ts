import type { MunicipalDocument } from '../../schemas/index.ts';
import type { DocumentView, TopicKey } from '../model/site-data.ts';

/** One value in a comparison cell, linking to where the document states it. */
export interface CellItem {
  /** The value as plain text. */
  text: string;
  /** The section of the document page that states it. */
  href: string;
  /** The condition under which the source says the value applies, when it names one. */
  condition?: string;
}

/**
 * A comparison cell as data (the site's tables and the open-data downloads read the same cells): the document's values,
 * the source's explicit "none", the finding that it does not describe the topic (with the reason, when the data gives
 * one), or, for a document that is not a quality standard, what kind of document it is.
 */
export type Cell =
  | { kind: 'not-described'; reason?: string }
  | { kind: 'none'; text: string; href: string }
  | { kind: 'not-a-standard'; text: string; items: CellItem[] }
  | { kind: 'values'; items: CellItem[] };

export interface TopicColumn {
  /** The column header as plain text. */
  header: string;
  cell: (document: DocumentView) => Cell;
}

/** A comparison page: one table, one row per document. */
export interface Comparison {
  /** The URL part: /emner/<slug>/. */
  slug: string;
  /** The page title, also the search filter value. */
  title: string;
  /** One sentence saying what the comparison tells a citizen. */
  intro: string;
  /** Position among the comparison pages. */
  order: number;
  columns: TopicColumn[];
}

/** The question a topic answers on a kommune's rights page. */
export interface RightsQuestionSpec {
  /** The anchor and the id law provisions name in `besvarer`. */
  id: string;
  /** The question as a citizen asks it. */
  question: string;
  /** Position on the rights page. */
  order: number;
  /** A link shown under the answer, e.g. to the complaint guide. */
  after?: (kommune: { id: string; navn: string }) => { href: string; text: string };
}

/** One topic of a document (contact, target groups, …): everything the site and the tools know about it, in one place. */
export interface TopicModule<K extends TopicKey = TopicKey> {
  /** The document field that holds the topic. */
  key: K;
  /** The heading on the document page. */
  label: string;
  /** The topic's comparison page. */
  comparison: Comparison;
  /** The topic's question on the rights page, when it has one. */
  rights?: RightsQuestionSpec;
  /** What `npm run ny-kommune` writes beside the topic's TODO. */
  scaffoldHint: string;
}

/** A topic's value when the source describes it. */
export type Described<K extends keyof MunicipalDocument> = Exclude<MunicipalDocument[K], string | { status: string }>;
