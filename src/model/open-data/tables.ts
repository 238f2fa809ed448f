import { da } from '../../i18n/da.ts';
import type { RequirementCatalogue } from '../../../schemas/index.ts';
import type { DocumentView } from '../site-data.ts';
import type { Cell } from '../../topics/types.ts';

/** A table as plain text: what a CSV file holds. */
export interface PlainTable {
  headers: string[];
  rows: string[][];
}

/**
 * The little a CSV needs of a comparison (src/topics/registry.ts COMPARISONS). Kept apart from the topic modules so
 * that only `csvTopic` has to follow when their shape changes.
 */
export interface CsvTopic {
  slug: string;
  title: string;
  columns: { header: string; cell: (document: DocumentView) => Cell }[];
}

/** Adapter from the site's topic definition to what the CSV needs. */
export const csvTopic = (topic: CsvTopic): CsvTopic => ({ slug: topic.slug, title: topic.title, columns: topic.columns });

const itemText = (item: { text: string; condition?: string }): string => `${item.text}${item.condition ? ` (${item.condition})` : ''}`;

/**
 * A cell as text, worded as the comparison table words it; several values one per line. The table's "kilde" link after
 * each value is left out (it leads to a section; the row's "Side" column leads to the document), and glossary, phone
 * and e-mail links are their text. test/build/open-data.test.ts holds each CSV to its page on exactly this.
 */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'not-described':
      return cell.reason ? `${da.notDescribed} (${da.notDescribedReason.toLowerCase()}: ${cell.reason})` : da.notDescribed;
    case 'none':
      return cell.text;
    case 'not-a-standard':
      return cell.items.length ? [`${cell.text}. ${da.requirements.mentions}:`, ...cell.items.map(itemText)].join('\n') : `${cell.text}.`;
    case 'values':
      return cell.items.map(itemText).join('\n');
  }
}

/** The columns every row starts with, so a row can be traced to its document and page. */
const documentColumns = (document: DocumentView, pageUrl: (path: string) => string): string[] => [
  document.data.kommune,
  document.data.titel,
  da.documentKinds[document.data.dokumenttype],
  document.year,
  pageUrl(document.url),
];

/** One comparison topic, one row per document, in the order and with the values of /emner/<topic>/. */
export function topicTable(topic: CsvTopic, documents: DocumentView[], pageUrl: (path: string) => string): PlainTable {
  return {
    headers: [...da.openData.csvDocumentHeaders, ...topic.columns.map((column) => column.header)],
    rows: documents.map((document) => [...documentColumns(document, pageUrl), ...topic.columns.map((column) => cellText(column.cell(document)))]),
  };
}

const STATUS_LABEL = { beskrevet: da.points.covered, delvist: da.points.partly, 'ikke-beskrevet': da.points.notDescribed } as const;

/**
 * The compliance matrix of /krav/ in long form: one row per point and document, with the status, the sections that
 * describe the point and the reviewer's note. A document that is not a quality standard gets what the page says of
 * it, and the sections where it mentions the point anyway.
 */
export function matrixTable(catalogue: RequirementCatalogue, documents: DocumentView[], pageUrl: (path: string) => string): PlainTable {
  const rows = catalogue.punkter.flatMap((point) =>
    documents.map((document) => {
      let status: string, sections: string[], note: string | undefined;
      if (document.catalogue?.id !== catalogue.id) {
        const mentioned = document.mentionedPoints.find((candidate) => candidate.point === point.id);
        status = da.requirements.notAStandard(da.documentKinds[document.data.dokumenttype]);
        sections = mentioned?.sections.map((section) => section.id) ?? [];
        note = mentioned?.note;
      } else {
        const account = document.points.find((candidate) => candidate.point.id === point.id);
        status = STATUS_LABEL[account?.kind ?? 'ikke-beskrevet'];
        sections = account?.sections.map((section) => section.id) ?? [];
        note = account?.note;
      }
      return [String(point.nummer), point.id, point.kort_titel, ...documentColumns(document, pageUrl), status, sections.join(', '), note ?? ''];
    }),
  );
  return { headers: [...da.openData.csvMatrixHeaders], rows };
}
