import { checkDataset, hasErrors, revisionStatus, type RevisionStatus } from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/load-from-disk.ts';
import { formatStylish } from '../check/index.ts';
import type { GlossaryTerm, LegalProvision, MandatoryPoint, MandatoryPointStatus, MunicipalDocument, RequirementCatalogue } from '../../schemas/index.ts';
import { checkedData, takeCheckedDataset, type CheckedData } from './checked-handoff.ts';
import { slugify } from './slug.ts';

/** One mandatory point as one document accounts for it. */
export interface PointAccount {
  point: MandatoryPoint;
  status: MandatoryPointStatus;
}

/** A document with everything its pages need, derived once. */
export interface DocumentView {
  data: MunicipalDocument;
  kommuneId: string;
  url: string;
  file: string;
  catalogue?: RequirementCatalogue;
  points: PointAccount[];
  revision: RevisionStatus;
}

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

let cached: SiteData | undefined;

/**
 * The checked data set as the pages see it. The data-check integration has already stopped the build on errors;
 * this guard only matters when a page is rendered without it (then it fails with the same located list).
 */
export function siteData(): SiteData {
  if (cached) return cached;
  const checked = takeCheckedDataset() ?? checkFromDisk();
  cached = buildSiteData(checked.result, checked.today);
  return cached;
}

function checkFromDisk() {
  const files = loadDatasetFromDisk();
  const result = checkDataset(files);
  if (hasErrors(result.diagnostics)) {
    throw new Error(`Data har fejl:\n${formatStylish(result.diagnostics.filter((d) => d.severity === 'error'))}`);
  }
  return { result: checkedData(result), today: files.today };
}

export function buildSiteData(result: CheckedData, today: string): SiteData {
  const catalogues = new Map(result.catalogues.map((catalogue) => [catalogue.id, catalogue]));
  const documents = result.documents.map(({ data, file }): DocumentView => {
    const kommuneId = slugify(data.kommune);
    const catalogue = data.kravkatalog ? catalogues.get(data.kravkatalog) : undefined;
    return {
      data,
      kommuneId,
      url: `/kommuner/${kommuneId}/${data.id}/`,
      file,
      catalogue,
      points: catalogue
        ? catalogue.punkter.flatMap((point) => {
            const status = data.krav?.[point.id];
            return status ? [{ point, status }] : [];
          })
        : [],
      revision: revisionStatus(data, today),
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

/** The anchor of a section on its document page. */
export const sectionAnchor = (sectionId: string): string => `afsnit-${sectionId}`;

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
  const unlisted = kommuner.filter((kommune) => !listedIds.has(kommune.id))
    .map((view): LandKommune => ({ kode: '', navn: view.navn, id: view.id, regionNavn: '', view }));
  return { regioner, alleKommuner: [...listed, ...unlisted].sort((a, b) => a.navn.localeCompare(b.navn, 'da')) };
}
