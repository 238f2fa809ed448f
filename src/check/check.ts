import {
  DocumentSchema,
  LegalProvisionsSchema,
  RequirementCatalogueSchema,
  SourceHeadingsSchema,
  type SourceHeadings,
  type LegalProvision,
  type MunicipalDocument,
  type RequirementCatalogue,
} from '../../schemas/index.ts';
import { parseWithFriendlyErrors, type FriendlyErrorOptions } from './friendly-errors.ts';
import { parseYaml } from './parse-yaml.ts';
import { diagnostic } from './rule-catalogue.ts';
import { locate } from './locate.ts';
import { checkConfirmations } from './rules/confirmation.ts';
import { checkDuplicateIds } from './rules/duplicate-ids.ts';
import { checkExcerptInSource, checkExcerpts } from './rules/excerpts.ts';
import { checkGrounding } from './rules/grounding.ts';
import { checkAbsenceClaims } from './rules/absence.ts';
import { checkMandatoryPoints } from './rules/mandatory-points.ts';
import { checkReferences } from './rules/references.ts';
import { checkRevision } from './rules/revision.ts';
import { checkSectionTexts } from './rules/section-text.ts';
import { checkMarkdown } from './rules/markdown.ts';
import { checkSlugs } from './rules/slugs.ts';
import { parseKeywordFile } from './text/keywords.ts';
import { checkGlossary, checkKommuneList } from './reference-lists.ts';
import type { CheckResult, DatasetFiles, Located, RuleContext } from './dataset.ts';
import type { Diagnostic, TextFile } from './types.ts';
import type { z } from 'zod';

function parseFile<T extends z.ZodType>(file: TextFile, schema: T, diagnostics: Diagnostic[], options?: FriendlyErrorOptions): Located<z.infer<T>> | undefined {
  const { parsed, diagnostics: parseDiagnostics } = parseYaml(file.path, file.text);
  pushAll(diagnostics, parseDiagnostics);
  if (!parsed) return undefined;
  const { data, diagnostics: schemaDiagnostics } = parseWithFriendlyErrors(schema, parsed, options);
  pushAll(diagnostics, schemaDiagnostics);
  return data === undefined ? undefined : { file: file.path, parsed, data };
}

/** The per-document rules, in the order their findings are reported. */
const DOCUMENT_RULES = [
  checkReferences,
  checkMandatoryPoints,
  checkExcerpts,
  checkRevision,
  checkMarkdown,
  checkSectionText,
  checkGrounding,
  checkAbsenceClaims,
  checkConfirmations,
];

/** Section texts against their source spans, when the data set has heading maps and the document's source exists. */
function checkSectionText(document: Located<MunicipalDocument>, context: RuleContext): Diagnostic[] {
  const source = context.sourceTexts[document.data.kildefil];
  if (!context.headingMaps || source === undefined) return [];
  return checkSectionTexts(document, source, context.headingMaps.get(document.data.id));
}

/**
 * Checks a whole data set: requirement catalogues, law provisions and documents. Pure: it reads nothing from disk
 * and imports nothing from Astro, so the build, the CLI and the browser run exactly the same check.
 */
export function checkDataset(files: DatasetFiles): CheckResult {
  const diagnostics: Diagnostic[] = [...(files.unreadable ?? [])];

  const provisionFiles = files.provisions.flatMap((file) => {
    const located = parseFile(file, LegalProvisionsSchema, diagnostics);
    if (!located) return [];
    pushAll(diagnostics, checkDuplicateIds(located.parsed, ['bestemmelser'], located.data.bestemmelser, 'lovbestemmelse'));
    return [{ ...located, data: located.data.bestemmelser }];
  });
  const provisions = new Map<string, LegalProvision>(provisionFiles.flatMap((file) => file.data.map((p) => [p.id, p] as const)));

  const catalogues = files.catalogues.flatMap((file) => {
    const located = parseFile(file, RequirementCatalogueSchema, diagnostics);
    if (!located) return [];
    pushAll(diagnostics, checkDuplicateIds(located.parsed, ['punkter'], located.data.punkter, 'punkt'));
    located.data.punkter.forEach((point, index) => {
      point.hjemmel.forEach((id, hjemmelIndex) => {
        if (provisions.has(id)) return;
        const { line, column } = locate(located.parsed, ['punkter', index, 'hjemmel', hjemmelIndex]);
        diagnostics.push(
          diagnostic(
            'dangling-reference',
            located.file,
            line,
            column,
            `Lovbestemmelsen "${id}" findes ikke i data/requirements/bestemmelser.yaml. Tilføj den dér, eller ret id'et.`,
          ),
        );
      });
    });
    return [located];
  });
  const catalogueMap = new Map<string, RequirementCatalogue>(catalogues.map((c) => [c.data.id, c.data]));

  const keywords = (files.keywords ?? []).flatMap((file) => {
    const { keywords: located, diagnostics: keywordDiagnostics } = parseKeywordFile(file, catalogueMap);
    pushAll(diagnostics, keywordDiagnostics);
    return located ? [located] : [];
  });

  // A schema error under krav.<point id> names the point, so "status: TODO" says which of the law's points is open.
  const points = new Map(catalogues.flatMap((catalogue) => catalogue.data.punkter.map((point) => [point.id, point] as const)));
  const explain: FriendlyErrorOptions['explain'] = (path) => {
    const point = path[0] === 'krav' && typeof path[1] === 'string' ? points.get(path[1]) : undefined;
    return point ? `punkt ${point.nummer}: ${point.ordlyd}` : undefined;
  };
  const documents = files.documents.flatMap((file) => {
    const located = parseFile(file, DocumentSchema, diagnostics, { explain });
    return located ? [located] : [];
  });
  pushAll(diagnostics, checkDocumentIdsUnique(documents));
  pushAll(diagnostics, checkSlugs(documents));

  const headingMaps = files.headingMaps === undefined ? undefined : new Map<string, Located<SourceHeadings>>();
  for (const file of files.headingMaps ?? []) {
    const located = parseFile(file, SourceHeadingsSchema, diagnostics);
    if (!located) continue;
    const earlier = headingMaps!.get(located.data.dokument);
    if (earlier && files.wholeDataSet) {
      const { line, column } = locate(located.parsed, ['dokument']);
      diagnostics.push(
        diagnostic(
          'duplicate-id',
          located.file,
          line,
          column,
          `Dokumentet "${located.data.dokument}" har også et overskriftskort i ${earlier.file}. Et dokument har ét overskriftskort: slet det ene, eller ret "dokument" til det dokument, kortet hører til.`,
        ),
      );
      continue;
    }
    headingMaps!.set(located.data.dokument, located);
  }
  // Every document parsed, so a map naming none of them belongs to nothing (a typo, or a document renamed without it).
  if (headingMaps && files.wholeDataSet && documents.length === files.documents.length) {
    pushAll(diagnostics, checkHeadingMapsBelong(headingMaps, documents));
  }

  const sourcesNotSupplied = files.absentSources === 'not-supplied';
  const context: RuleContext = {
    catalogues: catalogueMap,
    provisions,
    sourceTexts: files.sourceTexts,
    sourcesNotSupplied,
    headingMaps,
    keywords,
    today: files.today,
  };
  for (const document of documents) {
    diagnostics.push(
      ...checkDuplicateIds(document.parsed, ['afsnit'], document.data.afsnit, 'afsnit'),
      ...(Array.isArray(document.data.tilbud) ? checkDuplicateIds(document.parsed, ['tilbud'], document.data.tilbud, 'tilbud') : []),
      ...(Array.isArray(document.data.klageadgang) ? checkDuplicateIds(document.parsed, ['klageadgang'], document.data.klageadgang, 'klagevej') : []),
    );
    pushAll(diagnostics, supersededByConfirmations(DOCUMENT_RULES.flatMap((rule) => rule(document, context))));
  }
  pushAll(diagnostics, checkCatalogueWording(catalogues, files.sourceTexts, sourcesNotSupplied));
  const kommuneList = files.kommuneList ? checkKommuneList(files.kommuneList) : undefined;
  const glossary = files.glossary ? checkGlossary(files.glossary) : undefined;
  pushAll(diagnostics, [...(kommuneList?.diagnostics ?? []), ...(glossary?.diagnostics ?? [])]);

  return {
    diagnostics: sortDiagnostics(diagnostics),
    documents,
    catalogues,
    provisions: provisionFiles,
    keywords,
    kommuneList: kommuneList?.data,
    glossary: glossary?.data,
    headingMaps: headingMaps ?? new Map(),
  };
}

/**
 * A field still awaiting confirmation (til_bekraeftelse, from the import) is not yet a claim, so "recorded as not
 * described, but the source covers it" is the confirmation's business: that finding is dropped where a confirmation
 * stands at the same place, and the person sees one finding per field to do.
 */
function supersededByConfirmations(found: Diagnostic[]): Diagnostic[] {
  const open = new Set(found.filter((d) => d.ruleId === 'awaiting-confirmation').map((d) => `${d.line}:${d.column}`));
  if (open.size === 0) return found;
  return found.filter((d) => d.ruleId !== 'not-described-but-source-covers' || !open.has(`${d.line}:${d.column}`));
}

function checkDocumentIdsUnique(documents: Located<MunicipalDocument>[]): Diagnostic[] {
  const seen = new Map<string, string>();
  return documents.flatMap((document) => {
    const earlier = seen.get(document.data.id);
    if (earlier === undefined) {
      seen.set(document.data.id, document.file);
      return [];
    }
    const { line, column } = locate(document.parsed, ['id']);
    return [
      diagnostic(
        'duplicate-id',
        document.file,
        line,
        column,
        `Dokument-id'et "${document.data.id}" bruges også i ${earlier}. Hvert dokument skal have sit eget id, fordi id'et er dokumentets adresse på siden.`,
      ),
    ];
  });
}

/** A heading map names its document by id; one that names no document of the data set is reported at `dokument`. */
function checkHeadingMapsBelong(headingMaps: ReadonlyMap<string, Located<SourceHeadings>>, documents: readonly Located<MunicipalDocument>[]): Diagnostic[] {
  const ids = new Set(documents.map((document) => document.data.id));
  return [...headingMaps.values()].flatMap((map) => {
    if (ids.has(map.data.dokument)) return [];
    // The map's name follows its source (<kilde>.headings.yaml): the document with that source is the likely one.
    const sourceName = (map.file.split(/[\\/]/).pop() ?? '').replace(/\.headings\.yaml$/i, '.txt');
    const likely = documents.find((document) => document.data.kildefil === sourceName);
    const { line, column } = locate(map.parsed, ['dokument']);
    return [
      diagnostic(
        'dangling-reference',
        map.file,
        line,
        column,
        `Dokumentet "${map.data.dokument}" findes ikke i data/kommuner/, så overskriftskortet hører ikke til noget dokument. Ret "dokument" til id'et på det dokument, hvis kilde kortet beskriver${likely ? ` (${sourceName} er kilde for "${likely.data.id}")` : ''}, eller slet kortet.`,
      ),
    ];
  });
}

/** The catalogue quotes each point's wording from a source text; the quote must be in that text. */
function checkCatalogueWording(catalogues: Located<RequirementCatalogue>[], sourceTexts: Record<string, string>, sourcesNotSupplied: boolean): Diagnostic[] {
  return catalogues.flatMap((catalogue) =>
    catalogue.data.punkter.flatMap((point, index) => {
      const path = ['punkter', index, 'ordlyd_kilde'];
      const { kildefil, uddrag } = point.ordlyd_kilde;
      const source = Object.hasOwn(sourceTexts, kildefil) ? sourceTexts[kildefil] : undefined;
      if (source === undefined && sourcesNotSupplied) return [];
      if (source === undefined) {
        const { line, column } = locate(catalogue.parsed, [...path, 'kildefil']);
        return [
          diagnostic(
            'dangling-reference',
            catalogue.file,
            line,
            column,
            `Kildefilen "${kildefil}" findes ikke i data/sources/. Læg kildeteksten dér, eller ret filnavnet.`,
          ),
        ];
      }
      return checkExcerptInSource(catalogue.parsed, [...path, 'uddrag'], uddrag, source, kildefil);
    }),
  );
}

/** Appends without spreading into arguments, which overflows the stack for the very long lists a crafted file can produce. */
function pushAll(target: Diagnostic[], items: readonly Diagnostic[]): void {
  for (const item of items) target.push(item);
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');
