import type { RequirementCatalogue } from '../../schemas/index.ts';
import type { KeywordFile } from '../../schemas/point-keywords.ts';
import { compilePattern } from '../check/text/patterns.ts';
import { normalizeForExcerpt } from '../check/normalize.ts';
import { findCandidates, findMetaCandidates, sentencesOf, type Candidate, type DocumentMetaCandidates } from './facts.ts';
import { proposePoints, type PointProposal } from './points.ts';
import { splitSections, type HeadingHints, type ImportedSection, type OmittedText } from './sections.ts';
import { slugify as kommuneSlug } from '../check/slug.ts';

/**
 * The import: from a source text to a draft document. Pure (no file system), so the CLI, the evaluation and the tests
 * run the same code. What it writes:
 *
 * - `afsnit`: the source's sections verbatim, at the headings the text check finds;
 * - the heading map (data/sources/<id>.headings.yaml): each heading and the section it opens;
 * - the document's period, approval, drafting date and revision deadline where the source states them;
 * - contact candidates (phone, e-mail, web, postal address, opening and phone hours) with excerpt and section;
 * - the 18-point mapping from the draft-text check (kvalitetsstandarder);
 * - for every other topic, "ikke-beskrevet" with the schema's shape and the passages that may describe it as comments.
 *
 * Every value found mechanically is listed under `til_bekraeftelse`; the check reports each as an error
 * (awaiting-confirmation) until a person has checked it and deleted the entry.
 */

export const DOCUMENT_KINDS = ['kvalitetsstandard', 'servicedeklaration', 'udviklingsplan'] as const;
export type ImportKind = (typeof DOCUMENT_KINDS)[number];

export interface ImportInput {
  /** The source text, as extracted (it is saved unchanged as data/sources/<id>.txt). */
  text: string;
  /** The kommune's name without "Kommune". */
  kommune: string;
  /** The document kind; found from the text when not given. */
  kind?: ImportKind;
  /** The newest requirement catalogue for kvalitetsstandarder, and its keyword file. */
  catalogue: RequirementCatalogue;
  keywords: KeywordFile;
  /** The file the text came from, named in the draft's header comment. */
  sourceName: string;
  /** Whether the document schema has `udeladt_fra_kilden` (dropped page furniture is then declared). */
  declareOmissions?: boolean;
  /** What the reader knows about the headings (a Word file's heading styles); the text's layout decides otherwise. */
  headingHints?: HeadingHints;
}

export interface ImportResult {
  ok: true;
  id: string;
  kind: ImportKind;
  /** Names and texts of the three files to write. */
  sourceFile: string;
  headingsFile: string;
  documentFile: string;
  sourceText: string;
  headingsYaml: string;
  documentYaml: string;
  sections: ImportedSection[];
  candidates: Candidate[];
  meta: DocumentMetaCandidates;
  points: PointProposal[];
  omitted: OmittedText[];
  /** How many confirmations the draft lists. */
  confirmations: number;
}

export interface ImportFailure {
  ok: false;
  /** Why the import wrote nothing, in Danish. */
  message: string;
}

/** At least this much text, or the file is not a document (a scan gives at most a few stray characters). */
const MIN_LETTERS = 200;

export function importDocument(input: ImportInput): ImportResult | ImportFailure {
  const letters = (input.text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) {
    return {
      ok: false,
      message: `${input.sourceName} indeholder næsten ingen tekst (${letters} bogstaver). Er det en scannet PDF uden tekstlag, skal den først gennem tekstgenkendelse (OCR), fx "Gør tekst søgbar" i et PDF-program; ellers kontrollér, at det er den rigtige fil. Der er ikke skrevet noget.`,
    };
  }
  const headingPatterns = Object.fromEntries(Object.entries(input.keywords.punkter).map(([id, keywords]) => [id, keywords.overskrifter.map(compilePattern)]));
  const namesPoints = (lower: string) =>
    new Set(
      Object.entries(headingPatterns)
        .filter(([, patterns]) =>
          patterns.some((pattern) => {
            pattern.regex.lastIndex = 0;
            return pattern.regex.test(lower);
          }),
        )
        .map(([id]) => id),
    );
  const split = splitSections(input.text, namesPoints, input.headingHints);
  if (split.sections.length < 2) {
    return {
      ok: false,
      message: `Der er ingen overskrifter i ${input.sourceName}${split.sections.length === 1 ? ' ud over én' : ''}, så teksten kan ikke deles i afsnit. Et dokument skal have en overskrift over hvert afsnit (fx "4.3 Behandlingsgaranti" eller en kort linje uden punktum). Tilføj overskrifterne i en kopi af teksten (.txt) og importér den. Der er ikke skrevet noget.`,
    };
  }
  const kind = input.kind ?? guessKind(input.text);
  const meta = findMetaCandidates(split.sections, split.preamble.map((line) => line.text).join('\n'), input.text);
  const slug = kommuneSlug(input.kommune);
  const id = [slug, kind, ...(meta.periode ? [`${meta.periode.fra}-${meta.periode.til}`] : [])].join('-');
  const candidates = findCandidates(split.sections, input.text);
  // The point mapping is written for a kvalitetsstandard only; for every kind it tells where each topic may be described.
  const allPoints = proposePoints(input.text, split.sections, input.catalogue, input.keywords);
  const points = kind === 'kvalitetsstandard' ? allPoints : [];
  const draft = new DraftWriter();
  const documentYaml = writeDocument(draft, {
    ...input,
    kind,
    id,
    sections: split.sections,
    preamble: split.preamble.map((l) => l.text),
    meta,
    candidates,
    points,
    topicPoints: allPoints,
    omitted: split.omitted,
  });
  return {
    ok: true,
    id,
    kind,
    sourceFile: `${id}.txt`,
    headingsFile: `${id}.headings.yaml`,
    documentFile: `${id}.yaml`,
    sourceText: input.text,
    headingsYaml: writeHeadings(id, split.sections),
    documentYaml,
    sections: split.sections,
    candidates,
    meta,
    points,
    omitted: split.omitted,
    confirmations: draft.confirmations.length,
  };
}

function guessKind(text: string): ImportKind {
  const opening = text.slice(0, 3000).toLowerCase();
  if (/servicedeklaration/.test(opening)) return 'servicedeklaration';
  if (/udviklingsplan/.test(opening) && !/kvalitetsstandard/.test(opening)) return 'udviklingsplan';
  return 'kvalitetsstandard';
}

/** A YAML scalar on one line: plain when that is safe, else double-quoted. */
export function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,()/–-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|ja|nej|\d[\d.\s-]*)$/i.test(value) && !/[:#]/.test(value)
    ? value
    : JSON.stringify(value);
}

/** A block scalar (|) with every line indented. */
function blockScalar(text: string, indent: string): string {
  return `|\n${text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : `${indent}${line}`))
    .join('\n')}`;
}

const shorten = (text: string, max = 110) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

class DraftWriter {
  lines: string[] = [];
  confirmations: { felt: string; hvad: string }[] = [];
  push(...lines: string[]) {
    this.lines.push(...lines);
  }
  confirm(felt: string, hvad: string) {
    this.confirmations.push({ felt, hvad });
  }
}

interface WriteInput extends ImportInput {
  kind: ImportKind;
  id: string;
  sections: ImportedSection[];
  preamble: string[];
  meta: DocumentMetaCandidates;
  candidates: Candidate[];
  points: PointProposal[];
  /** The point mapping used to find where each topic may be described (also for documents without krav). */
  topicPoints: PointProposal[];
  omitted: OmittedText[];
}

/** Which point's passages are candidates for each topic; anonymity has no point of its own and is found by its words. */
const TOPICS: { key: string; point?: string; words?: RegExp; sentences?: RegExp; what: string; shape: string[] }[] = [
  {
    key: 'maalgrupper',
    sentences: /målgruppe|\d+\s*år|unge|pårørende|borgere/i,
    point: 'maalgruppe',
    what: 'hvem tilbuddene er til',
    shape: [
      '- navn: <gruppen, som kilden kalder den>   # fx "Unge i alderen 15-25 år"',
      '  alder: { fra: 15, til: 25 }              # kun når kilden giver aldre',
      '  omraader: [alkohol, stof]                # kun når kilden siger det',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
    ],
  },
  {
    key: 'tilbud',
    sentences: /tilbud|behandling/i,
    point: 'organisering-og-tilbud',
    what: 'behandlings- og støttetilbuddene',
    shape: [
      '- id: <kort-slug>',
      '  navn: <tilbuddets navn i kilden>',
      '  former: [ambulant]                       # raadgivning, ambulant, dag, doegn, anonym, substitution, medicinsk, online, unge, boern, paaroerende, familie, sundhed',
      '  beskrivelse: <en sætning tæt på kilden>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
    ],
  },
  {
    key: 'behandlingsgaranti',
    sentences: /\d+\s*(?:hver)?dage|garanti/i,
    point: 'behandlingsgaranti',
    what: 'hvor hurtigt behandlingen skal begynde',
    shape: [
      '- dage: 14                                 # antallet af dage; skal stå i et uddrag',
      '  regnet_fra: <fra hvad, som kilden siger>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden, med tallet>'] }",
    ],
  },
  {
    key: 'frit_valg',
    sentences: /frit valg|frit vælge|frit at vælge|selv vælge/i,
    point: 'frit-valg',
    what: 'frit valg af behandlingssted',
    shape: [
      '- gaelder: generelt                        # generelt, alkohol, stof eller substitution',
      '  betingelser: <betingelserne, tæt på kilden>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
    ],
  },
  {
    key: 'anonymitet',
    sentences: /anonym/i,
    words: /anonym/i,
    what: 'anonym rådgivning og behandling',
    shape: [
      '- gaelder: <hvad man kan få anonymt>',
      '  betingelser: <for hvem og på hvilke betingelser>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
    ],
  },
  {
    key: 'klageadgang',
    sentences: /klage|ankestyrelsen|patientklage|\d+\s*uger/i,
    point: 'sagsbehandling-og-klageadgang',
    what: 'hvor og hvordan man klager',
    shape: [
      '- id: <kort-slug>',
      '  emne: socialfaglig-afgoerelse           # sundhedsfaglig-behandling, socialfaglig-afgoerelse, personale-og-sagsbehandling, borgerraadgiver, andet',
      '  titel: <klagevejens titel>',
      '  instans: <hvor klagen sendes hen, som kilden skriver det>',
      '  frist: <klagefristen, som kilden skriver den>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden, med instans og frist>'] }",
    ],
  },
  {
    key: 'doegninstitutioner',
    sentences: /døgn/i,
    point: 'doegnbehandling-kvalitetskrav',
    what: 'døgninstitutioner, kommunen bruger',
    shape: [
      '- navn: <institutionens navn>',
      '  beliggenhed: <hvor, som kilden siger>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden, med navnet>'] }",
    ],
  },
  {
    key: 'opfoelgning',
    sentences: /opfølg|måned/i,
    point: 'handleplaner',
    what: 'opfølgning efter behandlingen',
    shape: [
      '- maaneder: [1, 3, 6]                      # måneder efter udskrivning',
      '  gaelder_for: <hvem, tæt på kilden>',
      "  kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden, med tallene>'] }",
    ],
  },
  {
    key: 'gavekort',
    sentences: /gavekort/i,
    point: 'gavekort',
    what: 'gavekort i stofbehandlingen',
    shape: [
      'anvendes: true                             # om kommunen bruger gavekort',
      'beloeb_kr: 100                             # kun når kilden nævner beløbet',
      "kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
    ],
  },
  {
    key: 'betaling',
    sentences: /betal|kost og logi|gratis|egenbetaling/i,
    point: 'kost-og-logi',
    what: 'betaling for behandling og for kost og logi',
    shape: [
      'ambulant_gratis: true                      # kun når kilden siger det',
      'kost_og_logi: <reglerne for kost og logi, tæt på kilden>',
      "kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
    ],
  },
];

function writeDocument(draft: DraftWriter, input: WriteInput): string {
  const { sections, meta, kind } = input;
  const title = guessTitle(input.preamble, sections, input.kommune, kind);
  const areas = [...(/alkohol/i.test(input.text) ? ['alkohol'] : []), ...(/\bstof|narkotika|hash|cannabis|kokain/i.test(input.text) ? ['stof'] : [])];
  draft.push(
    '# yaml-language-server: $schema=../../../public/schemas/dokument.schema.json',
    `# Udkast importeret fra ${input.sourceName} med "npm run importer". Intet her er kontrolleret endnu:`,
    '# alt, importen har fundet maskinelt, står under til_bekraeftelse nederst, og "npm run check" melder hvert punkt',
    '# som en fejl (awaiting-confirmation) ved feltet, det gælder. Kontrollér feltet mod kilden, ret det, og slet punktet.',
    '# Reglerne står i data/README.md.',
    `id: ${input.id}`,
    `kommune: ${yamlScalar(input.kommune)}`,
    `titel: ${yamlScalar(title)}`,
    `dokumenttype: ${kind}`,
    `omraader: [${(areas.length ? areas : ['alkohol', 'stof']).join(', ')}]  # de stofområder, dokumentet dækker`,
    ...(kind === 'kvalitetsstandard' ? [`kravkatalog: ${input.catalogue.id}`] : []),
    `kildefil: ${input.id}.txt`,
  );
  draft.confirm('titel', `Titlen "${title}" er gættet ud fra dokumentets første linjer; skriv dokumentets egen titel.`);
  draft.confirm('omraader', `Stofområderne [${(areas.length ? areas : ['alkohol', 'stof']).join(', ')}] er gættet ud fra ordene i teksten.`);

  // The document's own dates.
  const metaField = (key: string, found: { excerpt: string; section: string } | undefined, body: () => string[], comment: string) => {
    if (!found) {
      draft.push(`${key}: ikke-beskrevet  # ${comment}; importen fandt det ikke`);
      draft.confirm(key, `Importen fandt ikke ${comment.replace(/, med dato.*$/, '')}. Bekræft, at kilden ikke nævner det, eller udfyld feltet.`);
      return;
    }
    draft.push(
      `${key}:  # ${comment}`,
      ...body().map((line) => `  ${line}`),
      `  kilde: { afsnit: ${yamlScalar(found.section)}, uddrag: [${JSON.stringify(found.excerpt)}] }`,
    );
    draft.confirm(key, `Fundet i afsnit ${found.section}: »${shorten(found.excerpt)}«.`);
  };
  metaField(
    'periode',
    meta.periode,
    () => [`tekst: ${yamlScalar(meta.periode!.value)}`, `fra_aar: ${meta.periode!.fra}`, `til_aar: ${meta.periode!.til}`],
    'perioden, dokumentet gælder for',
  );
  metaField(
    'udarbejdet',
    meta.udarbejdet,
    () => [`tekst: ${yamlScalar(meta.udarbejdet!.value)}`, `aar: ${meta.udarbejdet!.aar}`],
    'hvornår dokumentet er skrevet',
  );
  metaField(
    'godkendt',
    meta.godkendt,
    () => [
      `tekst: ${yamlScalar(meta.godkendt!.value)}`,
      ...(meta.godkendt!.dato ? [`dato: ${meta.godkendt!.dato}`] : []),
      ...(meta.godkendt!.af ? [`af: ${yamlScalar(meta.godkendt!.af)}`] : []),
    ],
    'den politiske godkendelse, med dato kun når kilden giver en hel dato',
  );
  metaField(
    'revision',
    meta.revision,
    () => [`tekst: ${yamlScalar(meta.revision!.value)}`, `senest_aar: ${meta.revision!.aar}`],
    'hvornår dokumentet skal revideres',
  );

  if (input.declareOmissions && input.omitted.length > 0) {
    draft.push('udeladt_fra_kilden:  # sidehoveder, sidefødder og sidetal, som ikke er en del af noget afsnit');
    for (const omission of input.omitted) draft.push(`  - { tekst: ${JSON.stringify(omission.tekst)}, begrundelse: ${JSON.stringify(omission.begrundelse)} }`);
  }

  draft.push('', `afsnit:  # kildens afsnit ordret, delt ved de ${sections.length} overskrifter, importen fandt (se ${input.id}.headings.yaml)`);
  for (const section of sections) {
    draft.push(`  - id: ${yamlScalar(section.id)}`, `    overskrift: ${yamlScalar(section.overskrift)}`, `    niveau: ${section.niveau}`);
    if (section.tekst) draft.push(`    tekst: ${blockScalar(section.tekst, '      ')}`);
  }
  const preambleNote =
    input.preamble.length > 0 ? ` Teksten før første overskrift (»${shorten(input.preamble.join(' '), 60)}«) er ikke med i noget afsnit.` : '';
  draft.confirm(
    'afsnit',
    `Importen delte kilden i ${sections.length} afsnit ved de linjer, den tog for overskrifter. Se efter, at hver overskrift er en rigtig overskrift, at ingen mangler (en overskrift, der er løbet sammen med teksten, bliver ikke fundet), og at niveauerne passer.${preambleNote}`,
  );

  if (kind === 'kvalitetsstandard') {
    draft.push('', `krav:  # ${input.catalogue.kort_titel}: forslag fra tekstkontrollen; "beskrevet" med afsnit, eller "ikke-beskrevet"`);
    for (const point of input.points) {
      const wording = input.catalogue.punkter.find((p) => p.id === point.id)?.ordlyd.replace(/\s+/g, ' ') ?? '';
      draft.push(`  # ${point.nummer}. ${shorten(wording, 150)}`);
      if (point.status === 'beskrevet') draft.push(`  ${point.id}: { status: beskrevet, afsnit: [${point.afsnit.map((id) => yamlScalar(id)).join(', ')}] }`);
      else draft.push(`  ${point.id}: { status: ikke-beskrevet }`);
      draft.confirm(
        `krav.${point.id}`,
        `Punkt ${point.nummer} er foreslået som "${point.status}"${point.afsnit.length ? ` i afsnit ${point.afsnit.join(', ')}` : ''}. ${point.grundlag}`,
      );
    }
  }

  // Topics: the schema's shape as a comment, candidates as comments, the value "ikke-beskrevet" until a person fills it.
  for (const topic of TOPICS) {
    const passages = topicPassages(topic, input.topicPoints, sections);
    draft.push('', `# ${topic.key}: ${topic.what}. Skriv det ind i denne form (se data/README.md), eller lad "ikke-beskrevet" stå, hvis kilden intet siger:`);
    draft.push(...topic.shape.map((line) => `#   ${line}`));
    if (passages.length > 0) {
      draft.push('# Her taler kilden måske om det (sætningerne er ordrette og kan bruges som uddrag):');
      for (const passage of passages) {
        draft.push(`#   afsnit ${passage.id}: ${passage.overskrift}`);
        const candidates = topic.sentences
          ? sentencesOf(passage)
              .filter((sentence) => topic.sentences!.test(sentence))
              .slice(0, 3)
          : [];
        for (const sentence of candidates) draft.push(`#     »${sentence.replace(/\s+/g, ' ')}«`);
      }
    }
    const guarantee = topic.key === 'behandlingsgaranti' ? guaranteeCandidate(passages, input.text) : undefined;
    if (guarantee) {
      draft.push(
        `${topic.key}:  # fundet maskinelt: antallet af dage og sætningen, der giver det`,
        `  - dage: ${guarantee.days}`,
        `    kilde: { afsnit: ${yamlScalar(guarantee.section)}, uddrag: [${JSON.stringify(guarantee.sentence)}] }`,
      );
      draft.confirm(
        topic.key,
        `Behandlingsgarantien på ${guarantee.days} dage er fundet i afsnit ${guarantee.section}: »${shorten(guarantee.sentence)}«. Tilføj fra hvad dagene regnes (regnet_fra) og undtagelser, hvis kilden nævner dem.`,
      );
      continue;
    }
    draft.push(`${topic.key}: ikke-beskrevet`);
    draft.confirm(
      topic.key,
      passages.length > 0
        ? `Står som ikke-beskrevet, men kilden taler måske om ${topic.what} i afsnit ${passages.map((p) => p.id).join(', ')}. Skriv det ind, eller bekræft, at kilden ikke beskriver det.`
        : `Importen fandt intet om ${topic.what}. Bekræft, at kilden ikke beskriver det, eller skriv det ind.`,
    );
  }

  writeContacts(draft, input.candidates, sections);
  draft.push(
    '',
    '# Hvert punkt her er fundet maskinelt og venter på et menneske. Kontrollér feltet mod kilden, ret det, og slet punktet.',
    'til_bekraeftelse:',
  );
  for (const entry of draft.confirmations) draft.push(`  - felt: ${entry.felt}`, `    hvad: ${JSON.stringify(entry.hvad)}`);
  return `${draft.lines.join('\n')}\n`;
}

/** The one sentence in the guarantee's sections that gives a number of days ("senest 14 dage"), if exactly one does. */
function guaranteeCandidate(passages: readonly ImportedSection[], source: string): { days: number; sentence: string; section: string } | undefined {
  const found = passages.flatMap((section) =>
    sentencesOf(section).flatMap((sentence) => {
      const match = /(?<![\d.,])(\d{1,3})\s+dage\b/.exec(sentence);
      return match && normalizeForExcerpt(source).includes(normalizeForExcerpt(sentence)) ? [{ days: Number(match[1]), sentence, section: section.id }] : [];
    }),
  );
  const days = new Set(found.map((candidate) => candidate.days));
  return days.size === 1 ? found[0] : undefined;
}

/** Sections where the text check placed the topic's point, or (for anonymity) whose heading names it. */
function topicPassages(topic: (typeof TOPICS)[number], points: readonly PointProposal[], sections: readonly ImportedSection[]): ImportedSection[] {
  const ids = topic.point ? (points.find((p) => p.id === topic.point)?.afsnit ?? []) : [];
  const byWords = topic.words ? sections.filter((s) => topic.words!.test(s.overskrift)).map((s) => s.id) : [];
  const wanted = new Set([...ids, ...byWords]);
  return sections.filter((section) => wanted.has(section.id));
}

/** One contact candidate per section that has phone numbers, e-mails, addresses or hours. */
function writeContacts(draft: DraftWriter, candidates: readonly Candidate[], sections: readonly ImportedSection[]): void {
  draft.push(
    '',
    '# kontakt: hvordan man kommer i kontakt. Importen har samlet telefonnumre, e-mails, adresser og tider afsnit for afsnit;',
    "# del en post op, når den dækker flere steder, og flyt en klageinstans' nummer til klageadgang.",
  );
  const bySection = sections
    .map((section) => ({ section, found: candidates.filter((c) => c.section === section.id) }))
    .filter((entry) => entry.found.length > 0);
  if (bySection.length === 0) {
    draft.push(
      '#   - navn: <stedets navn>',
      "#     telefon: ['<som kilden skriver det>']",
      "#     kilde: { afsnit: '<afsnit-id>', uddrag: ['<ordret fra kilden>'] }",
      'kontakt: ikke-beskrevet',
    );
    draft.confirm('kontakt', 'Importen fandt ingen telefonnumre, e-mails, adresser eller åbningstider. Bekræft, at kilden ikke har dem, eller skriv dem ind.');
    return;
  }
  draft.push('kontakt:');
  bySection.forEach(({ section, found }, index) => {
    const of = (kind: Candidate['kind']) => found.filter((c) => c.kind === kind);
    const list = (values: string[]) => `[${[...new Set(values)].map((v) => JSON.stringify(v)).join(', ')}]`;
    draft.push(`  - navn: ${yamlScalar(guessPlaceName(found, section))}`);
    const address = of('adresse')[0];
    if (address) draft.push(`    adresse: ${JSON.stringify(address.value)}`);
    if (of('telefon').length) draft.push(`    telefon: ${list(of('telefon').map((c) => c.value))}`);
    if (of('email').length) draft.push(`    email: ${list(of('email').map((c) => c.value))}`);
    if (of('hjemmeside').length) draft.push(`    hjemmeside: ${list(of('hjemmeside').map((c) => c.value))}`);
    const phoneHours = of('tider').filter((c) => c.telefontid);
    const openingHours = of('tider').filter((c) => !c.telefontid);
    if (phoneHours.length) draft.push(`    telefontid: ${JSON.stringify(phoneHoursText(phoneHours))}`);
    if (openingHours.length) {
      draft.push('    aabningstider:');
      for (const hours of openingHours) draft.push(`      - { dag: ${JSON.stringify(hours.dag ?? 'alle dage')}, tid: ${JSON.stringify(hours.value)} }`);
    }
    const excerpts = [...new Set(found.map((c) => c.excerpt))];
    draft.push(`    kilde:`, `      afsnit: ${yamlScalar(section.id)}`, '      uddrag:', ...excerpts.map((e) => `        - ${JSON.stringify(e)}`));
    const summary = found
      .map((c) => `${c.kind === 'tider' ? (c.telefontid ? 'telefontid' : 'åbningstid') : c.kind} ${c.dag ? `${c.dag} ` : ''}${c.value}`)
      .join('; ');
    draft.confirm(
      `kontakt.${index}`,
      `Fundet i afsnit ${section.id} (${section.overskrift}): ${shorten(summary, 200)}. Kontrollér navnet, numrene og tiderne mod kilden.`,
    );
  });
}

/** The phone hours as one verbatim stretch of the excerpt: from the first day (or time) to the last time. */
function phoneHoursText(hours: readonly Candidate[]): string {
  const first = hours[0]!;
  const last = hours.filter((c) => c.excerpt === first.excerpt).at(-1)!;
  const start = first.excerpt.indexOf(first.dag ?? first.value);
  const end = first.excerpt.lastIndexOf(last.value) + last.value.length;
  return start >= 0 && end > start ? first.excerpt.slice(start, end) : first.value;
}

function guessPlaceName(found: readonly Candidate[], section: ImportedSection): string {
  for (const candidate of found) {
    const name =
      /(?:\p{Lu}\p{L}*\s)?(?:\p{Lu}\p{L}*(?:center|centret|centeret|rådgivning\p{L}*|ambulatori\p{L}*|afdeling\p{L}*|styrelse\p{L}*)(?:\s\p{Lu}\p{L}+)?)/u.exec(
        candidate.excerpt,
      );
    if (name) return name[0];
  }
  return section.overskrift;
}

function guessTitle(preamble: readonly string[], sections: readonly ImportedSection[], kommune: string, kind: ImportKind): string {
  const lines = [...preamble, ...sections.slice(0, 3).map((s) => s.overskrift)];
  const titled = lines.find((line) => /standard|deklaration|udviklingsplan/i.test(line) && line.split(/\s+/).length >= 2 && line.length <= 120);
  if (titled) return titled.replace(/\s+/g, ' ').trim();
  return `${kind === 'kvalitetsstandard' ? 'Kvalitetsstandard' : kind === 'servicedeklaration' ? 'Servicedeklaration' : 'Udviklingsplan'} for ${kommune} Kommune`;
}

/** The heading map: each heading of the source and the section it opens. */
function writeHeadings(id: string, sections: readonly ImportedSection[]): string {
  return [
    '# yaml-language-server: $schema=../../public/schemas/overskrifter.schema.json',
    '# Kildens overskrifter, som importen fandt dem, og det afsnit i dokumentet, hver åbner. Ret filen sammen med afsnit.',
    `dokument: ${id}`,
    'overskrifter:',
    ...sections.map((section) => `  - tekst: ${JSON.stringify(section.headingInSource)}\n    afsnit: ${yamlScalar(section.id)}`),
    '',
  ].join('\n');
}
