import { revisionStatus, type RevisionStatus } from '../check/index.ts';
import type {
  GlossaryTerm,
  LegalProvision,
  MandatoryPoint,
  MandatoryPointStatus,
  MunicipalDocument,
  RequirementCatalogue,
  SourceReference,
  TopicKey,
} from '../../schemas/index.ts';
import { citedSections, isExplicitNone, isNotDescribed, primarySection, notDescribedReason } from '../../schemas/index.ts';
import { da } from '../i18n/da.ts';
import type { CheckedData } from './checked-handoff.ts';
import { slugify } from '../check/slug.ts';

/** The document's dating fields, which take the same states as the topics. */
export type MetaKey = 'periode' | 'udarbejdet' | 'godkendt' | 'revision';

export { citedSections };
export type { LegalProvision, MandatoryPoint, RequirementCatalogue, RevisionStatus, SourceReference, TopicKey };

/** A link to one section of a document page, with the section's number and heading as the source gives them. */
export interface SectionLink {
  id: string;
  href: string;
  /** The anchor on the document page itself ("#afsnit-4.3"). */
  anchor: string;
  /** The heading as the source writes it, without its number. */
  heading: string;
  /** "4.3 Behandlingsgaranti", or the heading alone for a section without a number. */
  title: string;
}

/** One mandatory point as one document accounts for it. */
export interface PointAccount {
  point: MandatoryPoint;
  status: MandatoryPointStatus;
  /** The point's state as the pages show it. */
  kind: 'beskrevet' | 'delvist' | 'ikke-beskrevet';
  /** The sections that describe it (fully or partly). */
  sections: SectionLink[];
  /** For a partly described point: what the point asks for that the document does not say. */
  missing?: string;
  /** The reviewer's remark. */
  note?: string;
}

/** What a document says about one topic: described, explicitly none, or not described (with the data's reason). */
export type TopicState<V> =
  { kind: 'described'; value: V } | { kind: 'none'; text: string; kilde: SourceReference; section: SectionLink } | { kind: 'not-described'; reason?: string };

/** A document with everything its pages need, derived once. */
export interface DocumentView {
  data: MunicipalDocument;
  kommuneId: string;
  url: string;
  file: string;
  catalogue?: RequirementCatalogue;
  points: PointAccount[];
  revision: RevisionStatus;
  /** The year a row or citation shows for the document: its period, else when it was drafted, else "Udateret". */
  year: string;
  /** The marker every answer drawn from the document carries when it is past its revision limit or undated. */
  datedMarker?: string;
  /** What the source itself says about its date, for the revision table (never a year the source does not state). */
  datedAs?: string;
  /** The approval as the source writes it ("xx.xx.2024"), when it gives one. */
  approvedAs?: string;
  /** The revision deadline as the source writes it. */
  revisionAs?: string;
  /** For a document that is not a quality standard: the law's points its content touches, and where. */
  mentionedPoints: { point: string; sections: SectionLink[]; note?: string }[];
  /** The link to a section of the document page. */
  section: (id: string) => SectionLink;
  /** The main section a fact cites (the first of several), for a single link. */
  cite: (kilde: Pick<SourceReference, 'afsnit'>) => SectionLink;
  /** Every section a fact cites. */
  cited: (kilde: Pick<SourceReference, 'afsnit'>) => SectionLink[];
  /** What the document says about a topic. */
  topic: <K extends TopicKey | MetaKey>(key: K) => TopicState<Exclude<MunicipalDocument[K], string | { status: string }>>;
}

/** The dating markers of some documents, for a page's search metadata: "fra 2017, mere end to år gammel", "udateret". */
export const datingOf = (documents: DocumentView[]): string | undefined =>
  [...new Set(documents.flatMap((document) => (document.datedMarker ? [document.datedMarker] : [])))].join('; ') || undefined;

export interface KommuneView {
  id: string;
  navn: string;
  url: string;
  documents: DocumentView[];
}

/** A kommune of Denmark (data/landet/kommuner.yaml), with its documents on the site if it has any. */
export interface LandKommune {
  /** Danmarks Statistik's kommunekode. */
  kode: string;
  navn: string;
  /** The URL slug, as for documented kommuner. */
  id: string;
  regionNavn: string;
  /** The kommune's documents on the site; undefined when there are none. */
  view?: KommuneView;
}

export interface LandRegion {
  kode: string;
  navn: string;
  kommuner: LandKommune[];
}

export interface SiteData {
  kommuner: KommuneView[];
  /** Every kommune of Denmark by region (empty when the data directory has no kommune list, e.g. the synthetic corpus). */
  regioner: LandRegion[];
  /** Every kommune of Denmark, plus any documented kommune the list lacks, sorted by name. */
  alleKommuner: LandKommune[];
  glossary: GlossaryTerm[];
  documents: DocumentView[];
  catalogues: RequirementCatalogue[];
  provisions: Map<string, LegalProvision>;
  today: string;
}

/** The anchor of a section on its document page. */
export const sectionAnchor = (sectionId: string): string => `afsnit-${sectionId}`;

/** Reads a topic's value in any of the forms the schema allows (schemas/not-described.ts). */
function topicState(value: unknown, section: (id: string) => SectionLink): TopicState<never> {
  if (isNotDescribed(value)) return { kind: 'not-described', reason: notDescribedReason(value) };
  if (isExplicitNone(value)) return { kind: 'none', text: value.tekst, kilde: value.kilde, section: section(primarySection(value.kilde)) };
  return { kind: 'described', value: value as never };
}

/** The marker for answers from a dated-out or undated document ("fra 2017, mere end to år gammel", "udateret"). */
function datedMarker(revision: RevisionStatus, newest: number | undefined): string | undefined {
  if (revision.kind === 'undated') return da.revision.marker.undated;
  if (revision.kind === 'current') return undefined;
  return revision.reason === 'age' ? da.revision.marker.old(revision.year) : da.revision.marker.overdue(revision.year, newest);
}

/** How the source dates itself, in its own words: the period and the approval text, not a year derived from them. */
function datedAs(data: MunicipalDocument): string | undefined {
  const parts: string[] = [];
  if (!isNotDescribed(data.periode)) parts.push(da.revision.datedAs.period(data.periode.tekst));
  if (!isNotDescribed(data.udarbejdet)) parts.push(data.udarbejdet.tekst);
  if (!isNotDescribed(data.godkendt)) parts.push(da.revision.datedAs.approved(data.godkendt.tekst));
  return parts.length ? parts.join('; ') : undefined;
}

function documentYear(data: MunicipalDocument): string {
  if (!isNotDescribed(data.periode)) return data.periode.tekst;
  if (!isNotDescribed(data.udarbejdet)) return String(data.udarbejdet.aar);
  return da.revision.undatedYear;
}

function newestYear(revision: RevisionStatus, data: MunicipalDocument): number | undefined {
  if (revision.kind !== 'overdue' || revision.reason !== 'deadline') return undefined;
  return !isNotDescribed(data.periode) ? data.periode.til_aar : !isNotDescribed(data.udarbejdet) ? data.udarbejdet.aar : undefined;
}

function pointAccount(point: MandatoryPoint, status: MandatoryPointStatus, section: (id: string) => SectionLink): PointAccount {
  const raw = status as MandatoryPointStatus & { afsnit?: string[]; begrundelse?: string; bemaerkning?: string };
  const kind = raw.status as PointAccount['kind'];
  return {
    point,
    status,
    kind,
    sections: (raw.afsnit ?? []).map(section),
    missing: raw.begrundelse,
    note: raw.bemaerkning,
  };
}

export function buildSiteData(result: CheckedData, today: string): SiteData {
  const catalogues = new Map(result.catalogues.map((catalogue) => [catalogue.id, catalogue]));
  const documents = result.documents.map(({ data, file }): DocumentView => {
    const kommuneId = slugify(data.kommune);
    const url = `/kommuner/${kommuneId}/${data.id}/`;
    const catalogue = data.kravkatalog ? catalogues.get(data.kravkatalog) : undefined;
    const headings = new Map(data.afsnit.map((section) => [section.id, section.overskrift]));
    const section = (id: string): SectionLink => ({
      id,
      href: `${url}#${sectionAnchor(id)}`,
      anchor: `#${sectionAnchor(id)}`,
      heading: headings.get(id) ?? id,
      title: `${/^\d/.test(id) ? `${id} ` : ''}${headings.get(id) ?? id}`,
    });
    const revision = revisionStatus(data, today);
    return {
      data,
      kommuneId,
      url,
      file,
      catalogue,
      points: catalogue
        ? catalogue.punkter.flatMap((point) => {
            const status = data.krav && Object.hasOwn(data.krav, point.id) ? data.krav[point.id] : undefined;
            return status ? [pointAccount(point, status, section)] : [];
          })
        : [],
      revision,
      year: documentYear(data),
      datedMarker: datedMarker(revision, newestYear(revision, data)),
      datedAs: datedAs(data),
      revisionAs: !isNotDescribed(data.revision) ? data.revision.tekst : undefined,
      mentionedPoints: Object.entries((data as { omtalte_punkter?: Record<string, { afsnit: string[]; bemaerkning?: string }> }).omtalte_punkter ?? {}).map(
        ([point, mention]) => ({ point, sections: mention.afsnit.map(section), note: mention.bemaerkning }),
      ),
      approvedAs: !isNotDescribed(data.godkendt) ? data.godkendt.tekst : undefined,
      section,
      cite: (kilde) => section(primarySection(kilde)),
      cited: (kilde) => citedSections(kilde).map(section),
      topic: (key) => topicState(data[key], section),
    };
  });
  const byKommune = new Map<string, DocumentView[]>();
  for (const document of documents) byKommune.set(document.kommuneId, [...(byKommune.get(document.kommuneId) ?? []), document]);
  const kommuner = [...byKommune.entries()]
    .map(([id, docs]) => ({ id, navn: docs[0]!.data.kommune, url: `/kommuner/${id}/`, documents: docs }))
    .sort((a, b) => a.navn.localeCompare(b.navn, 'da'));
  const { regioner, alleKommuner } = landet(result, kommuner);
  return {
    kommuner,
    regioner,
    alleKommuner,
    glossary: result.glossary ?? [],
    documents,
    catalogues: [...catalogues.values()],
    provisions: new Map(result.provisions.map((provision) => [provision.id, provision] as const)),
    today,
  };
}

function landet(result: CheckedData, kommuner: KommuneView[]): { regioner: LandRegion[]; alleKommuner: LandKommune[] } {
  const views = new Map(kommuner.map((kommune) => [kommune.id, kommune]));
  const list = result.kommuneList;
  const regioner: LandRegion[] = (list?.regioner ?? [])
    .map((region) => ({
      kode: region.kode,
      navn: region.navn,
      kommuner: (list?.kommuner ?? [])
        .filter((kommune) => kommune.region === region.kode)
        .map((kommune) => {
          const id = slugify(kommune.navn);
          return { kode: kommune.kode, navn: kommune.navn, id, regionNavn: region.navn, view: views.get(id) };
        })
        .sort((a, b) => a.navn.localeCompare(b.navn, 'da')),
    }))
    .sort((a, b) => a.navn.localeCompare(b.navn, 'da'));
  const listed = regioner.flatMap((region) => region.kommuner);
  const listedIds = new Set(listed.map((kommune) => kommune.id));
  // A documented kommune missing from the list (a synthetic corpus, a renamed kommune) still gets its page.
  const unlisted = kommuner
    .filter((kommune) => !listedIds.has(kommune.id))
    .map((view): LandKommune => ({ kode: '', navn: view.navn, id: view.id, regionNavn: '', view }));
  return { regioner, alleKommuner: [...listed, ...unlisted].sort((a, b) => a.navn.localeCompare(b.navn, 'da')) };
}
