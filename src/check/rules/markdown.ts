import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { isScalar, Scalar } from 'yaml';
import type { MunicipalDocument } from '../../../schemas/index.ts';
import type { Located } from '../dataset.ts';
import { locate } from '../locate.ts';
import type { ParsedYaml } from '../parse-yaml.ts';
import { diagnostic } from '../rule-catalogue.ts';
import type { Diagnostic } from '../types.ts';

/** Link schemes a citizen's browser may follow from a document's text. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The Markdown of each section's text (`afsnit[].tekst`), parsed with the same CommonMark parser (micromark) the
 * site's remark pipeline uses, so the check sees exactly the links, images and HTML the page would get:
 * - links and link definitions (also reference-style) only to http(s), mailto, tel or the site's own pages;
 * - images only from the site itself (the site loads nothing from other origins);
 * - no raw HTML (the page would show it as text; in data it is a mistake or an attempt).
 * Only texts with "<" or "]" can hold any of these, so most sections are never parsed: the rule stays fast on a
 * corpus of 98 kommuner. Rule: unsafe-markdown.
 */
export function checkMarkdown(document: Located<MunicipalDocument>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  document.data.afsnit.forEach((section, index) => {
    const text = section.tekst;
    if (!text || !/[<\]]/.test(text)) return;
    const path = ['afsnit', index, 'tekst'];
    const at = textPositions(document.parsed, path);
    const report = (node: Nodes, message: string) => {
      const { line, column } = at(node.position?.start.line ?? 1, node.position?.start.column ?? 1);
      diagnostics.push(diagnostic('unsafe-markdown', document.file, line, column, message));
    };
    const html: Nodes[] = [];
    const tree = fromMarkdown(text);
    // Reference-style images ("![x][l]" with "[l]: https://…") take their address from a definition.
    const definitions = new Map<string, string>();
    const all: Nodes[] = [tree];
    while (all.length > 0) {
      const node = all.pop()!;
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
      if ('children' in node) for (const child of node.children) all.push(child as Nodes);
    }
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'html') {
        html.push(node);
      } else if (node.type === 'link' || node.type === 'definition') {
        const scheme = schemeOf(node.url);
        if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
          report(
            node,
            `Linket til "${snippet(node.url)}" bruger "${scheme}:", som kan køre kode eller åbne indhold, der ikke er en side. Links i teksten må kun gå til https://, http://, mailto:, tel: eller sidens egne sider (/…): ret adressen, eller skriv den som almindelig tekst.`,
          );
        }
      } else if (node.type === 'image' || node.type === 'imageReference') {
        const url = node.type === 'image' ? node.url : (definitions.get(node.identifier) ?? '');
        if (schemeOf(url) !== undefined || url.replace(/^[\s\\]+/, '').startsWith('//')) {
          report(
            node,
            `Billedet "${snippet(url)}" skulle hentes fra et andet sted end siden selv, og siden henter intet udefra (borgerens besøg må ikke kunne ses af andre). Fjern billedet, eller beskriv med tekst, hvad det viser.`,
          );
        }
      }
      if ('children' in node) for (let child = node.children.length - 1; child >= 0; child--) stack.push(node.children[child] as Nodes);
    }
    // One finding per section for HTML: an opening and a closing tag are one mistake.
    if (html.length > 0) {
      const more = html.length > 1 ? ` (og ${html.length - 1} HTML-stykke${html.length > 2 ? 'r' : ''} mere i samme afsnit)` : '';
      report(
        html[0]!,
        `Afsnittets tekst indeholder HTML: ${snippet((html[0] as { value: string }).value)}${more}. Teksten er Markdown, og HTML i data vises aldrig som HTML på siden: skriv teksten uden HTML-koden (fx **fed** i stedet for <b>fed</b>, [tekst](https://…) i stedet for <a>).`,
      );
    }
  });
  return diagnostics;
}

/**
 * The scheme of a link destination as a browser reads it (lower case; tabs and line breaks removed, leading
 * control characters and spaces ignored, as the URL standard says), or undefined for an address without one.
 */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const snippet = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value).replace(/\s+/g, ' ').trim();

/**
 * Maps a line and column in the Markdown text to the file. A literal block (`tekst: |`) keeps its lines, so the
 * position is exact; for any other style of scalar the text's own start is the best honest position.
 */
function textPositions(parsed: ParsedYaml, path: (string | number)[]): (line: number, column: number) => { line: number; column: number } {
  const start = locate(parsed, path);
  const node: unknown = parsed.document.getIn(path, true);
  if (!isScalar(node) || !node.range) return () => start;
  if (node.type === Scalar.PLAIN && !parsed.text.slice(node.range[0], node.range[1]).includes('\n')) {
    // A plain scalar on one line is the text itself.
    return (_line, column) => ({ line: start.line, column: start.column + column - 1 });
  }
  if (node.type !== Scalar.BLOCK_LITERAL) return () => start;
  const header = parsed.text.indexOf('\n', node.range[0]);
  if (header === -1) return () => start;
  const firstLine = parsed.lineCounter.linePos(header + 1).line;
  // Indentation of the first content line; every content line has at least this much.
  const indent = /^ */.exec(parsed.text.slice(header + 1))![0].length;
  return (line, column) => ({ line: firstLine + line - 1, column: indent + column });
}
