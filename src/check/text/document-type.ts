/**
 * What kind of document a text is. The 18 points of the executive order apply to a kvalitetsstandard; a
 * servicedeklaration (one centre's service promises) or a development plan is recognised by what it calls itself in
 * its title lines, so the check can say the points do not apply instead of reporting most of them missing.
 */
export type TextDocumentType = 'kvalitetsstandard' | 'servicedeklaration' | 'udviklingsplan';

export const DOCUMENT_TYPES: readonly TextDocumentType[] = ['kvalitetsstandard', 'servicedeklaration', 'udviklingsplan'];

/** The first lines with text, where a document names itself. */
const TITLE_LINES = 15;

export function detectDocumentType(text: string): { type: TextDocumentType; line?: number } {
  const lines = text.split(/\r\n|\r|\n/);
  let seen = 0;
  for (let index = 0; index < lines.length && seen < TITLE_LINES; index++) {
    const line = lines[index]!.toLowerCase();
    if (line.trim() === '') continue;
    seen++;
    if (/kvalitetsstandard/.test(line)) return { type: 'kvalitetsstandard', line: index + 1 };
    if (/servicedeklaration/.test(line)) return { type: 'servicedeklaration', line: index + 1 };
    if (/udviklingsplan/.test(line)) return { type: 'udviklingsplan', line: index + 1 };
  }
  return { type: 'kvalitetsstandard' };
}
