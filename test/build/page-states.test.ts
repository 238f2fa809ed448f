import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/dataset.ts';
import { htmlText } from '../helpers/html-text.ts';

/**
 * Every state a fact can be in is visible on every page that shows the fact. The real data plus two fictional
 * documents (test/fixtures/_page-states/) that between them use each state are built once; the tests read the HTML.
 */
const FIXTURE = join(FIXTURES, '_page-states');
const STANDARD = '/kommuner/tilstandsby/tilstandsby-kvalitetsstandard-2019/';
const SERVICE = '/kommuner/tilstandsby/tilstandsby-servicedeklaration/';
const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-states-'));
const dist = join(workspace, 'dist');
let build: ReturnType<typeof spawnSync> | undefined;

beforeAll(() => {
  const data = join(workspace, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  mkdirSync(join(data, 'kommuner', 'tilstandsby'));
  for (const name of readdirSync(FIXTURE)) {
    if (name.endsWith('.txt') || name.endsWith('.headings.yaml')) cpSync(join(FIXTURE, name), join(data, 'sources', name));
    else if (name.endsWith('.yaml')) cpSync(join(FIXTURE, name), join(data, 'kommuner', 'tilstandsby', name));
  }
  build = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RUSMIDDEL_DATA_DIR: data, RUSMIDDEL_TODAY: '2025-06-01', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}, 300_000);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (path: string) => htmlText(html(path));
/** The text of the table row whose header names `label` (a comparison table row is one document). */
function rowText(path: string, label: RegExp): string {
  const rows = html(path).match(/<tr[\s\S]*?<\/tr>/g) ?? [];
  const row = rows.map(htmlText).find((candidate) => label.test(candidate));
  if (!row) throw new Error(`Ingen række matcher ${label} på ${path}`);
  return row;
}
const standardRow = /Tilstandsby Kvalitetsstandard/;
const serviceRow = /Tilstandsby Servicedeklaration/;
const OLD = '(fra 2019, mere end to år gammel)';

describe('the site built with a document in every state', () => {
  it('builds', () => {
    expect(build?.stderr).not.toMatch(/  error  /);
    expect(build?.status).toBe(0);
  });

  it('explicitly none: "Ingen frist" wherever the deadline is shown, never "nævner ingen frist"', () => {
    expect(text(STANDARD)).toContain('Klagefrist Ingen frist');
    expect(text('/klage/tilstandsby/personale/')).toContain('Der er ingen klagefrist.');
    expect(text('/klage/tilstandsby/personale/')).not.toContain(' nævner ingen frist');
    expect(text('/klage/tilstandsby/personale/')).not.toContain('siger ikke noget om en frist');
    expect(text('/rettigheder/tilstandsby/')).toContain('Klag til centerlederen. Der er ingen klagefrist.');
    expect(rowText('/emner/klageadgang/', standardRow)).toContain('centerlederen (frist: Ingen frist)');
    // A topic the source says there is none of (no own institutions): its words, not "Ikke beskrevet".
    expect(text(STANDARD)).toContain('Ingen ifølge dokumentet: Kommunen har ingen egne døgninstitutioner');
    expect(rowText('/emner/doegninstitutioner/', standardRow)).toContain('Kommunen har ingen egne døgninstitutioner');
    expect(rowText('/emner/doegninstitutioner/', standardRow)).not.toContain('Ikke beskrevet');
  });

  it('condition: shown beside the fact on the document, rights, complaint and topic pages', () => {
    const deadline = '4 uger (betingelse: kun klager over visitation)';
    expect(text(STANDARD)).toContain(`Klagefrist ${deadline}`);
    // On the citizen's pages the deadline is a sentence, with the source's words marked as a quotation.
    const sentence = 'Klagefristen er 4 uger. Fristen gælder kun klager over visitation.';
    expect(text('/klage/tilstandsby/stofbehandling/')).toContain(sentence);
    expect(text('/rettigheder/tilstandsby/')).toContain(sentence);
    expect(html('/klage/tilstandsby/stofbehandling/')).toContain('Klagefristen er <q>4 uger</q>.');
    expect(rowText('/emner/klageadgang/', standardRow)).toContain('Tilstandsby Rusmiddelcenter (frist: 4 uger (kun klager over visitation))');
    // A condition on the fact itself (follow-up only with consent).
    const consent = 'Betingelse: kun når borgeren har givet samtykke';
    expect(text(STANDARD)).toContain(consent);
    expect(text('/rettigheder/tilstandsby/')).toContain('Det gælder kun når borgeren har givet samtykke.');
    expect(rowText('/emner/opfoelgning/', standardRow)).toContain('3 måneder efter afsluttet behandling (kun når borgeren har givet samtykke)');
  });

  it('delvist: its own state with the reason in the matrix, the document page, the rights page and /krav/<punkt>/', () => {
    const reason = 'Teksten siger, at behandlerne spørger til børn, men ikke hvad der så sker.';
    expect(rowText('/krav/', /^ ?16\. Hjemmeboende børn/)).toMatch(/◐ Delvist beskrevet \(mangler: Teksten siger, at behandlerne spørger til børn/);
    expect(rowText(STANDARD, /^ ?16\. Hjemmeboende børn/)).toContain(`◐ Delvist beskrevet 5 Børn Mangler: ${reason}`);
    expect(text('/krav/hjemmeboende-boern/')).toContain(`Tilstandsby (fra 2019, mere end to år gammel): ◐ Delvist beskrevet i afsnit 5 – Mangler: ${reason}`);
    expect(text('/rettigheder/tilstandsby/')).toContain(
      `beskriver delvist, hvordan behandlingen tager hensyn til børn under 18 år i hjemmet: Børn Mangler: ${reason}`,
    );
    expect(text(STANDARD)).toContain('1 punkt er delvist beskrevet.');
  });

  it('not a quality standard: says what the document is and shows what it touches, never "Ikke relevant"', () => {
    const notAStandard = 'Servicedeklaration, ikke en kvalitetsstandard: lovens 18 punkter gælder ikke.';
    expect(text('/krav/')).not.toContain('Ikke relevant');
    expect(rowText('/krav/', /^ ?14\. Monitorering/)).toContain(
      `${notAStandard} Dokumentet omtaler emnet i: 1 Om tilbuddet (Måler hvert halve år, hvor mange der gennemfører.)`,
    );
    expect(rowText('/emner/monitorering/', serviceRow)).toContain(`${notAStandard} Dokumentet omtaler emnet i: 1 Om tilbuddet`);
    expect(rowText('/emner/personale/', serviceRow)).toContain('2 Medarbejdere');
    expect(text('/krav/monitorering/')).toContain(
      `Servicedeklaration (testeksempel), Tilstandsby (udateret): ${notAStandard} Dokumentet omtaler emnet i: 1 Om tilbuddet`,
    );
    expect(text(SERVICE)).toContain('Lovens punkter, dokumentet omtaler');
    expect(text(SERVICE)).toContain('14. Monitorering: 1 Om tilbuddet – Måler hvert halve år');
  });

  it('dated: every answer from a dated-out document carries "fra 2019, mere end to år gammel"; an undated one "udateret"', () => {
    expect(text('/klage/tilstandsby/stofbehandling/')).toContain(`Kilde: Tilstandsby Kommune, Kvalitetsstandard 2019 (testeksempel), afsnit 2 ${OLD}`);
    expect(text('/klage/tilstandsby/personale/')).toContain(`afsnit 2 ${OLD}`);
    expect(text('/rettigheder/tilstandsby/').split(OLD).length - 1).toBeGreaterThanOrEqual(3);
    expect(rowText('/emner/klageadgang/', standardRow)).toContain(`Kvalitetsstandard, 2019 ${OLD}`);
    expect(rowText('/emner/klageadgang/', serviceRow)).toContain('Servicedeklaration, Udateret');
    expect(html('/emner/klageadgang/')).toContain('<strong class="dated-marker">Udateret</strong>');
    // Home cards.
    expect(text('/')).toContain(`Kvalitetsstandard 2019 (testeksempel) ${OLD}`);
    expect(text('/')).toContain('Servicedeklaration (testeksempel) (udateret)');
    // Search results: the marker is the page's Pagefind metadata (shown in each result) as well as in its text.
    expect(html(STANDARD)).toContain('data-pagefind-meta="datering:fra 2019, mere end to år gammel"');
    expect(html('/rettigheder/tilstandsby/')).toContain('data-pagefind-meta="datering:fra 2019, mere end to år gammel; udateret"');
    expect(html('/klage/tilstandsby/personale/')).toContain('data-pagefind-meta="datering:fra 2019, mere end to år gammel"');
    // Print: the marker is part of the content, not of anything the print stylesheet hides.
    expect(html('/klage/tilstandsby/personale/')).toMatch(/<main[\s\S]*class="dated-marker"[\s\S]*<\/main>/);
  });

  it('not described with a reason: the reason is shown on the document, rights and topic pages', () => {
    const reason = 'Teksten nævner kun, at egenbetaling drøftes med rådgiveren; den siger ikke, hvad noget koster.';
    expect(text(STANDARD)).toContain(`Ikke beskrevet i standarden Begrundelse: ${reason}`);
    expect(text('/rettigheder/tilstandsby/')).toContain(
      `Ikke beskrevet i kommunens standard. Kvalitetsstandard 2019 (testeksempel) beskriver det ikke. Begrundelse: ${reason}`,
    );
    expect(rowText('/emner/betaling/', standardRow)).toContain(`Ikke beskrevet i standarden (begrundelse: ${reason})`);
    // A mandatory point recorded as not described, with the reviewer's reason.
    expect(rowText(STANDARD, /^ ?11\. /)).toContain('✗ Ikke beskrevet Egenbetaling nævnes kun som noget, der drøftes med rådgiveren.');
    expect(text('/krav/kost-og-logi/')).toContain('✗ Ikke beskrevet – Egenbetaling nævnes kun som noget, der drøftes med rådgiveren.');
  });

  it('reconsideration first: "Send klagen til X. X ser på sagen igen og sender den videre til Y"', () => {
    const steps = 'Send klagen til Tilstandsby Rusmiddelcenter. Tilstandsby Rusmiddelcenter ser på sagen igen og sender den videre til Ankestyrelsen.';
    expect(text('/klage/tilstandsby/stofbehandling/')).toContain(steps);
    expect(text('/rettigheder/tilstandsby/')).toContain(steps);
    expect(text('/klage/tilstandsby/stofbehandling/')).not.toContain('Klag til Ankestyrelsen');
  });

  it('/krav/ shows how a document dates itself in its own words, not a year it does not state', () => {
    const skanderborg = rowText('/krav/', /Kvalitetsstandard for alkohol- og stofbehandling 2025–2026, Skanderborg/);
    expect(skanderborg).toContain('periode 2025-2026; godkendt xx.xx.2024');
    expect(skanderborg).not.toMatch(/Skanderborg 2026 /);
    expect(rowText('/krav/', /Kvalitetsstandard 2019 \(testeksempel\), Tilstandsby/)).toContain('udarbejdet i 2019');
  });
});
