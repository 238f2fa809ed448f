import { isAbsent, isExplicitNone, type MunicipalDocument, type OfferForm, primarySection, type SourceReference } from '../../schemas/index.ts';
import { da } from '../i18n/da.ts';
import { sectionAnchor, type DocumentView } from './site-data.ts';
import { slugify } from './slug.ts';

/** One value in a comparison cell, linking to where the document states it. */
export interface CellItem {
  text: string;
  href: string;
}

/** A comparison cell: the document's values, or the finding that it does not describe the topic. */
export type Cell = { kind: 'not-described' } | { kind: 'not-applicable' } | { kind: 'values'; items: CellItem[] };

export interface TopicColumn {
  header: string;
  cell: (document: DocumentView) => Cell;
}

/** A comparison page: one table, one row per document. */
export interface Topic {
  slug: string;
  title: string;
  /** One sentence saying what the topic tells a citizen. */
  intro: string;
  columns: TopicColumn[];
}

const NOT_DESCRIBED: Cell = { kind: 'not-described' };
const at = (document: DocumentView, kilde: SourceReference): string => `${document.url}#${sectionAnchor(primarySection(kilde))}`;
const values = (items: CellItem[]): Cell => (items.length ? { kind: 'values', items } : NOT_DESCRIBED);

type ListTopic = 'maalgrupper' | 'tilbud' | 'behandlingsgaranti' | 'frit_valg' | 'anonymitet' | 'klageadgang' | 'doegninstitutioner' | 'opfoelgning' | 'kontakt';
type Item<K extends ListTopic> = Extract<MunicipalDocument[K], unknown[]>[number];

/** A column over a list topic: the items `pick` keeps, each shown by `show`. Not described when the document says nothing. */
function listColumn<K extends ListTopic>(
  key: K,
  header: string,
  show: (item: Item<K>) => string,
  pick: (item: Item<K>) => boolean = () => true,
): TopicColumn {
  return {
    header,
    cell: (document) => {
      const list = document.data[key];
      if (isExplicitNone(list)) return values([{ text: list.tekst, href: at(document, list.kilde) }]);
      if (isAbsent(list)) return NOT_DESCRIBED;
      return values((list as Item<K>[]).filter(pick).map((item) => ({ text: show(item), href: at(document, item.kilde) })));
    },
  };
}

/** A column from a mandatory point's covering sections; documents outside the catalogue get "not applicable". */
function pointColumn(pointId: string, header: string): TopicColumn {
  return {
    header,
    cell: (document) => {
      if (!document.catalogue) return { kind: 'not-applicable' };
      const status = document.data.krav?.[pointId];
      if (!status || status.status !== 'beskrevet') return NOT_DESCRIBED;
      return values(status.afsnit.map((id) => {
        const section = document.data.afsnit.find((candidate) => candidate.id === id);
        return { text: `${/^\d/.test(id) ? `${id} ` : ''}${section?.overskrift ?? id}`, href: `${document.url}#${sectionAnchor(id)}` };
      }));
    },
  };
}

const age = (alder?: { fra?: number; til?: number }) => (alder ? ` (${da.fields.ageRange(alder.fra, alder.til)})` : '');
const offerColumn = (form: OfferForm, header: string) =>
  listColumn('tilbud', header, (offer) => `${offer.navn}${age(offer.alder)}`, (offer) => offer.former.includes(form));

/** The comparison topics, in the order of the topics index. */
export const TOPICS: Topic[] = [
  {
    slug: 'maalgrupper',
    title: da.topics.maalgrupper,
    intro: 'Hvem kommunernes tilbud er til, og fra hvilken alder.',
    columns: [listColumn('maalgrupper', 'Målgrupper', (group) => `${group.navn}${age(group.alder)}`)],
  },
  {
    slug: 'tilbud',
    title: da.topics.tilbud,
    intro: 'Hvilke slags behandling kommunerne tilbyder.',
    columns: [
      offerColumn('ambulant', 'Ambulant'),
      offerColumn('dag', 'Dagbehandling'),
      offerColumn('doegn', 'Døgnbehandling'),
      offerColumn('anonym', 'Anonym'),
      offerColumn('substitution', 'Substitution'),
      offerColumn('unge', 'Unge'),
      offerColumn('paaroerende', 'Pårørende'),
    ],
  },
  {
    slug: 'behandlingsgaranti',
    title: da.topics.behandlingsgaranti,
    intro: 'Hvor hurtigt behandlingen skal begynde, efter du har bedt om den.',
    columns: [
      listColumn('behandlingsgaranti', 'Senest', (g) => da.fields.days(g.dage)),
      listColumn('behandlingsgaranti', 'Regnet fra', (g) => g.regnet_fra ?? da.notDescribedShort),
      listColumn('behandlingsgaranti', 'Gælder', (g) => g.gaelder_for ?? da.notDescribedShort),
    ],
  },
  {
    slug: 'frit-valg',
    title: da.topics.frit_valg,
    intro: 'Om du selv kan vælge, hvor du vil behandles, og på hvilke betingelser.',
    columns: (['alkohol', 'stof', 'substitution', 'generelt'] as const).map((kind) =>
      listColumn('frit_valg', da.fields.choice[kind], (choice) => choice.betingelser, (choice) => choice.gaelder === kind)),
  },
  {
    slug: 'anonymitet',
    title: da.topics.anonymitet,
    intro: 'Hvad du kan få anonymt, og hvornår anonymiteten ophører.',
    columns: [
      listColumn('anonymitet', 'Gælder', (a) => a.gaelder),
      listColumn('anonymitet', 'Betingelser og begrænsninger', (a) => [a.betingelser, a.begraensninger].filter(Boolean).join(' ') || da.notDescribedShort),
    ],
  },
  {
    slug: 'klageadgang',
    title: da.topics.klageadgang,
    intro: 'Hvor du klager, og hvor lang tid du har, alt efter hvad klagen handler om.',
    columns: (['socialfaglig-afgoerelse', 'sundhedsfaglig-behandling', 'personale-og-sagsbehandling', 'borgerraadgiver'] as const).map((subject) =>
      listColumn('klageadgang', da.complaintSubjects[subject], (route) => `${route.instans}${route.frist ? ` (frist: ${da.deadlineValue(route.frist)})` : ''}`, (route) => route.emne === subject)),
  },
  {
    slug: 'doegninstitutioner',
    title: da.topics.doegninstitutioner,
    intro: 'De døgnbehandlingssteder, kommunerne skriver, at de bruger.',
    columns: [listColumn('doegninstitutioner', 'Døgninstitutioner', (institution) => `${institution.navn}${institution.beliggenhed ? ` (${institution.beliggenhed})` : ''}`)],
  },
  {
    slug: 'opfoelgning',
    title: da.topics.opfoelgning,
    intro: 'Om og hvornår kommunen kontakter dig, efter behandlingen er slut.',
    columns: [
      listColumn('opfoelgning', 'Hvornår', (f) => da.fields.months(f.maaneder)),
      listColumn('opfoelgning', 'For hvem', (f) => f.gaelder_for),
    ],
  },
  {
    slug: 'gavekort',
    title: da.topics.gavekort,
    intro: 'Om kommunen bruger gavekort for at hjælpe unge og voksne til at blive i stofbehandling.',
    columns: [
      {
        header: 'Gavekort',
        cell: (document) => {
          const card = document.data.gavekort;
          if (isAbsent(card)) return NOT_DESCRIBED;
          const parts = [
            card.anvendes ? da.fields.giftCardUsed : da.fields.giftCardNotUsed,
            card.beloeb_kr !== undefined ? da.fields.amount(card.beloeb_kr) : undefined,
            card.hyppighed,
            card.maks_antal !== undefined ? da.fields.maxCount(card.maks_antal) : undefined,
            card.maalgruppe,
          ].filter((part): part is string => Boolean(part));
          return values([{ text: parts.join(', '), href: at(document, card.kilde) }]);
        },
      },
    ],
  },
  {
    slug: 'betaling',
    title: 'Betaling for kost og logi',
    intro: 'Hvad du selv skal betale, fx for mad og ophold under døgnbehandling.',
    columns: [
      {
        header: 'Ambulant behandling',
        cell: (document) => {
          const payment = document.data.betaling;
          if (isAbsent(payment) || payment.ambulant_gratis === undefined) return NOT_DESCRIBED;
          return values([{ text: payment.ambulant_gratis ? 'Gratis' : 'Ikke gratis', href: at(document, payment.kilde) }]);
        },
      },
      {
        header: 'Kost og logi',
        cell: (document) => {
          const payment = document.data.betaling;
          return isAbsent(payment) || !payment.kost_og_logi ? NOT_DESCRIBED : values([{ text: payment.kost_og_logi, href: at(document, payment.kilde) }]);
        },
      },
    ],
  },
  { slug: 'brugerinddragelse', title: 'Brugerinddragelse', intro: 'Hvordan du får indflydelse på din egen behandling.', columns: [pointColumn('brugerinddragelse', 'Beskrevet i')] },
  { slug: 'personale', title: 'Personale', intro: 'De ansattes uddannelse og efteruddannelse.', columns: [pointColumn('personale', 'Beskrevet i')] },
  { slug: 'monitorering', title: 'Monitorering', intro: 'Hvordan kommunen måler, om behandlingen virker.', columns: [pointColumn('monitorering', 'Beskrevet i')] },
  {
    slug: 'kontakt',
    title: da.topics.kontakt,
    intro: 'Hvor du henvender dig, og hvornår der er åbent.',
    columns: [
      listColumn('kontakt', 'Sted', (c) => c.navn),
      listColumn('kontakt', da.fields.address, (c) => c.adresse ?? da.notDescribedShort),
      listColumn('kontakt', da.fields.phone, (c) => c.telefon?.join(' / ') ?? da.notDescribedShort),
      listColumn('kontakt', da.fields.openingHours, (c) =>
        [c.telefontid, ...(c.aabningstider ?? []).map((row) => `${row.dag} ${row.tid}`)].filter(Boolean).join('; ') || da.notDescribedShort),
    ],
  },
];

/** The year a row shows for a document: its period, else when it was drafted. */
export function documentYear(document: DocumentView): string {
  const { periode, udarbejdet } = document.data;
  if (!isAbsent(periode)) return periode.tekst;
  if (!isAbsent(udarbejdet)) return String(udarbejdet.aar);
  return 'Udateret';
}

/** Residential institutions across all documents, grouped by name. */
export function residentialInstitutions(documents: DocumentView[]) {
  const byName = new Map<string, { slug: string; navn: string; mentions: { document: DocumentView; institution: Item<'doegninstitutioner'> }[] }>();
  for (const document of documents) {
    const list = document.data.doegninstitutioner;
    if (isAbsent(list)) continue;
    for (const institution of list) {
      const slug = slugify(institution.navn);
      const entry = byName.get(slug) ?? { slug, navn: institution.navn, mentions: [] };
      entry.mentions.push({ document, institution });
      byName.set(slug, entry);
    }
  }
  return [...byName.values()].sort((a, b) => a.navn.localeCompare(b.navn, 'da'));
}
