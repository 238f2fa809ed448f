import { stringify } from 'csv-stringify/sync';
import type { PlainTable } from './tables.ts';

/**
 * A table as CSV for Danish spreadsheets: Excel in a Danish locale splits on semicolons (comma is the decimal
 * separator) and reads UTF-8 only after a byte-order mark; LibreOffice detects both. CRLF line ends, as RFC 4180.
 */
export function toCsv(table: PlainTable): string {
  return stringify([table.headers, ...table.rows], { delimiter: ';', bom: true, record_delimiter: 'windows'});
}

export const csvFile = (table: PlainTable): Response =>
  new Response(toCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
