import { extname } from 'node:path';
import { readDraft } from '../read/index.ts';
import type { HeadingHints } from './sections.ts';

/**
 * Reads a kommune's document (bytes) into plain text, one line per line of the page. This is the seam to the
 * Word and PDF readers of the draft check: whichever reader the project uses, the import needs only
 * `bytes → text`, and a clear Danish message when there is no text to read.
 */
export type SourceRead = { ok: true; text: string; headingHints?: HeadingHints } | { ok: false; message: string };

export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md'] as const;

export async function readSource(fileName: string, bytes: Uint8Array): Promise<SourceRead> {
  const extension = extname(fileName).toLowerCase();
  switch (extension) {
    case '.txt':
    case '.md': {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      if (text.includes('\ufffd'))
        return {
          ok: false,
          message: `${fileName} er ikke gemt som UTF-8-tekst. Gem den igen som ren tekst (UTF-8), fx med "Gem som" › "Almindelig tekst" i Word.`,
        };
      return { ok: true, text: text.replace(/^\uFEFF/, '') };
    }
    case '.pdf':
      return readPdf(fileName, bytes);
    case '.docx':
      return readDocx(fileName, bytes);
    case '.doc':
      return { ok: false, message: `${fileName} er i det gamle Word-format (.doc). Åbn den i Word, og gem den som .docx eller som PDF.` };
    default:
      return { ok: false, message: `${fileName} kan ikke importeres: importen læser PDF (.pdf), Word (.docx) og ren tekst (.txt).` };
  }
}

/**
 * PDF: the draft check's reader (src/read/), so a PDF gives the same lines in the import as in check-text and /tjek/.
 * Page headers, footers and page numbers stay in the text; the import recognises them as lines repeated on several
 * pages and declares them left out of the sections.
 */
async function readPdf(fileName: string, bytes: Uint8Array): Promise<SourceRead> {
  if (!startsWith(bytes, '%PDF-'))
    return { ok: false, message: `${fileName} er ikke en PDF-fil (den begynder ikke med "%PDF-"). Kontrollér, at det er den rigtige fil.` };
  const read = await readDraft(bytes, fileName);
  if (!read.ok) {
    return {
      ok: false,
      message:
        read.reason === 'pdf-uden-tekst'
          ? `${fileName} har intet tekstlag: det er en scannet PDF (billeder af siderne), så der er ingen tekst at importere. Kør tekstgenkendelse (OCR) på den først, fx "Gør tekst søgbar" i et PDF-program, eller bed kommunen om dokumentet som Word-fil eller tekst-PDF.`
          : `${fileName}: ${read.message}`,
    };
  }
  // Below this many letters the text layer is a few stray marks, not a document: treat it as a scan too.
  if ((read.text.match(/\p{L}/gu) ?? []).length < 50) {
    return {
      ok: false,
      message: `${fileName} har næsten intet tekstlag: det er en scannet PDF, så der er ingen tekst at importere. Kør tekstgenkendelse (OCR) på den først.`,
    };
  }
  const larger = await largerLines(bytes).catch(() => []);
  return { ok: true, text: `${read.text.trimEnd()}\n`, ...(larger.length > 0 ? { headingHints: { larger } } : {}) };
}

/**
 * The lines a PDF prints in a larger font than its body text: what the eye reads as headings. The lines are built as
 * the draft reader builds them (text items up to an end of line); the body size is the size most characters have.
 * Cheap: the text layer is read again, no fonts or drawing operations are loaded.
 */
async function largerLines(bytes: Uint8Array): Promise<string[]> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const lines: { text: string; size: number }[] = [];
  const characters = new Map<number, number>();
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    let text = '';
    let size = 0;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const itemSize = Math.round(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) * 2) / 2;
      if (item.str.trim() !== '') {
        size = Math.max(size, itemSize);
        characters.set(itemSize, (characters.get(itemSize) ?? 0) + item.str.length);
      }
      text += item.str;
      if (item.hasEOL) {
        if (text.trim() !== '') lines.push({ text: text.trim(), size });
        text = '';
        size = 0;
      }
    }
    if (text.trim() !== '') lines.push({ text: text.trim(), size });
  }
  await pdf.destroy();
  const body = [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  // A heading is set at least a tenth larger than the body; page headers and footers are usually smaller.
  return lines.filter((line) => body > 0 && line.size >= body * 1.1 && /\p{L}/u.test(line.text)).map((line) => line.text);
}

/**
 * Word: the paragraphs' plain text (mammoth's raw text), not the draft reader's Markdown rendering: the import's text
 * becomes the source every excerpt and section is checked against, so it holds the document's words and nothing else.
 */
async function readDocx(fileName: string, bytes: Uint8Array): Promise<SourceRead> {
  if (!startsWith(bytes, 'PK'))
    return { ok: false, message: `${fileName} er ikke en Word-fil (.docx er en zip-fil, og denne er det ikke). Kontrollér, at det er den rigtige fil.` };
  try {
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // The paragraphs with a heading style (mammoth maps Heading 1–6 and their translations to <h1>–<h6>): the author
    // marked them, which is better evidence than any layout rule.
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const styled = [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)]
      .map((match) => decodeHtml(match[1]!.replace(/<[^>]+>/g, '')).trim())
      .filter(Boolean);
    return { ok: true, text: `${value.replace(/\n{3,}/g, '\n\n').trim()}\n`, ...(styled.length > 0 ? { headingHints: { styled } } : {}) };
  } catch (error) {
    return {
      ok: false,
      message: `${fileName} kan ikke læses som Word-fil (${error instanceof Error ? error.message : String(error)}). Åbn den i Word, og gem den igen som .docx.`,
    };
  }
}

const decodeHtml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function startsWith(bytes: Uint8Array, magic: string): boolean {
  return [...magic].every((character, index) => bytes[index] === character.charCodeAt(0));
}
