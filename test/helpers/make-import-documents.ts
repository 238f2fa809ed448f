import { crc32 } from 'node:zlib';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { HAVBJERG, type FixtureSection } from '../fixtures/_import/havbjerg.ts';

/**
 * Lays out the invented Havbjerg standard (test/fixtures/_import/havbjerg.ts) as the two kinds of file kommuner
 * publish: a PDF with a page header and a "Side N af M" footer on every page (pdf-lib, standard fonts), and a Word
 * file (.docx: a zip with the WordprocessingML parts, written here without a Word library).
 */

const PAGE = { width: 595, height: 842, margin: 60 };
const BODY_SIZE = 11;
const LINE = 15;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function makePdf(sections: readonly FixtureSection[] = HAVBJERG.sections): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - PAGE.margin - 30;
  };
  const write = (text: string, font: PDFFont, size: number, indent = 0) => {
    for (const line of wrap(text, font, size, width - indent)) {
      if (y < PAGE.margin + 40) newPage();
      page.drawText(line, { x: PAGE.margin + indent, y, size, font });
      y -= size + 4;
    }
  };
  newPage();
  write(HAVBJERG.title, bold, 18);
  y -= LINE;
  write(HAVBJERG.intro, regular, BODY_SIZE);
  y -= LINE;
  for (const section of sections) {
    if (y < PAGE.margin + 100) newPage();
    write(`${section.number}. ${section.heading}`, bold, 13);
    y -= 4;
    for (const block of section.blocks) {
      if (block.kind === 'p') write(block.text, regular, BODY_SIZE);
      else for (const item of block.items) write(`• ${item}`, regular, BODY_SIZE, 12);
      y -= 8;
    }
    y -= 6;
  }
  pages.forEach((each, index) => {
    each.drawText(HAVBJERG.header, { x: PAGE.margin, y: PAGE.height - 35, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    each.drawText(`Side ${index + 1} af ${pages.length}`, { x: PAGE.width - PAGE.margin - 50, y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return pdf.save({ useObjectStreams: false });
}

/** A PDF as a scanner makes it: pages that are pictures (here: drawn shapes), no text layer at all. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < 2; index++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (let line = 0; line < 40; line++) {
      page.drawRectangle({ x: PAGE.margin, y: PAGE.height - 80 - line * 18, width: 200 + ((line * 37) % 250), height: 8, color: rgb(0.2, 0.2, 0.2) });
    }
  }
  return pdf.save();
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function makeDocx(sections: readonly FixtureSection[] = HAVBJERG.sections): Uint8Array {
  const paragraph = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const body = [
    paragraph(HAVBJERG.title, 'Title'),
    paragraph(HAVBJERG.intro),
    ...sections.flatMap((section) => [
      paragraph(`${section.number}. ${section.heading}`, 'Heading1'),
      ...section.blocks.flatMap((block) => (block.kind === 'p' ? [paragraph(block.text)] : block.items.map((item) => paragraph(`• ${item}`, 'ListParagraph')))),
    ]),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${paragraph(HAVBJERG.header)}</w:hdr>`;
  return zip([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
    ],
    ['word/document.xml', document],
    ['word/header1.xml', header],
  ]);
}

/** A zip archive with the files stored uncompressed: enough for a .docx. */
function zip(files: [string, string][]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(0, 10);
    entry.writeUInt32LE(0, 12);
    entry.writeUInt32LE(checksum, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    chunks.push(local, nameBytes, data);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}
