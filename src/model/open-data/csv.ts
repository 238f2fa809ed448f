import { stringify } from 'csv-stringify/sync';
import type { PlainTable } from './tables.ts';

/**
 * A table as CSV for Danish spreadsheets: Excel in a Danish locale splits on semicolons (comma is the decimal
 * separator) and reads UTF-8 only after a byte-order mark; LibreOffice detects both. CRLF line ends, as RFC 4180.
 * A cell with several values has one per line; csv-stringify quotes only on its record delimiter (CRLF), so a bare
 * line break is quoted explicitly, or Excel would start a new row there.
 */
export function toCsv(table: PlainTable): string {
  return stringify([table.headers, ...table.rows], { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

export const csvFile = (table: PlainTable): Response => new Response(toCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
