import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDataset, normalizeForExcerpt } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { EXIT_COULD_NOT_RUN, EXIT_WRITTEN, runImport } from '../../src/cli/import.ts';
import { splitSections } from '../../src/import/sections.ts';
import { slugify } from '../../src/check/slug.ts';
import { havbjergText } from '../fixtures/_import/havbjerg.ts';
import { makeDocx, makePdf, makeScannedPdf } from '../helpers/make-import-documents.ts';
import { ROOT } from '../helpers/dataset.ts';
import { confirmHavbjerg } from '../helpers/confirm-import.ts';

let work: string;
let dataDir: string;
beforeEach(() => {
  // A data directory of its own, with the real catalogues and sources: the import never writes into data/.
  work = mkdtempSync(join(tmpdir(), 'rusmiddel-import-'));
  dataDir = join(work, 'data');
  cpSync(join(ROOT, 'data', 'requirements'), join(dataDir, 'requirements'), { recursive: true });
  cpSync(join(ROOT, 'data', 'sources'), join(dataDir, 'sources'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function importFile(name: string, bytes: Uint8Array | string, ...args: string[]) {
  writeFileSync(join(work, name), bytes);
  let out = '';
  let err = '';
  const code = await runImport([name, ...args], { out: (text) => (out += text), err: (text) => (err += text), dataDir, cwd: work });
  return { code, out, err };
}

/** Every file under the data directory except the copied catalogues and sources: what the import wrote. */
function written(): string[] {
  const list = (directory: string, prefix = ''): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? list(join(directory, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    );
  const before = new Set([
    ...readdirSync(join(ROOT, 'data', 'sources')).map((name) => `sources/${name}`),
    ...readdirSync(join(ROOT, 'data', 'requirements')).map((name) => `requirements/${name}`),
  ]);
  return list(dataDir)
    .filter((path) => !before.has(path))
    .sort();
}

function checkWritten() {
  const dataset = loadDatasetFromDisk(dataDir, work);
  return checkDataset({ ...dataset, documents: dataset.documents.filter((file) => file.path.includes('havbjerg')) }).diagnostics;
}

const ID = 'havbjerg-kvalitetsstandard-2026-2027';

describe('npm run importer', () => {
  it.each([
    ['havbjerg.pdf', () => makePdf()],
    ['havbjerg.docx', async () => makeDocx()],
    ['havbjerg.txt', async () => havbjergText()],
  ] as const)('imports %s: source text, heading map and a draft whose only errors are the confirmations', async (name, make) => {
    const { code, out, err } = await importFile(name, await make(), '--kommune', 'Havbjerg');
    expect(err).toBe('');
    expect(code).toBe(EXIT_WRITTEN);
    expect(written()).toEqual([`kommuner/havbjerg/${ID}.yaml`, `sources/${ID}.headings.yaml`, `sources/${ID}.txt`]);
    expect(out).toContain(`kommuner/havbjerg/${ID}.yaml`);

    const document = readFileSync(join(dataDir, 'kommuner', 'havbjerg', `${ID}.yaml`), 'utf8');
    // The draft is read as plain YAML, as an editor sees it; the assertions below are what check its shape.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const parsed = parseDocument(document).toJS() as Record<string, any>;
    // The sections are the source's own, at its 19 numbered headings (plus the title block).
    expect(parsed.afsnit.map((section: { id: string }) => section.id).filter((id: string) => /^\d+$/.test(id))).toEqual(
      Array.from({ length: 19 }, (_, index) => String(index + 1)),
    );
    expect(parsed.afsnit.find((section: { id: string }) => section.id === '7').overskrift).toBe('Behandlingsgaranti');
    // The PDF's page header and "Side N af M" footer are in no section.
    expect(parsed.afsnit.filter((section: { tekst?: string }) => /Side \d+ af \d+|Kommune · Kvalitetsstandard/.test(section.tekst ?? ''))).toEqual([]);
    // What can be found mechanically is found, with its excerpt and section.
    expect(parsed.periode).toMatchObject({ tekst: '2026-2027', fra_aar: 2026, til_aar: 2027 });
    expect(parsed.godkendt).toMatchObject({ tekst: '12. marts 2026', dato: '2026-03-12', af: 'Byrådet' });
    expect(parsed.revision).toMatchObject({ senest_aar: 2028 });
    expect(parsed.kontakt[0]).toMatchObject({ telefon: ['41 52 63 74'], email: ['rusmiddel@havbjerg.example'], kilde: { afsnit: '19' } });
    expect(parsed.kontakt[0].adresse).toBe('Strandgade 14, 9990 Havbjerg');
    expect(parsed.kontakt[0].aabningstider).toEqual([
      { dag: 'mandag til torsdag', tid: 'kl. 8.30-15.30' },
      { dag: 'fredag', tid: 'kl. 8.30-13.00' },
    ]);
    expect(parsed.kontakt[0].telefontid).toBe('hverdage kl. 9.00-12.00');
    // The invented standard describes all 18 points, each under its own numbered heading.
    expect(Object.values(parsed.krav as Record<string, { status: string }>).every((point) => point.status === 'beskrevet')).toBe(true);
    expect(parsed.krav.behandlingsgaranti).toEqual({ status: 'beskrevet', afsnit: ['7'] });
    // A topic with one clear number is proposed as a value; the others point at the passages that may describe them.
    expect(parsed.behandlingsgaranti).toEqual([
      {
        dage: 14,
        kilde: {
          afsnit: '7',
          uddrag: ['Behandlingen iværksættes senest 14 dage efter, at borgeren har henvendt sig til Rusmiddelcenter Havbjerg med ønske om behandling.'],
        },
      },
    ]);
    expect(parsed.gavekort).toBe('ikke-beskrevet');
    expect(document).toContain('#     »Havbjerg Kommune anvender ikke gavekort i stofbehandlingen.«');

    // npm run check lists exactly the confirmations, each at the field it concerns, and nothing else.
    const diagnostics = checkWritten();
    expect(diagnostics.filter((d) => d.severity === 'error').every((d) => d.ruleId === 'awaiting-confirmation')).toBe(true);
    expect(diagnostics.filter((d) => d.ruleId === 'awaiting-confirmation')).toHaveLength(parsed.til_bekraeftelse.length);
    const lines = document.split('\n');
    const phone = diagnostics.find((d) => d.message.startsWith('"kontakt.0"'))!;
    expect(lines[phone.line - 1]).toMatch(/^ {2}- navn: /);
  });

  it('writes each section as the source says it: the text under each heading, word for word', async () => {
    const text = havbjergText();
    const { sections } = splitSections(text);
    const lines = text.split('\n');
    for (const [index, section] of sections.entries()) {
      const end = sections[index + 1]?.fromLine ?? lines.length + 1;
      const span = lines
        .slice(section.fromLine, end - 1)
        .join('\n')
        .replace(/^• /gm, '');
      const markdown = (section.tekst ?? '').replace(/^- /gm, '');
      expect(normalizeForExcerpt(markdown), section.id).toBe(normalizeForExcerpt(span));
    }
  });

  it('confirming a field is deleting its entry: the finding goes; blind deletion leaves the covered topics, filled in the check is clean', async () => {
    await importFile('havbjerg.txt', havbjergText(), '--kommune', 'Havbjerg');
    const path = join(dataDir, 'kommuner', 'havbjerg', `${ID}.yaml`);
    const document = parseDocument(readFileSync(path, 'utf8'));
    const entries = (document.get('til_bekraeftelse') as { items: unknown[] }).items;
    const before = checkWritten().filter((d) => d.ruleId === 'awaiting-confirmation').length;
    const index = (document.toJS().til_bekraeftelse as { felt: string }[]).findIndex((entry) => entry.felt === 'kontakt.0');
    entries.splice(index, 1);
    writeFileSync(path, document.toString({ lineWidth: 0 }));
    const after = checkWritten().filter((d) => d.ruleId === 'awaiting-confirmation');
    expect(after).toHaveLength(before - 1);
    expect(after.some((d) => d.message.startsWith('"kontakt.0"'))).toBe(false);
    // Deleting every mark without writing in what the source says is not confirming: the check still names the topics
    // the source covers.
    document.delete('til_bekraeftelse');
    writeFileSync(path, document.toString({ lineWidth: 0 }));
    const blind = checkWritten().filter((d) => d.severity === 'error');
    expect(blind.length).toBeGreaterThan(0);
    expect(new Set(blind.map((d) => d.ruleId))).toEqual(new Set(['not-described-but-source-covers']));
    // With the topics written in, as a person does while confirming, the check is clean.
    confirmHavbjerg(path);
    expect(checkWritten().filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a scanned PDF gets a Danish message saying so, and nothing is written', async () => {
    const { code, err } = await importFile('scannet.pdf', await makeScannedPdf(), '--kommune', 'Havbjerg');
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(err).toContain('scannet PDF');
    expect(err).toContain('Der er ikke skrevet noget');
    expect(written()).toEqual([]);
  });

  it('a text without headings gets a Danish message, and nothing is written', async () => {
    const prose = `${'Kommunen tilbyder rådgivning og behandling til borgere med et forbrug af alkohol eller stoffer, og behandlingen begynder hurtigt efter henvendelsen. '.repeat(6)}\n`;
    const { code, err } = await importFile('brev.txt', prose, '--kommune', 'Havbjerg');
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(err).toContain('ingen overskrifter');
    expect(err).toContain('Der er ikke skrevet noget');
    expect(written()).toEqual([]);
  });

  it('never overwrites: a second import of the same document writes nothing and says which files exist', async () => {
    expect((await importFile('havbjerg.txt', havbjergText(), '--kommune', 'Havbjerg')).code).toBe(EXIT_WRITTEN);
    const path = join(dataDir, 'kommuner', 'havbjerg', `${ID}.yaml`);
    writeFileSync(path, `${readFileSync(path, 'utf8')}# rettet i hånden\n`);
    const again = await importFile('havbjerg.txt', havbjergText(), '--kommune', 'Havbjerg');
    expect(again.code).toBe(EXIT_COULD_NOT_RUN);
    expect(again.err).toContain('overskrives ikke');
    expect(readFileSync(path, 'utf8')).toContain('# rettet i hånden');
    expect(existsSync(join(dataDir, 'sources', `${ID}.txt`))).toBe(true);
  });

  it('makes ids and file names from Danish kommune names', () => {
    expect(slugify('Lyngby-Taarbæk')).toBe('lyngby-taarbaek');
    expect(slugify('Ærø')).toBe('aeroe');
    expect(slugify('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(slugify('Ringkøbing-Skjern')).toBe('ringkoebing-skjern');
  });

  it('the old scaffold form (a name, no file) says how to start from the document', async () => {
    let err = '';
    const code = await runImport(['Aarhus'], { out: () => {}, err: (text) => (err += text), dataDir, cwd: work });
    expect(code).toBe(EXIT_COULD_NOT_RUN);
    expect(err).toContain('--kommune Aarhus');
    expect(written()).toEqual([]);
  });

  it('says in Danish what is wrong with the arguments or the file', async () => {
    expect((await importFile('havbjerg.txt', havbjergText())).err).toContain('--kommune');
    const unknown = await importFile('standard.odt', 'x', '--kommune', 'Havbjerg');
    expect(unknown.code).toBe(EXIT_COULD_NOT_RUN);
    expect(unknown.err).toContain('PDF (.pdf), Word (.docx) og ren tekst (.txt)');
    const missing = await runImport(['findes-ikke.pdf', '--kommune', 'Havbjerg'], { out: () => {}, err: () => {}, dataDir, cwd: work });
    expect(missing).toBe(EXIT_COULD_NOT_RUN);
    expect(written()).toEqual([]);
  });
});
