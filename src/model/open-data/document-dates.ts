import { isNotDescribed } from '../../../schemas/index.ts';
import type { DocumentView } from '../site-data.ts';

/** The date a document gives itself, as it writes it: approval first, then when it was drafted, then its period. */
export function documentDate(document: DocumentView): string | undefined {
  const { godkendt, udarbejdet, periode } = document.data;
  if (!isNotDescribed(godkendt)) return godkendt.dato ?? godkendt.tekst;
  if (!isNotDescribed(udarbejdet)) return udarbejdet.tekst;
  if (!isNotDescribed(periode)) return periode.tekst;
  return undefined;
}
