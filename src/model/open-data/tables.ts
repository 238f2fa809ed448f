import { da } from '../../i18n/da.ts';
import type { RequirementCatalogue } from '../../../schemas/index.ts';
import type { DocumentView } from '../site-data.ts';
import type { Cell } from '../topics.ts';
import { documentYear } from '../topics.ts';

/** A table as plain text: what a CSV file holds. */
export interface PlainTable {
  headers: string[];
  rows: string[][];
}

/**
 * The little a CSV needs of a comparison topic. Kept apart from the topic definitions (src/model/topics.ts today,
 * one module per topic later) so that only `csvTopic` has to follow when the topics move.
 */
export interface CsvTopic {
  slug: string;
  title: string;
  columns: { header: string; cell: (document: DocumentView) => Cell }[];
}

/** Adapter from the site's topic definition to what the CSV needs. */
export const csvTopic = (topic: CsvTopic): CsvTopic => ({ slug: topic.slug, title: topic.title, columns: topic.columns });

/** A cell as text: its values one per line, or the finding that the document does not describe the topic. */
export function cellText(cell: Cell): string {
  if (cell.kind === 'not-described') return da.notDescribed;
  if (cell.kind === 'not-applicable') return da.requirements.notApplicable;
  return cell.items.map((item) => item.text).join('\n');
}

/** The columns every row starts with, so a row can be traced to its document and page. */
const documentColumns = (document: DocumentView, pageUrl: (path: string) => string): string[] => [
  document.data.kommune,
  document.data.titel,
  da.documentKinds[document.data.dokumenttype],
  documentYear(document),
  pageUrl(document.url),
];

/** One comparison topic, one row per document, in the order and with the values of /emner/<topic>/. */
export function topicTable(topic: CsvTopic, documents: DocumentView[], pageUrl: (path: string) => string): PlainTable {
  return {
    headers: [...da.openData.csvDocumentHeaders, ...topic.columns.map((column) => column.header)],
    rows: documents.map((document) => [...documentColumns(document, pageUrl), ...topic.columns.map((column) => cellText(column.cell(document)))]),
  };
}

/** The compliance matrix of /krav/ in long form: one row per point and document, with status and covering sections. */
export function matrixTable(catalogue: RequirementCatalogue, documents: DocumentView[], pageUrl: (path: string) => string): PlainTable {
  const rows = catalogue.punkter.flatMap((point) =>
    documents.map((document) => {
      const status = document.catalogue?.id === catalogue.id ? document.data.krav?.[point.id] : undefined;
      const [statusText, sections, note] = document.catalogue?.id !== catalogue.id
        ? [da.requirements.notApplicable, '', '']
        : status?.status === 'beskrevet'
          ? [da.points.covered, status.afsnit.join(', '), status.bemaerkning ?? '']
          : [da.points.notDescribed, '', status?.bemaerkning ?? ''];
      return [String(point.nummer), point.id, point.kort_titel, ...documentColumns(document, pageUrl), statusText, sections, note];
    }),
  );
  return { headers: [...da.openData.csvMatrixHeaders], rows };
}
