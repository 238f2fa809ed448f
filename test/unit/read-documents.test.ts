import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataset, checkDraftText } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { readTextLines } from '../../src/check/text/lines.ts';
import { draftKind, readDraft } from '../../src/read/index.ts';
import { ROOT } from '../helpers/dataset.ts';
import { makeDocx, makePdf, makeScannedPdf } from '../helpers/make-documents.ts';

const data = checkDataset(loadDatasetFromDisk(join(ROOT, 'data'), ROOT));
const catalogue = data.catalogues[0]!.data;
const keywords = data.keywords[0]!.data;
const outcome = (text: string, id: string) => checkDraftText(text, 'udkast', catalogue, keywords).points.find((point) => point.point.id === id)!;

describe('reading a Word draft (.docx)', () => {
  it('gives headings, paragraphs, list items and table rows as lines the check reads like any layout', async () => {
    const bytes = await makeDocx([
      { heading: 1, text: 'Kvalitetsstandard for Eksempelby' },
      { heading: 2, text: 'Behandlingsgaranti' },
      { text: 'Du får tilbudt behandling senest 14 dage efter, at du har kontaktet os.' },
      { heading: 2, text: 'Gavekort' },
      { text: 'Afsnittet udarbejdes senere.' },
      { list: ['Frit valg: Du kan vælge et andet godkendt behandlingssted med samme slags behandling.'] },
      {
        table: [
          ['Emne', 'Indhold'],
          ['Klage', 'Du kan klage inden fire uger; klagen går til Ankestyrelsen.'],
        ],
      },
    ]);
    const read = await readDraft(bytes, 'udkast.docx');
    expect(read).toMatchObject({ ok: true, kind: 'docx' });
    if (!read.ok) return;
    expect(read.text.split('\n').slice(0, 7)).toEqual([
      '# Kvalitetsstandard for Eksempelby',
      '## Behandlingsgaranti',
      'Du får tilbudt behandling senest 14 dage efter, at du har kontaktet os.',
      '## Gavekort',
      'Afsnittet udarbejdes senere.',
      '- Frit valg: Du kan vælge et andet godkendt behandlingssted med samme slags behandling.',
      '| Emne | Indhold |',
    ]);
    expect(outcome(read.text, 'behandlingsgaranti')).toMatchObject({ outcome: 'beskrevet', evidence: [{ line: 2 }] });
    expect(outcome(read.text, 'gavekort')).toMatchObject({ outcome: 'kun-nævnt', placeholder: true });
    expect(outcome(read.text, 'frit-valg').outcome).toBe('beskrevet');
    expect(outcome(read.text, 'sagsbehandling-og-klageadgang')).toMatchObject({ outcome: 'beskrevet', evidence: [{ line: 8 }] });
  });

  it('a damaged .docx gets a Danish reason, not a stack trace', async () => {
    const read = await readDraft(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'udkast.docx');
    expect(read).toMatchObject({ ok: false, reason: 'ulaeselig' });
    expect(!read.ok && read.message).toContain('Word-filen kunne ikke læses');
  });
});

describe('reading a PDF draft', () => {
  it('gives the page lines; running headers and page numbers are dropped by the check as for the sources', async () => {
    const bytes = await makePdf([
      ['Behandlingsgaranti', 'Behandlingen begynder senest 14 dage efter din henvendelse.'],
      ['Frit valg', 'Du kan selv vælge et andet godkendt behandlingssted af samme art.'],
      ['Klage', 'Er du utilfreds, kan du klage inden fire uger til kommunen.'],
    ]);
    const read = await readDraft(bytes, 'udkast.pdf');
    expect(read).toMatchObject({ ok: true, kind: 'pdf' });
    if (!read.ok) return;
    expect(read.text).toContain('Eksempelby Kommune · Kvalitetsstandard 2026');
    const kept = readTextLines(read.text).map((line) => line.text);
    expect(kept).not.toContain('Eksempelby Kommune · Kvalitetsstandard 2026');
    expect(kept.some((line) => /^Side \d af 3$/.test(line))).toBe(false);
    for (const id of ['behandlingsgaranti', 'frit-valg', 'sagsbehandling-og-klageadgang']) expect(outcome(read.text, id).outcome).toBe('beskrevet');
    // Line numbers refer to the extracted text the reviewer can see.
    const guarantee = outcome(read.text, 'behandlingsgaranti');
    const line = guarantee.status === 'fundet' ? guarantee.evidence[0]!.line : 0;
    expect(read.text.split('\n')[line - 1]).toBe('Behandlingsgaranti');
  });

  it('a PDF without a text layer is reported as a scan, in Danish', async () => {
    const read = await readDraft(await makeScannedPdf(2), 'skannet.pdf');
    expect(read).toMatchObject({ ok: false, kind: 'pdf', reason: 'pdf-uden-tekst' });
    expect(!read.ok && read.message).toContain('den er en scanning');
    expect(!read.ok && read.message).toContain('2 sider');
  });
});

describe('the kind of a draft', () => {
  it('is told by the content, so a renamed file is still read right', () => {
    expect(draftKind('udkast.txt', new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(draftKind('udkast', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
    expect(draftKind('udkast.md', new TextEncoder().encode('# Udkast'))).toBe('tekst');
    expect(draftKind('udkast.doc', new Uint8Array([0xd0, 0xcf]))).toBe('ukendt');
    expect(draftKind('udkast.yaml', new TextEncoder().encode('id: x'))).toBe('ukendt');
  });
});
