import { TOPIC_LINES } from '../../src/check/rules/absence.ts';
import type { z } from 'zod';
import type { DocumentSchema, SubstanceArea, TopicKey } from '../../schemas/index.ts';
import { DocumentDraft, renderSource, type HeadingEntry, type SectionDraft } from './draft.ts';
import type { Kommune } from './kommune.ts';
import type { Random } from './random.ts';
import { PROSE, type InstitutionTemplate, type OfferTemplate } from './vocabulary.ts';

/** A document as its YAML file holds it: the document schema's input type, so the generator cannot drift from the schema unnoticed. */
export type DocumentInput = z.input<typeof DocumentSchema>;

/** One generated document: its YAML data (in the key order of the real files), source text and heading map. */
export interface GeneratedDocument {
  id: string;
  data: DocumentInput;
  source: string;
  headings: HeadingEntry[];
}

type Field<K extends keyof DocumentInput> = Exclude<DocumentInput[K], undefined>;
/** A described metadata field or single-valued topic: neither "ikke-beskrevet" nor a not-described record. */
type Described<K extends keyof DocumentInput> = Exclude<Field<K>, string | { status: 'ikke-beskrevet' } | readonly unknown[]>;
/** One entry of a list topic. */
type Item<K extends keyof DocumentInput> = Extract<Field<K>, readonly unknown[]>[number];

const NOT = 'ikke-beskrevet' as const;
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const LAW_NAMES: Record<string, string> = {
  'sel-101': 'serviceloven § 101',
  'sel-101a': 'serviceloven § 101 a',
  'sel-104': 'serviceloven § 104',
  'sel-107': 'serviceloven § 107',
  'sul-141': 'sundhedsloven § 141',
  'sul-142': 'sundhedsloven § 142',
};

export const SYNTHETIC_NOTE =
  'Syntetiske testdata: dokumentet, kommunen og kildeteksten er genereret af "npm run corpus" til at måle sidens ydelse ' +
  'og findes ikke i virkeligheden. Navne, adresser, telefonnumre og løfter er opdigtede.';

/** The mandatory points a generated kvalitetsstandard may leave out (a finding the site shows). */
const OMITTABLE_POINTS = [
  'monitorering',
  'brugerinddragelse',
  'handleplaner',
  'gavekort',
  'hjemmeboende-boern',
  'fremtidig-indsats',
  'doegnbehandling-kvalitetskrav',
  'personale',
  'kost-og-logi',
  'frit-valg',
  'maal-og-vaerdier',
];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const listText = (items: readonly (string | number)[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`);

function fill(text: string, k: Kommune): string {
  return text
    .replaceAll('{center}', k.center)
    .replaceAll('{kommune}', k.navn)
    .replaceAll('{by}', k.by)
    .replaceAll(
      '{omraadetekst}',
      k.omraader.length === 2
        ? 'både alkoholbehandling efter sundhedsloven og social stofbehandling efter serviceloven'
        : 'social stofbehandling efter serviceloven',
    )
    .replaceAll('{ungeFra}', String(k.ungeAlder.fra))
    .replaceAll('{ungeTil}', String(k.ungeAlder.til));
}

/** Context shared by the section writers of one document. */
class Writer {
  readonly draft = new DocumentDraft();
  readonly covered = new Map<string, string[]>();

  constructor(
    readonly k: Kommune,
    readonly random: Random,
    readonly numbered: boolean,
  ) {}

  chapter(overskrift: string, slug: string): SectionDraft {
    return this.numbered ? this.draft.chapterSection(overskrift) : this.draft.slugSection(slug, overskrift, 1);
  }

  sub(overskrift: string, slug: string): SectionDraft {
    return this.numbered ? this.draft.subSection(overskrift) : this.draft.slugSection(slug, overskrift, 2);
  }

  subSub(overskrift: string, slug: string): SectionDraft {
    return this.numbered ? this.draft.subSubSection(overskrift) : this.draft.slugSection(slug, overskrift, 3);
  }

  /** Records that `section` describes mandatory point `pointId`. */
  cover(pointId: string, section: SectionDraft): void {
    this.covered.set(pointId, [...(this.covered.get(pointId) ?? []), section.id]);
  }

  /** One to `max` paragraphs of two to five sentences of general prose on `topic`, no sentence twice. */
  prose(section: SectionDraft, topic: string, max = 3): void {
    const sentences = this.random.shuffle(PROSE[topic] ?? []).map((sentence) => fill(sentence, this.k));
    const paragraphs = this.random.int(1, max + (this.k.stor ? 1 : 0));
    let at = 0;
    for (let i = 0; i < paragraphs && at < sentences.length; i++) {
      const count = this.random.int(this.k.stor ? 3 : 2, this.k.stor ? 6 : 5);
      section.paragraph(...sentences.slice(at, at + count));
      at += count;
    }
  }

  heading(options: string[]): string {
    return this.random.pick(options);
  }
}

// --- Facts -------------------------------------------------------------------------------------------------------

function period(section: SectionDraft, fra: number, til: number, random: Random, kind: string): Described<'periode'> {
  const tekst = `${fra}-${til}`;
  const sentence = random.pick([`${kind} gælder for perioden ${tekst}.`, `${kind} beskriver det serviceniveau, som kommunen har fastsat for årene ${tekst}.`]);
  section.paragraph(sentence);
  return { tekst, fra_aar: fra, til_aar: til, kilde: section.kilde(sentence) };
}

function drafted(section: SectionDraft, year: number, random: Random): Described<'udarbejdet'> {
  const tekst = `Udarbejdet ${random.pick(MONTHS)} ${year}`;
  section.lines(`${tekst}.`);
  return { tekst, aar: year, kilde: section.kilde(`${tekst}.`) };
}

function approval(section: SectionDraft, k: Kommune, year: number, random: Random): Described<'godkendt'> {
  if (random.chance(0.3)) {
    const tekst = `xx.xx.${year}`;
    const sentence = `Kvalitetsstandarden er godkendt af ${k.godkendtAf} den ${tekst}.`;
    section.paragraph(sentence);
    return { tekst, af: k.godkendtAf, kilde: section.kilde(sentence) };
  }
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const tekst = `${day}. ${MONTHS[month - 1]} ${year}`;
  const sentence = `Kvalitetsstandarden er godkendt af ${k.godkendtAf} den ${tekst}.`;
  section.paragraph(sentence);
  return { tekst, dato: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, af: k.godkendtAf, kilde: section.kilde(sentence) };
}

function revision(section: SectionDraft, year: number, random: Random): Described<'revision'> {
  const tekst = random.pick([`senest i efteråret ${year}`, `inden udgangen af ${year}`, `senest i foråret ${year}`]);
  const sentence = `Standarden skal revideres ${tekst}.`;
  section.paragraph(sentence);
  return { tekst, senest_aar: year, kilde: section.kilde(sentence) };
}

const TARGET_GROUPS: { key: string; omraade?: SubstanceArea; write: (k: Kommune) => { sentence: string; fact: Omit<Item<'maalgrupper'>, 'kilde'> } }[] = [
  {
    key: 'voksne-alkohol',
    omraade: 'alkohol',
    write: () => ({
      sentence: 'Alkoholbehandlingen er for borgere over 18 år, der har et behandlingskrævende forbrug af alkohol.',
      fact: { navn: 'Borgere over 18 år med et behandlingskrævende forbrug af alkohol', alder: { fra: 18 }, omraader: ['alkohol'] },
    }),
  },
  {
    key: 'voksne-stof',
    omraade: 'stof',
    write: () => ({
      sentence: 'Stofbehandlingen er for borgere over 18 år med et behandlingskrævende forbrug af euforiserende stoffer.',
      fact: { navn: 'Borgere over 18 år med et behandlingskrævende forbrug af stoffer', alder: { fra: 18 }, omraader: ['stof'] },
    }),
  },
  {
    key: 'unge',
    write: (k) => ({
      sentence: `Unge mellem ${k.ungeAlder.fra} og ${k.ungeAlder.til} år kan få rådgivning og behandling i et særligt ungetilbud.`,
      fact: { navn: `Unge mellem ${k.ungeAlder.fra} og ${k.ungeAlder.til} år`, alder: { ...k.ungeAlder } },
    }),
  },
  {
    key: 'paaroerende',
    write: () => ({
      sentence: 'Pårørende til borgere med et forbrug af rusmidler kan også få rådgivning, selv om borgeren ikke er i behandling.',
      fact: { navn: 'Pårørende', paaroerende: true, beskrivelse: 'Også når borgeren ikke selv er i behandling.' },
    }),
  },
  {
    key: 'dobbelt',
    write: () => ({
      sentence: 'Borgere med både et rusmiddelproblem og en psykisk lidelse er en særlig målgruppe, som tilbydes en koordineret indsats.',
      fact: { navn: 'Borgere med både et rusmiddelproblem og en psykisk lidelse', beskrivelse: 'Tilbydes en koordineret indsats.' },
    }),
  },
  {
    key: 'gravide',
    write: () => ({
      sentence: 'Gravide med et forbrug af rusmidler tilbydes en særlig indsats i samarbejde med regionens familieambulatorium.',
      fact: { navn: 'Gravide med et forbrug af rusmidler' },
    }),
  },
];

function targetGroups(section: SectionDraft, k: Kommune, random: Random, max: number): Item<'maalgrupper'>[] {
  const groups = TARGET_GROUPS.filter((group) => !group.omraade || k.omraader.includes(group.omraade));
  const chosen = [
    ...groups.filter((group) => group.omraade),
    ...random.sample(
      groups.filter((group) => !group.omraade),
      random.int(1, max),
    ),
  ];
  const written = chosen.map((group) => group.write(k));
  // Two or three groups share a paragraph; the rest get their own.
  const split = random.int(1, written.length);
  section.paragraph(...written.slice(0, split).map((w) => w.sentence));
  for (const w of written.slice(split)) section.paragraph(w.sentence);
  return written.map((w) => ({ ...w.fact, kilde: section.kilde(w.sentence) }));
}

function offer(section: SectionDraft, k: Kommune, template: OfferTemplate, random: Random, detailed = false): Item<'tilbud'> {
  const maalgruppe = fill(template.maalgruppe, k);
  const first = `${template.navn} er et tilbud til ${maalgruppe}.`;
  const description = fill(template.beskrivelse, k);
  const extent = template.varighed ? `Omfanget er ${template.varighed}.` : undefined;
  const law = template.hjemmel ? `Tilbuddet gives efter ${listText(template.hjemmel.map((id) => LAW_NAMES[id] ?? id))}.` : undefined;
  const howItWorks = random.sample(PROSE.behandling ?? [], detailed ? random.int(2, 6) : random.int(0, 3)).map((sentence) => fill(sentence, k));
  if (detailed) {
    section.label('Målgruppe').paragraph(first);
    section.label('Indhold').paragraph(description, ...random.shuffle(howItWorks));
    if (extent) section.label('Omfang').paragraph(extent);
    if (law) section.paragraph(law);
  } else {
    if (random.chance(0.5)) section.label(template.navn);
    section.paragraph(...[first, description, extent, law].filter((s): s is string => s !== undefined));
    if (howItWorks.length) section.paragraph(...random.shuffle(howItWorks));
  }
  const omraader = template.omraader.filter((area) => k.omraader.includes(area));
  const alder = template.alder === 'unge' ? { ...k.ungeAlder } : template.alder;
  return {
    id: template.key,
    navn: template.navn,
    former: template.former,
    ...(omraader.length ? { omraader } : {}),
    maalgruppe: capitalize(maalgruppe),
    ...(alder ? { alder } : {}),
    ...(template.hjemmel ? { hjemmel: template.hjemmel } : {}),
    ...(template.varighed ? { varighed: template.varighed } : {}),
    beskrivelse: description,
    kilde: section.kilde(first, ...(extent ? [extent] : [])),
  };
}

function guarantees(section: SectionDraft, k: Kommune, random: Random): Item<'behandlingsgaranti'>[] {
  const regnetFra = random.pick(['henvendelsen', 'den første henvendelse til centret', 'at borgeren har anmodet om behandling']);
  const sentence = `Behandlingen iværksættes senest ${k.garantiDage} dage efter ${regnetFra}.`;
  const exceptions = 'Anonym stofbehandling og den lægelige behandling er ikke omfattet af behandlingsgarantien.';
  const withExceptions = random.chance(0.5);
  section.paragraph(sentence, ...(withExceptions ? [exceptions] : []));
  const facts: Item<'behandlingsgaranti'>[] = [
    {
      dage: k.garantiDage,
      regnet_fra: regnetFra,
      gaelder_for: k.omraader.length === 2 ? 'Stof- og alkoholbehandling' : 'Stofbehandling',
      ...(withExceptions ? { undtagelser: ['Anonym stofbehandling', 'Den lægelige behandling'] } : {}),
      kilde: section.kilde(sentence, ...(withExceptions ? [exceptions] : [])),
    },
  ];
  if (random.chance(0.3)) {
    const young = 'For unge tilbydes den første samtale senest 7 dage efter henvendelsen.';
    section.paragraph(young);
    facts.push({ dage: 7, regnet_fra: 'henvendelsen', gaelder_for: 'Den første samtale for unge', kilde: section.kilde(young) });
  }
  return facts;
}

function freeChoice(section: SectionDraft, k: Kommune, random: Random): Item<'frit_valg'>[] {
  const facts: Item<'frit_valg'>[] = [];
  if (k.omraader.includes('stof')) {
    const s =
      'Borgere, der er visiteret til stofbehandling, kan frit vælge et andet offentligt eller privat behandlingstilbud af samme karakter som det, kommunen har anvist.';
    section.paragraph(s);
    facts.push({
      gaelder: 'stof',
      betingelser: 'Et andet offentligt eller privat tilbud af samme karakter som det anviste.',
      hjemmel: ['sel-101'],
      kilde: section.kilde(s),
    });
  }
  if (k.omraader.includes('alkohol')) {
    const s = 'Borgeren kan frit vælge alkoholbehandling i en anden kommune eller på et privat behandlingssted, som har overenskomst med en kommune.';
    section.paragraph(s);
    facts.push({
      gaelder: 'alkohol',
      betingelser: 'I en anden kommune eller på et privat behandlingssted med overenskomst.',
      hjemmel: ['sul-141'],
      kilde: section.kilde(s),
    });
  }
  if (random.chance(0.4)) {
    const s = 'Det frie valg gælder ikke den lægelige substitutionsbehandling, som altid foregår i kommunens eget ambulatorium.';
    section.paragraph(s);
    facts.push({
      gaelder: 'substitution',
      betingelser: 'Gælder ikke; substitutionsbehandlingen foregår i kommunens eget ambulatorium.',
      kilde: section.kilde(s),
    });
  }
  return facts;
}

function anonymity(section: SectionDraft, k: Kommune, random: Random): Item<'anonymitet'>[] {
  const facts: Item<'anonymitet'>[] = [];
  if (k.omraader.includes('stof')) {
    const s = 'Anonym ambulant stofbehandling tilbydes efter serviceloven § 101 a til borgere, der ikke har andre væsentlige sociale problemer.';
    const limit = 'Hvis der under forløbet viser sig behov for en bredere indsats, tilbydes borgeren at overgå til den almindelige behandling.';
    const withLimit = random.chance(0.5);
    section.paragraph(s, ...(withLimit ? [limit] : []));
    facts.push({
      gaelder: 'Ambulant stofbehandling',
      betingelser: 'For borgere, der ikke har andre væsentlige sociale problemer.',
      ...(withLimit ? { begraensninger: 'Ved behov for en bredere indsats tilbydes overgang til den almindelige behandling.' } : {}),
      hjemmel: ['sel-101a'],
      kilde: section.kilde(s, ...(withLimit ? [limit] : [])),
    });
  }
  if (k.omraader.includes('alkohol') && random.chance(0.6)) {
    const s = 'Alle kan få anonym rådgivning om alkohol, uden at oplyse navn eller CPR-nummer.';
    section.paragraph(s);
    facts.push({ gaelder: 'Rådgivning om alkohol', kilde: section.kilde(s) });
  }
  return facts;
}

/** The complaint routes, each in its own section (subsections of `parent` when given); returns the facts and sections. */
function complaints(w: Writer, parent: SectionDraft | undefined): { routes: Item<'klageadgang'>[]; sections: SectionDraft[] } {
  const { k, random } = w;
  const routes: Item<'klageadgang'>[] = [];
  const sections: SectionDraft[] = [];
  const place = (title: string, slug: string) => {
    const section = parent ? w.sub(title, slug) : w.draft.slugSection(slug, title, 2);
    sections.push(section);
    return section;
  };

  const social = place(w.heading(['Klage over afgørelser om stofbehandling', 'Klage over afgørelser efter serviceloven']), 'klage-afgoerelse');
  const s1 = 'Du kan klage over afgørelser om social behandling efter serviceloven § 101 til Ankestyrelsen.';
  const s2 = `Klagen skal være modtaget i ${k.navn} Kommune inden 4 uger efter, at du har modtaget afgørelsen.`;
  const s3 = 'Kommunen genvurderer afgørelsen inden for 4 uger, og fastholdes afgørelsen, sendes klagen videre til Ankestyrelsen.';
  const s4 = 'Du kan klage skriftligt eller mundtligt.';
  social.paragraph(s1, s2).paragraph(s3, s4);
  w.prose(social, 'visitation', 1);
  routes.push({
    id: 'socialfaglig-afgoerelse',
    emne: 'socialfaglig-afgoerelse',
    titel: 'Klage over afgørelser om stofbehandling',
    instans: 'Ankestyrelsen',
    hvordan: 'Skriftligt eller mundtligt til kommunen.',
    frist: 'inden 4 uger efter, at du har modtaget afgørelsen',
    genvurdering: { kommunen_foerst: true, frist: '4 uger', derefter: 'Ankestyrelsen' },
    hjemmel: ['sel-101'],
    kilde: social.kilde(s1, s2, s3),
  });

  if (k.omraader.includes('alkohol')) {
    const health = place('Klage over den sundhedsfaglige behandling', 'klage-sundhed');
    const h1 = 'Klager over den sundhedsfaglige behandling, herunder alkoholbehandling efter sundhedsloven § 141, sendes til Styrelsen for Patientklager.';
    const h2 = 'Klagen skal indgives senest 3 år efter, at du er blevet bekendt med forholdet.';
    health.paragraph(h1, h2);
    routes.push({
      id: 'sundhedsfaglig-behandling',
      emne: 'sundhedsfaglig-behandling',
      titel: 'Klage over den sundhedsfaglige behandling',
      instans: 'Styrelsen for Patientklager',
      frist: 'senest 3 år efter, at du er blevet bekendt med forholdet',
      hjemmel: ['sul-141'],
      kilde: health.kilde(h1, h2),
    });
  }

  const staff = place('Klage over personale og sagsbehandling', 'klage-personale');
  const p1 = `Klager over personalets adfærd eller over sagsbehandlingstiden rettes til lederen af ${k.center}, ${k.leder}.`;
  const p2 = `Lederen kan kontaktes på telefon ${k.telefon}.`;
  staff.paragraph(p1, p2);
  routes.push({
    id: 'personale-og-sagsbehandling',
    emne: 'personale-og-sagsbehandling',
    titel: 'Klage over personale og sagsbehandling',
    eksempler: ['Personalets adfærd', 'Sagsbehandlingstiden'],
    instans: `lederen af ${k.center}`,
    telefon: [k.telefon],
    kilde: staff.kilde(p1, p2),
  });

  if (random.chance(0.5)) {
    const citizen = place('Borgerrådgiveren', 'borgerraadgiver');
    const b1 = `Du kan også kontakte Borgerrådgiveren i ${k.navn} Kommune på telefon ${k.borgerraadgiverTelefon}.`;
    citizen.paragraph(b1, 'Borgerrådgiveren kan vejlede om dine muligheder for at klage, men kan ikke ændre en afgørelse.');
    routes.push({
      id: 'borgerraadgiver',
      emne: 'borgerraadgiver',
      titel: 'Borgerrådgiveren',
      kan_ikke_paaklages: ['Borgerrådgiveren kan ikke ændre en afgørelse.'],
      instans: `Borgerrådgiveren i ${k.navn} Kommune`,
      telefon: [k.borgerraadgiverTelefon],
      kilde: citizen.kilde(b1),
    });
  }
  return { routes, sections };
}

function institution(section: SectionDraft, template: InstitutionTemplate, random: Random): Item<'doegninstitutioner'> {
  const head = `${template.navn} (beliggende i ${template.beliggenhed})`;
  const target = `Målgruppe: ${template.maalgruppe}.`;
  const methods = `Behandlingsmetoder: ${template.metoder.join(', ')}.`;
  const web = `Hjemmeside: ${template.hjemmeside}`;
  const withMethods = random.chance(0.8);
  section.lines(head, target, ...(withMethods ? [methods] : []), web);
  return {
    navn: template.navn,
    beliggenhed: template.beliggenhed,
    maalgruppe: `${template.maalgruppe}.`,
    alder: { ...template.alder },
    omraader: template.omraader,
    ...(withMethods ? { metoder: template.metoder } : {}),
    hjemmeside: template.hjemmeside,
    kilde: section.kilde(head, target, ...(withMethods ? [methods] : []), web),
  };
}

function followUp(section: SectionDraft, k: Kommune): Item<'opfoelgning'> {
  const months = k.opfoelgningMaaneder;
  const sentence = `${k.center} kontakter borgeren ${listText(months)} måneder efter, at stofbehandlingen er afsluttet, for at følge op på behandlingsplanen.`;
  section.paragraph(sentence, 'Opfølgningen skal forebygge tilbagefald og sikre, at borgeren får hjælp, hvis det bliver nødvendigt.');
  return {
    maaneder: [...months],
    gaelder_for: 'Borgere, der har afsluttet stofbehandling',
    beskrivelse: 'Opfølgning på behandlingsplanen for at forebygge tilbagefald.',
    kilde: section.kilde(sentence),
  };
}

function giftCard(section: SectionDraft, k: Kommune): Described<'gavekort'> {
  if (!k.gavekort) {
    const s = `${k.navn} Kommune anvender ikke gavekort i stofbehandlingen.`;
    section.paragraph(s);
    return { anvendes: false, kilde: section.kilde(s) };
  }
  const g = k.gavekort;
  const s1 = `${k.navn} Kommune anvender gavekort til unge under ${g.alderTil} år i stofbehandling.`;
  const s2 = `Den unge kan få et gavekort på ${g.beloeb} kr. ${g.hyppighed}, dog højst ${g.maks} gavekort pr. forløb.`;
  section.paragraph(s1, s2, 'Gavekortet kan ikke bruges til alkohol, tobak eller rusmidler.');
  return {
    anvendes: true,
    maalgruppe: `Unge under ${g.alderTil} år i stofbehandling`,
    beloeb_kr: g.beloeb,
    hyppighed: g.hyppighed,
    maks_antal: g.maks,
    betingelser: 'Kan ikke bruges til alkohol, tobak eller rusmidler.',
    kilde: section.kilde(s1, s2),
  };
}

function payment(section: SectionDraft, random: Random): Described<'betaling'> {
  const free = 'Ambulant behandling er gratis for borgeren.';
  const lodging = random.pick([
    'Under døgnbehandling betaler borgeren selv for kost og logi efter kommunens takster.',
    'Ved døgnbehandling skal borgeren betale for kost og logi; betalingen fastsættes ud fra borgerens indkomst.',
  ]);
  section.paragraph(free, lodging);
  return { ambulant_gratis: true, kost_og_logi: lodging, kilde: section.kilde(free, lodging) };
}

function contacts(section: SectionDraft, k: Kommune, random: Random, withYouth: boolean): Item<'kontakt'>[] {
  const address = `${k.gade}, ${k.postnr} ${k.by}`;
  const main = [k.center, address, `Telefon: ${k.telefon}`, `E-mail: ${k.email}`, `Hjemmeside: ${k.hjemmeside}`];
  section.lines(...main);
  section.label('Åbningstider');
  const hours = k.aabning.map((a) => `${a.dag}: ${a.tid}`);
  section.lines(...hours);
  const phoneHours = `Telefontid: ${k.telefontid}.`;
  section.paragraph(phoneHours);
  const facts: Item<'kontakt'>[] = [
    {
      navn: k.center,
      adresse: address,
      telefon: [k.telefon],
      email: [k.email],
      hjemmeside: [k.hjemmeside],
      telefontid: k.telefontid,
      aabningstider: k.aabning.map((a) => ({ ...a })),
      kilde: section.kilde(main.join('\n'), hours.join('\n'), phoneHours),
    },
  ];
  if (withYouth) {
    const s = `Ungerådgivningen kan kontaktes på telefon ${k.ungeTelefon} eller på e-mail ${k.ungeEmail}.`;
    section.paragraph(s);
    facts.push({ navn: 'Ungerådgivningen', telefon: [k.ungeTelefon], email: [k.ungeEmail], kilde: section.kilde(s) });
  }
  if (random.chance(0.4)) {
    const lines = [`Leder: ${k.leder}`, `Telefon: ${k.telefon}`];
    section.lines(...lines);
    facts.push({ navn: `Leder: ${k.leder}`, telefon: [k.telefon], kilde: section.kilde(lines.join('\n')) });
  }
  return facts;
}

// --- Documents ---------------------------------------------------------------------------------------------------

interface DocumentFrame {
  id: string;
  titel: string;
  dokumenttype: 'kvalitetsstandard' | 'servicedeklaration' | 'udviklingsplan';
  kildebemaerkning: string;
  meta: { periode: Field<'periode'>; udarbejdet: Field<'udarbejdet'>; godkendt: Field<'godkendt'>; revision: Field<'revision'> };
  krav?: Field<'krav'>;
  /** The described topics; every other topic of the registry is written as not described. */
  topics: { [K in TopicKey]?: Field<K> };
}

function finish(w: Writer, frame: DocumentFrame, sourceTitle: string): GeneratedDocument {
  const { k, random } = w;
  const front = ['SYNTETISK TESTDOKUMENT - ikke en rigtig kommunes dokument', '', sourceTitle, `${k.navn} Kommune`];
  const footers: string[] = [];
  const source = renderSource(
    w.draft,
    {
      front,
      footer: `${k.navn} Kommune · ${sourceTitle}`,
      width: random.int(78, 96),
      pageLines: random.int(45, 60),
    },
    random,
    footers,
  );
  // A word the page layout hyphenated at a line break ("behandling-" / "sgarantien") is one word to the check's
  // reading of the source, so it is joined before looking for mentions; otherwise a 10x corpus failed the check.
  const sourceLines = source.replace(/-\n(?=\p{Ll})/gu, '').split('\n');
  // A topic the source mentions without describing it is recorded with the reason, as the check requires of data/
  // (rule not-described-but-source-covers). The stems are generous: a reason too many costs nothing in test data.
  const mentioned = (key: TopicKey) => {
    const pattern = MENTION_STEMS[key] ?? TOPIC_LINES[key];
    return pattern !== undefined && sourceLines.some((line) => pattern.test(line));
  };
  const topic = <K extends TopicKey>(key: K) => {
    const value = frame.topics[key] ?? NOT;
    return value === NOT && mentioned(key)
      ? { status: NOT, begrundelse: 'Den syntetiske kilde nævner emnet i forbifarten uden at beskrive det (testdata).' }
      : value;
  };
  // Keys in the order of the real files (and of earlier corpora, so a generated corpus stays byte-identical).
  const data: DocumentInput = {
    id: frame.id,
    kommune: k.navn,
    titel: frame.titel,
    dokumenttype: frame.dokumenttype,
    omraader: k.omraader,
    ...(frame.krav ? { kravkatalog: 'bek-1691-2023' } : {}),
    kildefil: `${frame.id}.txt`,
    kildebemaerkning: frame.kildebemaerkning,
    ...frame.meta,
    // What the source prints outside the sections (title page, page footers) is declared left out, as in data/.
    udeladt_fra_kilden: [
      { tekst: front.filter((line) => line !== '').join('\n'), begrundelse: 'Forsiden: dokumentets titel og kommunens navn.' },
      ...[...new Set(footers)].map((footer) => ({ tekst: footer, begrundelse: 'Sidefod med sidetal.' })),
    ],
    afsnit: w.draft.sections.map((section) => ({ id: section.id, overskrift: section.overskrift, niveau: section.niveau, tekst: section.markdown() })),
    ...(frame.krav ? { krav: frame.krav } : {}),
    maalgrupper: topic('maalgrupper'),
    tilbud: topic('tilbud'),
    behandlingsgaranti: topic('behandlingsgaranti'),
    frit_valg: topic('frit_valg'),
    anonymitet: topic('anonymitet'),
    klageadgang: topic('klageadgang'),
    doegninstitutioner: topic('doegninstitutioner'),
    opfoelgning: topic('opfoelgning'),
    gavekort: topic('gavekort'),
    betaling: topic('betaling'),
    kontakt: topic('kontakt'),
  };
  return { id: frame.id, data, source, headings: w.draft.headings() };
}

/** Words by which a synthetic source mentions a topic that maps to one of the law's points. */
const MENTION_STEMS: Record<string, RegExp> = {
  doegninstitutioner: /døgn/i,
  behandlingsgaranti: /behandlingsgaranti|senest \d+ dage/i,
  frit_valg: /frit valg/i,
  klageadgang: /klage/i,
  gavekort: /gavekort/i,
  betaling: /betal|kost og logi/i,
  maalgrupper: /målgruppe/i,
  tilbud: /tilbud/i,
};

const oneOrNot = <T>(items: T[]): T[] | typeof NOT => (items.length ? items : NOT);

/**
 * A kvalitetsstandard for `fra`-`til`. `old` standards date from years back, leave out more points, are overdue
 * and sometimes undated by period; current ones are dated, approved (or "xx.xx") and mostly give a revision deadline.
 */
export function qualityStandard(k: Kommune, random: Random, options: { fra: number; til: number; old: boolean }): GeneratedDocument {
  const { fra, til, old } = options;
  const w = new Writer(k, random, !old || random.chance(0.6));
  const omitted = new Set(random.sample(OMITTABLE_POINTS, old ? random.int(3, 7) : random.int(0, 3)));
  const has = (point: string) => !omitted.has(point);
  const kind = 'Kvalitetsstandarden';

  // About the standard, with its dates.
  const about = w.chapter(w.heading(['Om kvalitetsstandarden', 'Indledning', 'Formål med kvalitetsstandarden']), 'indledning');
  w.prose(about, 'intro', 3);
  const datedByPeriod = !old || random.chance(0.5);
  const periode = datedByPeriod ? period(about, fra, til, random, kind) : NOT;
  const godkendt = !old && random.chance(0.85) ? approval(about, k, fra - 1, random) : NOT;
  const revisionFact = !old && random.chance(0.7) ? revision(about, til, random) : NOT;

  if (!old || random.chance(0.7)) {
    const law = w.chapter(w.heading(['Lovgrundlag', 'Lovgivning', 'Lovgrundlaget for indsatsen']), 'lovgrundlag');
    w.prose(law, 'lovgrundlag', 2);
    law.bullets(random.sample(Object.values(LAW_NAMES), random.int(3, 6)).map((name) => capitalize(name)));
  }

  // Tasks, values, goals, monitoring, user involvement.
  const tasks = w.chapter(w.heading(['Opgaver og mål', 'Rusmiddelcentrets opgaver', 'Opgaver']), 'opgaver');
  w.prose(tasks, 'opgaver', 3);
  w.cover('opgaver', tasks);
  if (has('maal-og-vaerdier')) {
    const values = w.sub(w.heading(['Værdigrundlag', 'Værdier og normer']), 'vaerdier');
    w.prose(values, 'vaerdier', 3);
    const goals = w.sub(w.heading(['Mål for indsatsen', 'Overordnede mål']), 'maal');
    w.prose(goals, 'maal', 3);
    w.cover('maal-og-vaerdier', values);
    w.cover('maal-og-vaerdier', goals);
  }
  if (has('monitorering')) {
    const monitoring = w.sub(w.heading(['Monitorering og dokumentation', 'Dokumentation og effekt']), 'monitorering');
    w.prose(monitoring, 'monitorering', 3);
    w.cover('monitorering', monitoring);
  }
  if (has('brugerinddragelse')) {
    const users = w.sub('Brugerinddragelse', 'brugerinddragelse');
    w.prose(users, 'brugerinddragelse', 3);
    w.cover('brugerinddragelse', users);
  }

  // Target groups.
  const groups = w.chapter(w.heading(['Målgruppe', 'Målgrupper', 'Hvem kan få hjælp?']), 'maalgruppe');
  const maalgrupper = targetGroups(groups, k, random, old ? 1 : 3);
  w.cover('maalgruppe', groups);

  // Access: visitation, guarantee, free choice, anonymity, payment, gift cards.
  const access = w.chapter(w.heading(['Adgang til behandling', 'Visitation og adgang til behandling']), 'adgang');
  w.prose(access, 'visitation', 1);
  const visitation = w.sub(w.heading(['Henvendelse og visitation', 'Visitation']), 'visitation');
  w.prose(visitation, 'visitation', 3);
  w.cover('visitation', visitation);
  const guarantee = w.sub('Behandlingsgaranti', 'behandlingsgaranti');
  const behandlingsgaranti = guarantees(guarantee, k, random);
  w.cover('behandlingsgaranti', guarantee);
  let frit_valg: Field<'frit_valg'> = NOT;
  if (has('frit-valg')) {
    const choice = w.sub(w.heading(['Frit valg', 'Frit valg af behandlingssted']), 'frit-valg');
    frit_valg = oneOrNot(freeChoice(choice, k, random));
    w.cover('frit-valg', choice);
  }
  let anonymitet: Field<'anonymitet'> = NOT;
  if (random.chance(old ? 0.4 : 0.8)) {
    const anon = w.sub('Anonym behandling', 'anonym-behandling');
    anonymitet = oneOrNot(anonymity(anon, k, random));
    if (anonymitet === NOT) anon.paragraph('Kommunen har ikke et særskilt anonymt tilbud ud over den åbne rådgivning.');
  }
  let betaling: Field<'betaling'> = NOT;
  if (has('kost-og-logi')) {
    const pay = w.sub(w.heading(['Betaling for kost og logi', 'Egenbetaling']), 'betaling');
    betaling = payment(pay, random);
    w.cover('kost-og-logi', pay);
  }
  let gavekort: Field<'gavekort'> = NOT;
  if (has('gavekort')) {
    const gift = w.sub('Gavekort', 'gavekort');
    gavekort = giftCard(gift, k);
    w.cover('gavekort', gift);
  }

  // Treatment plan and follow-up; action plans.
  const plans = w.chapter(w.heading(['Behandlingsplan og opfølgning', 'Behandlingsplaner']), 'planer');
  w.prose(plans, 'behandlingsplan', 1);
  const plan = w.sub('Behandlingsplan', 'behandlingsplan');
  w.prose(plan, 'behandlingsplan', 3);
  const opfoelgning = [followUp(plan, k)];
  w.cover('behandlingsplan', plan);
  if (has('handleplaner')) {
    const action = w.sub(w.heading(['Handleplaner', 'Handleplan efter serviceloven § 141']), 'handleplaner');
    w.prose(action, 'handleplaner', 3);
    w.cover('handleplaner', action);
  }

  // Offers, grouped, and residential treatment.
  const offersChapter = w.chapter(w.heading(['Behandlingstilbud', 'Organisering og behandlingstilbud', 'Tilbud']), 'tilbud');
  offersChapter.paragraph(`${k.center} er organiseret i teams for alkohol, stof og unge under den fælles ledelse af ${k.leder}.`);
  w.prose(offersChapter, 'opgaver', 1);
  w.cover('organisering-og-tilbud', offersChapter);
  const offerGroups: [OfferTemplate['gruppe'], string][] = [
    ['alkohol', 'Alkoholbehandling'],
    ['stof', 'Stofbehandling'],
    ['unge', 'Tilbud til unge'],
    ['substitution', 'Substitutionsbehandling og sundhed'],
    ['familie', 'Pårørende, børn og familie'],
    ['andet', 'Andre tilbud'],
  ];
  const offers = old ? k.offers.filter((_, index) => index % 2 === 0) : k.offers;
  const tilbud: Item<'tilbud'>[] = [];
  for (const [group, title] of offerGroups) {
    const members = offers.filter((o) => o.gruppe === group);
    if (!members.length) continue;
    const section = w.sub(title, `tilbud-${group}`);
    w.cover('organisering-og-tilbud', section);
    if (old || members.length === 1) {
      for (const template of members) tilbud.push(offer(section, k, template, random));
      continue;
    }
    section.paragraph(`Under ${title.toLowerCase()} tilbyder ${k.center} ${listText(members.map((m) => m.navn.toLowerCase()))}.`);
    for (const template of members) {
      const own = w.subSub(template.navn, `tilbud-${template.key}`);
      tilbud.push(offer(own, k, template, random, true));
      w.cover('organisering-og-tilbud', own);
    }
  }
  let doegninstitutioner: Field<'doegninstitutioner'> = NOT;
  const institutions = old ? k.institutions.slice(0, 2) : k.institutions;
  if (institutions.length || has('doegnbehandling-kvalitetskrav')) {
    const residential = w.sub(w.heading(['Døgnbehandling', 'Døgninstitutioner', 'Døgnbehandling og kvalitetskrav']), 'doegnbehandling');
    residential.paragraph(`${k.navn} Kommune samarbejder med følgende døgninstitutioner, når ambulant behandling ikke er tilstrækkelig.`);
    doegninstitutioner = oneOrNot(institutions.map((template) => institution(residential, template, random)));
    if (has('doegnbehandling-kvalitetskrav')) {
      w.prose(residential, 'doegnkrav', 3);
      w.cover('doegnbehandling-kvalitetskrav', residential);
    }
  }

  // Children at home, complaints, staff, future.
  if (has('hjemmeboende-boern')) {
    const children = w.chapter(w.heading(['Hjemmeboende børn', 'Børn i familier med rusmidler']), 'boern');
    w.prose(children, 'boern', 3);
    w.cover('hjemmeboende-boern', children);
  }
  const complaintChapter = w.chapter(w.heading(['Klageadgang', 'Sagsbehandling og klagevejledning', 'Klagemuligheder']), 'klageadgang');
  complaintChapter.paragraph('Du har altid ret til at klage, og du kan få hjælp til at skrive klagen.');
  const { routes: klageadgang, sections: complaintSections } = complaints(w, complaintChapter);
  for (const section of [complaintChapter, ...complaintSections]) w.cover('sagsbehandling-og-klageadgang', section);
  if (has('personale')) {
    const staff = w.chapter(w.heading(['Personale', 'Personalets kvalifikationer', 'Medarbejdere']), 'personale');
    w.prose(staff, 'personale', 3);
    w.cover('personale', staff);
  }
  if (has('fremtidig-indsats')) {
    const future = w.chapter(w.heading(['Fremtidig indsats', 'Udvikling af indsatsen']), 'fremtid');
    w.prose(future, 'fremtid', 3);
    w.cover('fremtidig-indsats', future);
  }
  if (!old || random.chance(0.5)) {
    const cooperation = w.chapter(w.heading(['Samarbejde', 'Samarbejde med andre', 'Sammenhængende indsats']), 'samarbejde');
    w.prose(cooperation, 'samarbejde', 3);
  }
  const contact = w.draft.slugSection('kontakt', 'Kontakt', 1);
  const kontakt = contacts(
    contact,
    k,
    random,
    tilbud.some((t) => t.id === 'unge-raadgivning'),
  );
  const udarbejdet = !datedByPeriod || random.chance(0.3) ? drafted(contact, old ? fra : fra - 1, random) : NOT;

  const krav = Object.fromEntries(
    [
      'opgaver',
      'maalgruppe',
      'maal-og-vaerdier',
      'organisering-og-tilbud',
      'visitation',
      'behandlingsgaranti',
      'frit-valg',
      'behandlingsplan',
      'handleplaner',
      'brugerinddragelse',
      'kost-og-logi',
      'sagsbehandling-og-klageadgang',
      'personale',
      'monitorering',
      'gavekort',
      'hjemmeboende-boern',
      'fremtidig-indsats',
      'doegnbehandling-kvalitetskrav',
    ].map((point) => {
      const sections = w.covered.get(point);
      return [
        point,
        sections
          ? { status: 'beskrevet' as const, afsnit: sections }
          : {
              status: 'ikke-beskrevet' as const,
              bemaerkning: 'Den syntetiske standard har bevidst intet afsnit om punktet (testdata for et manglende punkt).',
            },
      ];
    }),
  );
  const years = datedByPeriod ? `${fra}–${til}` : `${fra}`;
  const titel = `Kvalitetsstandard for ${k.omraader.length === 2 ? 'alkohol- og stofbehandling' : 'stofbehandling'} ${years} (syntetisk)`;
  return finish(
    w,
    {
      id: `${k.slug}-kvalitetsstandard-${datedByPeriod ? `${fra}-${til}` : fra}`,
      titel,
      dokumenttype: 'kvalitetsstandard',
      kildebemaerkning: old ? `${SYNTHETIC_NOTE} Standarden er bevidst gammel og ufuldstændig.` : SYNTHETIC_NOTE,
      meta: { periode, udarbejdet, godkendt, revision: revisionFact },
      krav,
      topics: {
        maalgrupper,
        tilbud: oneOrNot(tilbud),
        behandlingsgaranti,
        frit_valg,
        anonymitet,
        klageadgang,
        doegninstitutioner,
        opfoelgning,
        gavekort,
        betaling,
        kontakt,
      },
    },
    titel.replace(' (syntetisk)', ''),
  );
}

/** A servicedeklaration for the treatment centre: unnumbered sections, often undated, no mandatory points. */
export function serviceDeclaration(k: Kommune, random: Random, year: number): GeneratedDocument {
  const w = new Writer(k, random, false);
  const contact = w.draft.slugSection('kontakt', 'Tilbuddets navn og kontaktoplysninger', 1);
  const kontakt = contacts(
    contact,
    k,
    random,
    k.offers.some((o) => o.key === 'unge-raadgivning'),
  );
  const rooms = w.draft.slugSection('fysiske-rammer', 'Fysiske rammer', 1);
  w.prose(rooms, 'fysiske', 3);
  const values = w.draft.slugSection('vaerdigrundlag', w.heading(['Værdigrundlag', 'Vores tilgang', 'Pædagogisk tilgang']), 1);
  w.prose(values, 'vaerdier', 3);
  const staff = w.draft.slugSection('personale', w.heading(['Personale', 'Medarbejdere', 'Personalets kompetencer']), 1);
  w.prose(staff, 'personale', 3);
  const inquiry = w.draft.slugSection('henvendelse', 'Henvendelse', 1);
  w.prose(inquiry, 'visitation', 1);
  const behandlingsgaranti = guarantees(inquiry, k, random);
  const plan = w.draft.slugSection('behandlingsplan', 'Behandlingsplan', 1);
  w.prose(plan, 'behandlingsplan', 3);
  const opfoelgning: Field<'opfoelgning'> = random.chance(0.7) ? [followUp(plan, k)] : NOT;

  const tilbud: Item<'tilbud'>[] = [];
  const groups: [OfferTemplate['gruppe'], string, string][] = [
    ['alkohol', 'alkoholbehandling', 'Alkoholbehandling'],
    ['stof', 'stofbehandling', 'Stofbehandlingen'],
    ['unge', 'unge', 'Ungetilbud'],
    ['substitution', 'substitutionsbehandling', 'Substitutionsbehandling'],
    ['familie', 'paaroerende', 'Tilbud til pårørende'],
    ['andet', 'andre-tilbud', 'Øvrige tilbud'],
  ];
  for (const [group, slug, title] of groups) {
    const members = k.offers.filter((o) => o.gruppe === group);
    if (!members.length) continue;
    const section = w.draft.slugSection(slug, title, 1);
    section.label('Hvad kan vi tilbyde?');
    for (const template of members) {
      if (members.length > 1) section.label(template.navn);
      tilbud.push(offer(section, k, template, random, true));
    }
  }
  let anonymitet: Field<'anonymitet'> = NOT;
  if (random.chance(0.5)) {
    const anon = w.draft.slugSection('anonym-behandling', 'Anonym behandling', 1);
    anonymitet = oneOrNot(anonymity(anon, k, random));
    if (anonymitet === NOT) anon.paragraph('Kontakt centret for at høre om mulighederne for anonym rådgivning.');
  }
  let betaling: Field<'betaling'> = NOT;
  if (random.chance(0.4)) betaling = payment(w.draft.slugSection('betaling', 'Betaling', 1), random);
  for (const [slug, title, topic] of [
    ['brugerinddragelse', 'Brugerinddragelse', 'brugerinddragelse'],
    ['dokumentation', 'Dokumentation og effekt', 'monitorering'],
    ['samarbejde', 'Samarbejde', 'samarbejde'],
  ] as const) {
    if (random.chance(0.6)) w.prose(w.draft.slugSection(slug, title, 1), topic, 3);
  }
  let klageadgang: Field<'klageadgang'> = NOT;
  if (random.chance(0.8)) {
    const complaintSection = w.draft.slugSection('klagevejledning', 'Klagevejledning', 1);
    complaintSection.paragraph('Her kan du læse, hvor du kan klage.');
    klageadgang = complaints(w, undefined).routes;
  }
  const undated = random.chance(0.35);
  const udarbejdet = undated ? NOT : drafted(w.draft.slugSection('opdatering', 'Opdatering', 1), year, random);
  const titel = `Servicedeklaration for ${k.center} (syntetisk)`;
  return finish(
    w,
    {
      id: `${k.slug}-servicedeklaration`,
      titel,
      dokumenttype: 'servicedeklaration',
      kildebemaerkning: undated ? `${SYNTHETIC_NOTE} Servicedeklarationen er bevidst udateret.` : SYNTHETIC_NOTE,
      meta: { periode: NOT, udarbejdet, godkendt: NOT, revision: NOT },
      topics: {
        tilbud: oneOrNot(tilbud),
        behandlingsgaranti,
        anonymitet,
        klageadgang,
        opfoelgning,
        betaling,
        kontakt,
      },
    },
    titel.replace(' (syntetisk)', ''),
  );
}

/** An older development plan: goals, a few offers and an implementation table; most topics not described. */
export function developmentPlan(k: Kommune, random: Random, fra: number, til: number): GeneratedDocument {
  const w = new Writer(k, random, random.chance(0.5));
  const front = w.draft.slugSection('forside', `Udviklingsplan for ${k.center} ${fra}-${til}`, 1);
  front.paragraph(`${k.navn} Kommune, Social og Sundhed`);
  const intro = w.chapter('Introduktion', 'introduktion');
  w.prose(intro, 'udvikling', 3);
  const periode = period(intro, fra, til, random, 'Udviklingsplanen');
  const background = w.chapter('Baggrund', 'baggrund');
  w.prose(background, 'opgaver', 3);
  w.prose(background, 'samarbejde', 2);
  const status = w.chapter('Status', 'status');
  w.prose(status, 'maal', 2);
  for (const [slug, title, topic] of [
    ['status-alkohol', 'Status for alkoholbehandlingen', 'monitorering'],
    ['status-stof', 'Status for stofbehandlingen', 'behandling'],
    ['status-unge', 'Status for indsatsen for unge', 'boern'],
  ] as const) {
    w.prose(w.sub(title, slug), topic, 3);
  }
  const goals = w.chapter(w.heading(['Mål for perioden', 'Udviklingsmål']), 'maal');
  const goalTexts = random.sample(PROSE.udvikling ?? [], 4).map((sentence) => fill(sentence, k));
  goals.bullets(goalTexts);
  goalTexts.forEach((goal, index) => {
    const section = w.sub(`Mål ${index + 1}`, `maal-${index + 1}`);
    section.paragraph(goal);
    w.prose(section, random.pick(['maal', 'behandlingsplan', 'visitation', 'personale']), 2);
  });
  const efforts = w.chapter('Indsatser', 'indsatser');
  const tilbud = random.sample(k.offers, random.int(3, 6)).map((template) => offer(efforts, k, template, random, true));
  const plan = w.chapter('Implementeringsplan', 'implementering');
  plan.paragraph('Tabellen viser, hvornår indsatserne sættes i gang, og hvem der har ansvaret.');
  plan.table(
    ['Indsats', 'Ansvarlig', 'Tidsplan'],
    [
      ...tilbud.map((t, index) => [String(t.navn), index % 2 ? 'Teamleder' : 'Afdelingsleder', `${index % 2 ? 'Efteråret' : 'Foråret'} ${fra + (index % 2)}`]),
      ...goalTexts.map((_, index) => [`Mål ${index + 1}`, 'Ledergruppen', `${index % 2 ? 'Foråret' : 'Efteråret'} ${fra + (index % 2)}`]),
    ],
  );
  const followUpChapter = w.chapter('Opfølgning på planen', 'opfoelgning');
  w.prose(followUpChapter, 'monitorering', 2);
  const titel = `Udviklingsplan ${fra}–${til} for ${k.center} (syntetisk)`;
  return finish(
    w,
    {
      id: `${k.slug}-udviklingsplan-${fra}-${til}`,
      titel,
      dokumenttype: 'udviklingsplan',
      kildebemaerkning: SYNTHETIC_NOTE,
      meta: { periode, udarbejdet: NOT, godkendt: NOT, revision: NOT },
      topics: {
        tilbud,
      },
    },
    titel.replace(' (syntetisk)', ''),
  );
}
