/** The report: per data set tables, the targets of issue 17 with what holds and why not, as Markdown. */
import { cpus, totalmem } from 'node:os';
import type { BuildProfile, RepeatedBuild } from './build.ts';
import type { CheckResult } from './check.ts';
import { kb, mb, millis, ratio, seconds, table, TODAY } from './common.ts';
import type { SearchResult } from './search.ts';
import { PAGE_TYPES, pageType, TOOL_TYPES, type DocumentOverhead, type measureSizes } from './sizes.ts';

export interface DatasetReport {
  name: string;
  /** Short label used in target names: "korpus", "rigtige data", "10× korpus". */
  label: string;
  directory: string;
  /** How the report names the directory. */
  shown: string;
  yamlBytes: number;
  sourceBytes: number;
  documents: number;
  /** The 1-minute load average when the measurement started and ended: other work on the machine slows everything. */
  load: number;
  loadEnd: number;
  check: CheckResult;
  build: RepeatedBuild;
  baseline?: RepeatedBuild & { pages: number };
  rebuild?: { ms: number; peak: number; edited: string };
  pagefindMs?: number;
  profile?: BuildProfile;
  sizes: ReturnType<typeof measureSizes>;
  overhead?: DocumentOverhead;
  search?: { results: SearchResult[]; error?: string };
}

export interface Target {
  name: string;
  value: string;
  limit: string;
  ok: boolean;
  miss?: string;
  why?: string;
}

const GIB = 1024 ** 3;

function buildRows(report: DatasetReport): string[][] {
  const { build, check, baseline, rebuild } = report;
  return [
    [
      `Bygning i alt (astro build inkl. datakontrol, og Pagefind), median af ${build.allWallMs.length} kolde`,
      `${seconds(build.wallMs)} (${build.allWallMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`,
    ],
    ...build.phases.map((phase) => [`  ↳ ${phase.name}`, seconds(phase.ms)]),
    ...(build.cpuMs !== undefined ? [['  CPU-tid for Node-processerne (user + sys, /usr/bin/time)', seconds(build.cpuMs)]] : []),
    ...(baseline
      ? [
          [
            `Grundlinje: almindelig Astro-bygning af de samme ${baseline.pages} sider (js-yaml + zod, ingen kontrol, standard-Markdown) + pagefind --site, median af ${baseline.allWallMs.length}`,
            `${seconds(baseline.wallMs)} (${baseline.allWallMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`,
          ],
          ...(baseline.astroMedianMs !== undefined && build.astroMedianMs !== undefined
            ? [
                [
                  '  ↳ astro build alene: projektet mod grundlinjen',
                  `${seconds(build.astroMedianMs)} mod ${seconds(baseline.astroMedianMs)} (${ratio(build.astroMedianMs / baseline.astroMedianMs)})`,
                ],
              ]
            : []),
          ['  ↳ projektets bygning + indeks mod grundlinjen', ratio(build.wallMs / baseline.wallMs)],
          ['  ↳ grundlinjens topforbrug af hukommelse (største)', mb(baseline.peakTreeRss)],
        ]
      : []),
    ...(rebuild
      ? [
          [
            `Genbygning efter redigering af ét dokument (${rebuild.edited}), caches fra forrige bygning beholdt`,
            `${seconds(rebuild.ms)} (${Math.round((rebuild.ms / build.wallMs) * 100)} % af en kold bygning)`,
          ],
        ]
      : []),
    [
      `Topforbrug af hukommelse, hele procestræet (sum af RSS, /proc hver 50 ms), største af ${build.allPeaks.length}`,
      `${mb(build.peakTreeRss)} (${build.allPeaks.map((p) => mb(p)).join(', ')})`,
    ],
    ...Object.entries(build.peakByName)
      .filter(([, rss]) => rss > 20 * 1024 * 1024)
      .sort((a, b) => b[1] - a[1])
      .map(([name, rss]) => [`  ↳ største proces "${name}"`, mb(rss)]),
    ...(build.timeMaxRss !== undefined ? [['Største enkeltproces ifølge /usr/bin/time -v', mb(build.timeMaxRss)]] : []),
    [`Kontrollen i processen: indlæsning + checkDataset, kold, median af ${check.runs} friske processer`, millis(check.inProcessMs)],
    ['  ↳ indlæsning af filerne (loadDatasetFromDisk)', millis(check.loadMs)],
    ['  ↳ checkDataset, kold', millis(check.coldMs)],
    ['  ↳ samme kontrol igen i samme proces (varm)', millis(check.warmMs)],
    ['  ↳ til sammenligning: YAML-parsning med positioner (parseYaml) af alle filerne, varm', millis(check.yamlMs)],
    [
      `Kontrollen fra kommandolinjen (tsx src/cli/bin.ts check, som npm run check), vægtid, median af ${check.cliRuns.length}`,
      `${millis(check.cliMs)} (${check.cliRuns.map((ms) => Math.round(ms)).join(', ')}; exitkode ${check.cliExit})`,
    ],
    ...(report.profile
      ? [
          [`CPU-profil af én astro build (node --cpu-prof, ${seconds(report.profile.totalMs)} med profilering)`, 'inklusiv tid'],
          ...report.profile.categories.map((c) => [
            `  ↳ ${c.name}${c.name.startsWith('datakontrol') ? `, kørt ${report.profile!.checkCalls} gange` : ''}`,
            seconds(c.ms),
          ]),
        ]
      : []),
    ...(report.pagefindMs !== undefined ? [['Pagefind alene (indexSite på den byggede mappe, median af 3)', seconds(report.pagefindMs)]] : []),
  ];
}

function sizeRows(report: DatasetReport): string[][] {
  const { sizes, overhead } = report;
  return [
    ['Sider', String(sizes.pages)],
    ['Hele den byggede mappe', mb(sizes.totalBytes)],
    ['Pagefind-indeks i alt', `${mb(sizes.pagefindBytes)} i ${sizes.pagefindFiles} filer`],
    ...Object.entries(sizes.pagefindParts)
      .sort((a, b) => b[1] - a[1])
      .map(([part, bytes]) => [`  ↳ ${part}`, kb(bytes)]),
    ['Al CSS (gzip)', `${kb(sizes.cssGzip)} (${sizes.css.map((c) => `${c.href.split('/').pop()}: ${kb(c.raw)} rå`).join(', ')})`],
    ...(overhead
      ? [
          [
            `Dokumentsidens tillæg: HTML gzip minus dokumentets afsnitstekst gzip, ${overhead.pages} dokumentsider`,
            `median ${kb(overhead.medianBytes)}, største ${kb(overhead.maxBytes)}`,
          ],
          [`  ↳ største: ${overhead.maxUrl}`, `${kb(overhead.maxHtmlGzip)} HTML gzip, ${kb(overhead.maxTextGzip)} tekst gzip`],
        ]
      : []),
  ];
}

export function datasetTables(report: DatasetReport): string {
  const { sizes, search } = report;
  const typeRows = PAGE_TYPES.flatMap((type) => {
    const stats = sizes.types[type];
    if (!stats) return [];
    return [
      [
        type,
        String(stats.count),
        kb(stats.gzipMedian),
        `${kb(stats.gzipMax)} (${stats.gzipMaxUrl})`,
        kb(stats.htmlMedian),
        stats.jsMax === 0 ? '0' : `${kb(stats.jsMedian)} / ${kb(stats.jsMax)} (gzip ${kb(stats.jsGzipMax)})`,
      ],
    ];
  });
  const searchPart = !search
    ? []
    : search.error
      ? [`Søgning i Chromium kunne ikke måles: ${search.error}`]
      : [
          table(
            ['Kold søgning efter "behandlingsgaranti"', 'Til første resultat', 'Pagefind-filer + alt under søgningen', 'Siden selv', 'Alle kørsler (ms)'],
            search.results.map((r) => [r.label, millis(r.ms), `${kb(r.searchBytes)} i ${r.searchRequests} filer`, kb(r.pageBytes), r.runs.join(', ')]),
          ),
          '',
          ...search.results.map(
            (r) =>
              `- ${r.label}: ${Object.entries(r.byResource)
                .sort((a, b) => b[1] - a[1])
                .map(([k, v]) => `${k} ${kb(v)}`)
                .join(', ')}`,
          ),
        ];
  return [
    `### ${report.name}`,
    '',
    `${report.documents} dokumenter i \`${report.shown}\`: ${mb(report.yamlBytes)} YAML og ${mb(report.sourceBytes - report.yamlBytes)} kildetekst (i snit ${kb(report.yamlBytes / report.documents)} YAML pr. dokument); kontrollen: ${report.check.errors} fejl, ${report.check.warnings} advarsler. Maskinens belastning (1 min.): ${report.load.toFixed(1)} ved start, ${report.loadEnd.toFixed(1)} ved slut.`,
    '',
    table(['Måling', 'Resultat'], buildRows(report)),
    '',
    table(['Størrelse', 'Resultat'], sizeRows(report)),
    '',
    table(['Sidetype', 'Sider', 'HTML gzip, median', 'HTML gzip, største', 'HTML rå, median', 'JavaScript, median / største'], typeRows),
    ...(searchPart.length ? ['', ...searchPart] : []),
  ].join('\n');
}

function profileText(profile: BuildProfile | undefined): string {
  if (!profile) return '';
  const parts = profile.categories.filter((c) => c.ms >= 100).map((c) => `${c.name} ${seconds(c.ms)}`);
  return ` CPU-profilen af én astro build (${seconds(profile.totalMs)} med profilering): ${parts.join(', ')}; datakontrollen kører ${profile.checkCalls} gang(e) pr. bygning.`;
}

export function targets(main: DatasetReport | undefined, others: DatasetReport[], tenfold: DatasetReport | undefined): Target[] {
  const list: Target[] = [];
  if (!main) return list;
  const label = main.label;
  const b = main.build;
  const loadText = `belastningen var ${main.load.toFixed(1)}–${main.loadEnd.toFixed(1)} på ${cpus().length} kerner`;
  list.push({
    name: `Bygget og indekseret (${label})`,
    value: seconds(b.wallMs),
    limit: '≤ 8 s',
    ok: b.wallMs <= 8000,
    miss: `${seconds(b.wallMs - 8000)} for langsomt`,
    why: `Tiden fordeler sig: ${b.phases.map((p) => `${p.name} ${seconds(p.ms)}`).join(', ')}.${profileText(main.profile)} Absolutte tider er målt på en delt maskine (${loadText}); sammenlign forholdet til grundlinjen, der er målt i samme kørsel.`,
  });
  if (main.baseline) {
    const r = b.wallMs / main.baseline.wallMs;
    list.push({
      name: `Bygget og indekseret mod en almindelig Astro-bygning af de samme sider (${label})`,
      value: `${ratio(r)} (${seconds(b.wallMs)} mod ${seconds(main.baseline.wallMs)})`,
      limit: '≤ 1,1×',
      ok: r <= 1.1,
      miss: `${ratio(r)}`,
      why: `Grundlinjen (tools/bench/baseline/) læser YAML med js-yaml og zod uden kontrol og renderer Markdown uden projektets tilføjelser; bygningerne skiftes, så belastning rammer begge.${main.baseline.astroMedianMs !== undefined && b.astroMedianMs !== undefined ? ` astro build alene: ${ratio(b.astroMedianMs / main.baseline.astroMedianMs)}.` : ''}`,
    });
  }
  const biggest = Object.entries(b.peakByName).sort((x, y) => y[1] - x[1])[0];
  const over = b.allPeaks.filter((p) => p > GIB).length;
  list.push({
    name: `Topforbrug af hukommelse i hver bygning (${label})`,
    value: `største ${mb(b.peakTreeRss)} af ${b.allPeaks.length}`,
    limit: '≤ 1 GiB i hver',
    ok: over === 0,
    miss: `${over} af ${b.allPeaks.length} over`,
    why: `Summen af RSS for hele procestræet; største proces "${biggest?.[0]}" med ${mb(biggest?.[1] ?? 0)}.`,
  });
  list.push({
    name: `Kontrollen i processen (${label}, kold, indlæsning + kontrol)`,
    value: millis(main.check.inProcessMs),
    limit: '≤ 1 s',
    ok: main.check.inProcessMs <= 1000,
    miss: `${millis(main.check.inProcessMs - 1000)} over`,
    why: `Indlæsning ${millis(main.check.loadMs)}, checkDataset kold ${millis(main.check.coldMs)}, varm ${millis(main.check.warmMs)}; en YAML-parsning med positioner af alle filerne alene tager ${millis(main.check.yamlMs)}.`,
  });
  list.push({
    name: `Kontrollen fra kommandolinjen (${label})`,
    value: millis(main.check.cliMs),
    limit: '≤ 1 s',
    ok: main.check.cliMs <= 1000,
    miss: `${millis(main.check.cliMs - 1000)} over`,
    why: `Heraf er ${millis(Math.max(0, main.check.cliMs - main.check.inProcessMs))} start af Node og tsx og udskrift af fundene.`,
  });
  if (main.rebuild) {
    const share = main.rebuild.ms / b.wallMs;
    list.push({
      name: `Genbygning efter redigering af ét dokument (${label})`,
      value: `${Math.round(share * 100)} % (${seconds(main.rebuild.ms)})`,
      limit: '≤ 25 % af en kold bygning',
      ok: share <= 0.25,
      miss: `${Math.round(share * 100)} %`,
      why: 'En genbygning kører hele astro build og Pagefind igen; kun det, bygningen cacher mellem kørsler (fx renderet Markdown), sparer tid.',
    });
  }
  const search = main.search?.results ?? [];
  const own = search.find((r) => r.mode === 'side');
  const apis = search.filter((r) => r.mode === 'api' || r.mode === 'api-uden-worker');
  const ui = search.find((r) => r.mode === 'ui');
  if (own) {
    list.push({
      name: `Kold søgning, første resultat (/soeg/, ${label})`,
      value: millis(own.ms),
      limit: '≤ 150 ms',
      ok: own.ms <= 150,
      miss: `${millis(own.ms - 150)} over`,
    });
    if (apis.length) {
      const fastest = apis.reduce((x, y) => (y.ms < x.ms ? y : x));
      const smallest = apis.reduce((x, y) => (y.searchBytes < x.searchBytes ? y : x));
      list.push({
        name: `Søgesidens tid mod Pagefinds rå API (${label})`,
        value: `${ratio(own.ms / fastest.ms)} (${millis(own.ms)} mod ${millis(fastest.ms)}, ${fastest.label})`,
        limit: '≤ 1,1×',
        ok: own.ms <= fastest.ms * 1.1,
        miss: ratio(own.ms / fastest.ms),
        why: 'Søgesiden indlæser Pagefind, når siden er i ro eller feltet får fokus; API-målingen starter koldt ved kaldet.',
      });
      list.push({
        name: `Søgesidens bytes mod Pagefinds rå API (${label})`,
        value: `${ratio(own.searchBytes / smallest.searchBytes)} (${kb(own.searchBytes)} mod ${kb(smallest.searchBytes)}, ${smallest.label})`,
        limit: '≤ 1,1×',
        ok: own.searchBytes <= smallest.searchBytes * 1.1,
        miss: ratio(own.searchBytes / smallest.searchBytes),
        why: `Søgesiden: ${Object.entries(own.byResource)
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ')}; API: ${Object.entries(smallest.byResource)
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ')}.`,
      });
    }
    if (ui) {
      list.push({
        name: `Hurtigere end Pagefinds standard-UI (${label})`,
        value: `${ratio(ui.ms / own.ms)} (${millis(ui.ms)} mod ${millis(own.ms)})`,
        limit: '≥ 2×',
        ok: ui.ms >= 2 * own.ms,
        miss: ratio(ui.ms / own.ms),
        why: "Standard-UI'et venter 300 ms (debounce), før det søger.",
      });
    }
  }
  for (const report of [main, ...others]) {
    if (report.overhead) {
      list.push({
        name: `Dokumentsidens tillæg ud over den gengivne tekst, gzip (${report.label})`,
        value: `største ${kb(report.overhead.maxBytes)}, median ${kb(report.overhead.medianBytes)}`,
        limit: '≤ 8 KB',
        ok: report.overhead.maxBytes <= 8 * 1024,
        miss: `største ${kb(report.overhead.maxBytes - 8 * 1024)} over (${report.overhead.maxUrl})`,
        why: 'Tillægget er sidens HTML gzip minus dokumentets afsnitstekster gzip: sidehoved, navigation, fakta med uddrag og markup.',
      });
    }
    const s = report.sizes;
    const jsContentPages = s.jsPages.filter((u) => !TOOL_TYPES.has(pageType(u)));
    list.push({
      name: `Indholdssider uden JavaScript (${report.label})`,
      value: s.contentJsMax === 0 ? '0 B' : kb(s.contentJsMax),
      limit: '0 B',
      ok: s.contentJsMax === 0,
      miss: `${kb(s.contentJsMax)} på den tungeste side`,
      why: `JavaScript på ${jsContentPages.slice(0, 3).join(', ')}${jsContentPages.length > 3 ? ' …' : ''}.`,
    });
    list.push({
      name: `Al CSS gzip (${report.label})`,
      value: kb(s.cssGzip),
      limit: '≤ 15 KB',
      ok: s.cssGzip <= 15 * 1024,
      miss: `${kb(s.cssGzip - 15 * 1024)} over`,
      why: s.css.map((c) => `${c.href}: ${kb(c.gzip)} gzip`).join('; '),
    });
  }
  if (tenfold) {
    const t = tenfold.build;
    list.push({
      name: `10× korpus (${tenfold.documents} dokumenter): bygget og indekseret`,
      value: seconds(t.wallMs),
      limit: 'rapporteres (≤ 8 s gælder 98 × 3)',
      ok: true,
      why: `${ratio(t.wallMs / b.wallMs)} af ${label}s bygning.`,
    });
    list.push({
      name: `10× korpus: topforbrug af hukommelse`,
      value: mb(t.peakTreeRss),
      limit: '≤ 1 GiB',
      ok: t.peakTreeRss <= GIB,
      miss: `${mb(t.peakTreeRss - GIB)} over`,
      why: `${ratio(t.peakTreeRss / b.peakTreeRss)} af ${label}s top.`,
    });
    list.push({
      name: `10× korpus: kontrollen i processen / fra kommandolinjen`,
      value: `${millis(tenfold.check.inProcessMs)} / ${millis(tenfold.check.cliMs)}`,
      limit: 'rapporteres',
      ok: true,
    });
  }
  return list;
}

export function summary(list: Target[]): string {
  return table(
    ['Mål', 'Målt', 'Grænse', 'Holder?'],
    list.map((t) => [t.name, t.value, t.limit, t.ok ? 'ja' : `**nej**: ${t.miss}`]),
  );
}

/** The whole report file (tools/bench/RAPPORT.md): how it was measured, the targets, then every data set. */
export function reportFile(reports: DatasetReport[], list: Target[], when: string, command: string): string {
  const misses = list.filter((t) => !t.ok);
  const first = reports[0];
  return [
    '# Ydelse: benchmarkrapport',
    '',
    ...(command.includes('--fra-json')
      ? [
          'Datasættene er målt i særskilte kørsler af `npm run bench -- --kun <datasæt> --json <fil>` og sat sammen her (se maskinens belastning ved hvert datasæt); antallet af bygninger og kørsler står ved hver måling.',
          '',
        ]
      : []),
    `Skrevet af \`${command}\` (${when}; ${cpus().length} kerner, ${mb(totalmem())} RAM, Node ${process.versions.node}, judgement-dato ${TODAY}). Filen skrives om ved hver kørsel; README.md har et kort, håndskrevet resumé.`,
    '',
    '## Sådan er der målt',
    '',
    '- Korpusset er syntetisk (`npm run corpus -- --kommuner 98`, 3 dokumenter pr. kommune, deterministisk) og ligger i `.corpus/`; 10×-kørslen bruger 98 kommuner med 10 dokumenter hver (`--dokumenter 10`, i `.corpus-10x/`).',
    '- Bygningen er `astro build --outDir` og derefter projektets Pagefind-trin, som `npm run build`, i en kopi af projektet (test/helpers/project-snapshot.ts), så samtidige bygninger ikke fjerner hinandens filer i `.astro/`. Før hver kold bygning fjernes bygningens caches (`.astro/` m.fl., se BUILD_CACHES i tools/bench/build.ts).',
    '- Grundlinjen (tools/bench/baseline/) er en almindelig Astro-bygning af de samme sider: js-yaml (core schema) + zod, ingen kontrol, Astros standard-Markdown uden projektets tilføjelser, og `pagefind --site`. Projektets og grundlinjens bygninger skiftes, så belastning fra andet arbejde rammer begge; forholdet er det, der kan sammenlignes.',
    `- Hukommelse er summen af RSS for hele procestræet, aflæst i /proc hver 50 ms; der rapporteres den største top af alle bygninger, ikke medianen${first?.build.timeTool ? ', og største enkeltproces og CPU-tid fra `/usr/bin/time -v`' : ''}.`,
    '- Kontrollen måles i friske processer: i processen (indlæsning + `checkDataset`, tools/bench/check-worker.ts) og fra kommandolinjen (`tsx src/cli/bin.ts check`, som `npm run check`).',
    '- Genbygningen: efter de kolde bygninger får ét dokument en kommentarlinje (data uændret, filen ændret), og projektet bygges igen med de caches, forrige bygning efterlod.',
    '- Søgningen måles koldt i Chromium (ny browserkontekst, tom cache) mod test/helpers/static-server.ts med gzip, som en almindelig statisk vært. Tid er fra forespørgslen skrives i feltet (eller API-kaldet), til det første resultat står på siden (dets data hentet); bytes er alt, siden bad om i det tidsrum (hele svar, også dem der blev færdige lidt senere), plus de Pagefind-filer siden hentede før (en side, der indlæser Pagefind i ro, betaler de samme bytes tidligere). Median af kørslerne, på skift mellem de fire måder.',
    '- Dokumentsidens tillæg er sidens HTML gzip minus dokumentets afsnitstekster (som data/ har dem) gzip.',
    '- Maskinen er delt med andet arbejde: absolutte tider står med belastningen; forhold inden for samme kørsel er det sammenlignelige.',
    '',
    '## Mål',
    '',
    summary(list),
    '',
    ...(misses.length
      ? ['## Hvor målene ikke nås, og hvorfor', '', ...misses.map((t) => `- **${t.name}**: ${t.value} mod ${t.limit}. ${t.why ?? ''}`), '']
      : []),
    '## Målinger',
    '',
    ...reports.flatMap((report) => [datasetTables(report), '']),
  ].join('\n');
}
