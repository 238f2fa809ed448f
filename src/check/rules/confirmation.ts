import { confirmationPath, type MunicipalDocument } from '../../../schemas/index.ts';
import { diagnostic } from '../rule-catalogue.ts';
import { locate } from '../locate.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { Diagnostic } from '../types.ts';

/** Whether `path` leads to a value in `value` (a key that exists, a list position inside the list). */
function exists(value: unknown, path: readonly (string | number)[]): boolean {
  let node: unknown = value;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return false;
    if (Array.isArray(node) ? typeof step !== 'number' || step >= node.length : !(String(step) in node)) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

/**
 * Every open confirmation (til_bekraeftelse, written by the import) is an error at the field it concerns, so
 * `npm run check` lists exactly what a person must still check, and the build stops until it is done.
 * Rule: awaiting-confirmation; an entry naming a field that does not exist is a dangling-reference.
 */
export function checkConfirmations(doc: Located<MunicipalDocument>, _ctx: RuleContext): Diagnostic[] {
  const entries = doc.data.til_bekraeftelse ?? [];
  return entries.map((entry, index) => {
    const entryAt = locate(doc.parsed, ['til_bekraeftelse', index, 'felt']);
    const path = confirmationPath(entry.felt);
    if (!exists(doc.data, path)) {
      return diagnostic(
        'dangling-reference',
        doc.file,
        entryAt.line,
        entryAt.column,
        `til_bekraeftelse nævner feltet "${entry.felt}", som ikke findes i dokumentet. Ret stien, eller slet punktet, hvis feltet er fjernet.`,
      );
    }
    const { line, column } = locate(doc.parsed, path);
    return diagnostic(
      'awaiting-confirmation',
      doc.file,
      line,
      column,
      `"${entry.felt}" venter på at blive bekræftet: ${entry.hvad.trim()} Når du har kontrolleret feltet mod kilden (og rettet det), så slet punktet under til_bekraeftelse (linje ${entryAt.line}).`,
    );
  });
}
