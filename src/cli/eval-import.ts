import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset, textCheckSetup } from '../check/index.ts';
import { dataDirectory, loadDatasetFromDisk } from '../check/node/load-from-disk.ts';
import { evaluateSource, totals, type SourceFigures } from '../import/evaluate.ts';

/** The floors issue 16 sets; test/unit/import-eval.test.ts holds them. */
export const FLOORS = { sections: 0.9, contacts: 0.9, points: 0.85 } as const;

/** Re-imports every curated source in the data directory and measures the import against the hand-made data. */
export function evaluateImport(dataDir = dataDirectory(), root = process.cwd()): SourceFigures[] {
  const dataset = loadDatasetFromDisk(dataDir, root);
  const checked = checkDataset(dataset);
  // The catalogue the import itself uses, and each document's heading map as the check matched it (by its id).
  const { catalogue, keywords } = textCheckSetup(checked)!;
  return checked.documents.map((document) => {
    const source = dataset.sourceTexts[document.data.kildefil]!;
    const headings = checked.headingMaps.get(document.data.id)!.data;
    return evaluateSource({ id: document.data.id, source, document: document.data, headings: headings.overskrifter, catalogue, keywords }).figures;
  });
}

/** What the section figures measure, printed under the table so the figure is read as what it is. */
export const SECTION_METRIC = [
  'Sådan måles afsnittene: afsnit sammenlignes på deres grænser i kilden, ikke på deres id. Et kurateret afsnit går fra',
  'linjen med den første overskrift, overskriftskortet giver det, til linjen før det næste kuraterede afsnit. Det er',
  '"enigt", når importen begynder et afsnit på samme linje og det næste afsnit på det næste kuraterede afsnits linje.',
  '"Også ved kortets underoverskrifter" tillader derudover, at importen deler afsnittet ved overskrifter, som kortet selv',
  'lister inde i det (fx dele af et dokument, der ikke er transskriberet); tallet er ikke en del af målet. "Grænser uden',
  'overskrift i kortet" er importens afsnit, der begynder på en linje, som ikke er en overskrift i kortet.',
];

const percent = (hit: number, all: number) => (all === 0 ? '  -  ' : `${((100 * hit) / all).toFixed(0).padStart(3)} %`);

export function formatFigures(figures: readonly SourceFigures[]): string {
  const rows = figures.map((f) => [
    f.id,
    `${f.sections.agreeing}/${f.sections.curated} ${percent(f.sections.agreeing, f.sections.curated)}`,
    `${f.sections.agreeingAtMapHeadings}/${f.sections.curated}`,
    `${f.sections.imported}`,
    `${f.sections.offMap.length}`,
    `${f.phones.proposed}/${f.phones.curated}`,
    `${f.emails.proposed}/${f.emails.curated}`,
    `${f.hours.proposed}/${f.hours.curated}`,
    f.points ? `${f.points.agreeing}/${f.points.curated} ${percent(f.points.agreeing, f.points.curated)}` : 'gælder ikke',
  ]);
  const header = ['kilde', 'afsnit enige', 'ved underoverskr.', 'importens afsnit', 'uden for kortet', 'telefon', 'e-mail', 'tider', 'lovens punkter enige'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  const all = totals(figures);
  const misses = figures.flatMap((f) => [
    ...(f.sections.disagreeing.length ? [`  ${f.id}: afsnit, der ikke stemmer: ${f.sections.disagreeing.join(', ')}`] : []),
    ...(f.sections.offMap.length ? [`  ${f.id}: importens grænser, der ikke er en overskrift i kortet: ${f.sections.offMap.join('; ')}`] : []),
    ...[...f.phones.missed, ...f.emails.missed, ...f.hours.missed].map((value) => `  ${f.id}: ikke foreslået: ${value}`),
    ...(f.points?.disagreeing ?? []).map((point) => `  ${f.id}: punkt ${point}`),
  ]);
  const mark = (share: number, floor: number) => `${(share * 100).toFixed(1)} % (mindst ${floor * 100} %: ${share >= floor ? 'ja' : 'NEJ'})`;
  return [
    line(header),
    ...rows.map(line),
    '',
    `Afsnitsgrænser enige:                ${mark(all.sections, FLOORS.sections)}`,
    `  (også ved kortets underoverskrifter: ${(all.sectionsAtMapHeadings * 100).toFixed(1)} %, ikke en del af målet)`,
    `Telefon, e-mail og tider foreslået:  ${mark(all.contacts, FLOORS.contacts)}`,
    `Lovens punkter enige:                ${mark(all.points, FLOORS.points)}`,
    ...(misses.length ? ['', 'Forskelle:', ...misses] : []),
    '',
    ...SECTION_METRIC,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = evaluateImport();
  process.stdout.write(`${formatFigures(figures)}\n`);
  const all = totals(figures);
  process.exitCode = all.sections >= FLOORS.sections && all.contacts >= FLOORS.contacts && all.points >= FLOORS.points ? 0 : 1;
}
