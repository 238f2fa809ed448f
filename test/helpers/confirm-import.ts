import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { FIXTURES } from './dataset.ts';

/**
 * The scripted confirmation of an imported Havbjerg draft: what a person does after checking each field against the
 * source. The topics the import left as "ikke-beskrevet" get the values written in by hand
 * (test/fixtures/_import/havbjerg-udfyldt.yaml), and every til_bekraeftelse entry is deleted.
 */
export function confirmHavbjerg(file: string): void {
  const document = parseDocument(readFileSync(file, 'utf8'));
  const filled = parse(readFileSync(join(FIXTURES, '_import', 'havbjerg-udfyldt.yaml'), 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(filled)) document.set(key, document.createNode(value));
  document.delete('til_bekraeftelse');
  writeFileSync(file, document.toString({ lineWidth: 0 }));
}
