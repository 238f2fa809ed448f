import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/**
 * Small real Word and PDF files for the reader tests, made in the test: a .docx is a zip of WordprocessingML parts
 * (built with jszip, which mammoth itself uses), a PDF is written with pdf-lib. Both are what Word or a PDF printer
 * would produce in the parts the readers use: paragraphs with heading styles, list paragraphs and tables; text lines
 * on pages with a running header and a page number.
 */

export type DocxBlock = { heading: 1 | 2 | 3; text: string } | { text: string } | { list: string[] } | { table: string[][] };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const paragraph = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text)}</w:p>`;

export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  const body = blocks
    .map((block) => {
      if ('heading' in block) return paragraph(block.text, `Heading${block.heading}`);
      if ('list' in block)
        return block.list
          .map((item) => `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(item)}</w:p>`)
          .join('');
      if ('table' in block)
        return `<w:tbl>${block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
      return paragraph(block.text);
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[1, 2, 3].map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`).join('')}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A PDF with a text layer: each page's lines top to bottom, with a running header and "Side n af N" at the foot. */
export async function makePdf(pages: readonly (readonly string[])[], header = 'Eksempelby Kommune · Kvalitetsstandard 2026'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((lines, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText(header, { x: 50, y: 800, size: 9, font });
    lines.forEach((line, at) => page.drawText(line, { x: 50, y: 760 - at * 16, size: 11, font }));
    page.drawText(`Side ${index + 1} af ${pages.length}`, { x: 270, y: 30, size: 9, font });
  });
  return pdf.save();
}

/** A "scanned" PDF: pages with drawn shapes only, no text layer. */
export async function makeScannedPdf(pageCount = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < pageCount; index++) {
    const page = pdf.addPage([595, 842]);
    for (let row = 0; row < 30; row++) page.drawRectangle({ x: 50, y: 780 - row * 20, width: 400 + (row % 3) * 30, height: 8, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}
