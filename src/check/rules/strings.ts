import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { codePoint, UNSAFE_IN_DATA } from '../display-escape.ts';
import { diagnostic } from '../rule-catalogue.ts';
import type { Diagnostic } from '../types.ts';

/** Whitespace and the invisible characters that look like nothing: a value made only of these says nothing. */
const BLANK = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/;

/**
 * One pass over every string of a parsed data file (documents, catalogues, provisions, keyword files), keys
 * included, without following aliases (their anchor is checked where it stands):
 * - control-character: a control or invisible formatting character, typically written as a YAML escape ("\e",
 *   "\0", "\x07", "\u202E") that the text-level check cannot see;
 * - blank-value: a value of only spaces, which every schema's "not empty" accepts and every text "contains".
 * Linear in the size of the file; the nesting is already bounded by the parser step.
 */
export function checkStrings(file: string, document: Document.Parsed, lineCounter: LineCounter): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (node: { range?: [number, number, number] | null }) => {
    const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
    return { line, column: col };
  };
  const stack: { node: unknown; isKey: boolean }[] = [{ node: document.contents, isKey: false }];
  while (stack.length > 0) {
    const { node, isKey } = stack.pop()!;
    if (!node || typeof node !== 'object' || isAlias(node)) continue;
    if (isScalar(node)) {
      if (typeof node.value !== 'string') continue;
      const value = node.value;
      const unsafe = UNSAFE_IN_DATA.exec(value);
      if (unsafe) {
        const { line, column } = at(node);
        const where = isKey ? 'Nøglen' : 'Teksten';
        diagnostics.push(
          diagnostic(
            'control-character',
            file,
            line,
            column,
            `${where} her indeholder et usynligt styretegn (${codePoint(unsafe[0])}), fx skrevet som escape-sekvens i anførselstegn ("\\e", "\\0", "\\x07", "\\u202E"). Sådan et tegn kan rydde en terminal, skjule tekst eller vende tekstens retning, og det hører aldrig hjemme i data: slet det.`,
          ),
        );
      } else if (!isKey && value.length > 0 && BLANK.test(value)) {
        const { line, column } = at(node);
        diagnostics.push(
          diagnostic(
            'blank-value',
            file,
            line,
            column,
            'Værdien består kun af mellemrum. En tom værdi siger intet, og et tomt uddrag "står" i enhver kildetekst, så det beviser intet. Skriv værdien, eller fjern feltet.',
          ),
        );
      }
      continue;
    }
    const children: { node: unknown; isKey: boolean }[] = [];
    if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) children.push({ node: pair.key, isKey: true }, { node: pair.value, isKey: false });
    } else if (isSeq(node)) {
      for (const item of node.items) children.push({ node: item, isKey: false });
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return diagnostics;
}
