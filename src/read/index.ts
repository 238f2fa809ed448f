/**
 * Readers for drafts as reviewers receive them: Word (.docx, with mammoth) and PDF (.pdf, with unpdf's build of
 * PDF.js), besides plain text and Markdown. One pure interface for the CLI, the browser page /tjek/ and the
 * new-document scaffold: bytes in, text lines out. Nothing here touches the file system or the network.
 *
 * The text keeps the document's layout as plain lines: a Word heading becomes a Markdown heading ("## Frit valg"), a
 * list item "- ...", a table row "| Gavekort | TBD |"; a PDF gives one line per line of the page. Page headers, footers
 * and page numbers are not removed here but by the text check's own reading (src/check/text/lines.ts), exactly as for
 * the sources in data/sources/, so the line numbers the check reports are line numbers in this text.
 *
 * The heavy readers are imported only when a file of their kind is read, so the browser loads them only then.
 */

export type DraftKind = 'tekst' | 'docx' | 'pdf';

export type ReadResult =
  | { ok: true; kind: DraftKind; text: string }
  | { ok: false; kind: DraftKind | 'ukendt'; reason: 'pdf-uden-tekst' | 'ulaeselig' | 'ukendt-format'; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);

/** The kind of a draft, by its content first (a renamed file is still read right), then by its name. */
export function draftKind(name: string, bytes: Uint8Array): DraftKind | 'ukendt' {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return /\.docx$/i.test(name) || !/\.(?:odt|xlsx|pptx|zip)$/i.test(name) ? 'docx' : 'ukendt';
  return /\.(?:txt|text|md|markdown)$/i.test(name) ? 'tekst' : 'ukendt';
}

/** File names the readers accept, for help texts and the browser's file picker. */
export const DRAFT_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.pdf'] as const;

export async function readDraft(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const kind = draftKind(name, bytes);
  try {
    if (kind === 'pdf') return await readPdf(bytes);
    if (kind === 'docx') return await readDocx(bytes);
    if (kind === 'tekst') return { ok: true, kind, text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    const what = kind === 'pdf' ? 'PDF-filen' : 'Word-filen';
    return {
      ok: false,
      kind,
      reason: 'ulaeselig',
      message: `${what} kunne ikke læses (${error instanceof Error ? error.message : String(error)}). Åbn den, og gem den igen som ${kind === 'pdf' ? 'PDF' : '.docx'}, eller gem teksten som .txt.`,
    };
  }
  return {
    ok: false,
    kind: 'ukendt',
    reason: 'ukendt-format',
    message: `"${name}" er hverken tekst (.txt, .md), Word (.docx) eller PDF (.pdf). Gem udkastet i et af de formater (fx "Gem som" › Word-dokument i Word), og prøv igen.`,
  };
}

// --- PDF ---

/** Below this many letters in the whole file, a PDF has no text layer: it is a scan (pictures of pages). */
const MIN_PDF_LETTERS = 20;

async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const { getDocumentProxy } = await import('unpdf');
  // PDF.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    let line = '';
    const lines: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line.trimEnd());
        line = '';
      }
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    pages.push(lines.join('\n'));
  }
  await pdf.destroy();
  const text = pages.join('\n\n');
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_PDF_LETTERS) {
    return {
      ok: false,
      kind: 'pdf',
      reason: 'pdf-uden-tekst',
      message: `PDF-filen har ${pdf.numPages === 1 ? 'én side' : `${pdf.numPages} sider`}, men ingen tekst, der kan læses: den er en scanning (billeder af siderne). Bed om udkastet som Word-fil eller som en PDF, der er gemt fra Word, eller kør tekstgenkendelse (OCR) på den først.`,
    };
  }
  return { ok: true, kind: 'pdf', text };
}

// --- Word ---

async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads a Buffer, its browser build an ArrayBuffer.
  const NodeBuffer = (globalThis as { Buffer?: { from(bytes: Uint8Array): unknown } }).Buffer;
  const input = (NodeBuffer ? { buffer: NodeBuffer.from(bytes) } : { arrayBuffer }) as Parameters<typeof mammoth.convertToHtml>[0];
  const { value: html } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
  return { ok: true, kind: 'docx', text: htmlToLines(html) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * mammoth's HTML (headings, paragraphs, lists, tables; nothing else) as lines: "## Heading", "paragraph",
 * "- item", "| cell | cell |". A linear scan over the tags, so a big document stays fast.
 */
export function htmlToLines(html: string): string {
  const lines: string[] = [];
  const blocks = /<(h[1-6]|p|li|tr)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const match of html.matchAll(blocks)) {
    const tag = match[1]!.toLowerCase();
    const inner = match[2]!;
    if (tag === 'tr') {
      const cells = [...inner.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => decode(cell[1]!.replace(/<\/p>\s*<p[^>]*>/gi, ' ')));
      if (cells.some((cell) => cell !== '')) lines.push(`| ${cells.join(' | ')} |`);
      continue;
    }
    // A paragraph inside a table cell or a list item is read with its row or item.
    if (tag === 'p' && isInside(html, match.index, ['td', 'th', 'li'])) continue;
    const text = decode(inner.replace(/<br\s*\/?>/gi, ' '));
    if (text === '') continue;
    if (tag.startsWith('h')) lines.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    else if (tag === 'li') lines.push(`- ${text}`);
    else lines.push(text);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether the tag at `offset` lies inside an open <td>, <th> or <li> (counting open and close tags before it). */
function isInside(html: string, offset: number, tags: readonly string[]): boolean {
  // Tables and lists in mammoth's HTML are not deeply nested; look back to the nearest open or close of these tags.
  const before = html.slice(Math.max(0, offset - 4000), offset);
  const pattern = new RegExp(`<(/?)(${tags.join('|')})\\b`, 'gi');
  let depth = 0;
  for (const match of before.matchAll(pattern)) depth += match[1] ? -1 : 1;
  return depth > 0;
}
