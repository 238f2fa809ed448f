import { diagnostic, pointDocsUrl } from '../rule-catalogue.ts';
import { locate } from '../locate.ts';
import { currentCatalogue } from '../requirements.ts';
import type { Located, RuleContext } from '../dataset.ts';
import type { Diagnostic } from '../types.ts';
import type { LegalProvision, MandatoryPoint, MunicipalDocument, RequirementCatalogue } from '../../../schemas/index.ts';

/** The law a point rests on, for messages: "serviceloven § 101, sundhedsloven § 141". */
export function citePoint(point: MandatoryPoint, catalogue: RequirementCatalogue, provisions: ReadonlyMap<string, LegalProvision>): string {
  const laws = point.hjemmel.map((id) => {
    const provision = provisions.get(id);
    return provision ? `${provision.lov.toLowerCase()} ${provision.paragraf}` : id;
  });
  return [catalogue.kort_titel, ...laws].join(', ');
}

/**
 * A kvalitetsstandard names a catalogue and accounts for each of its points; other kinds name none and may say which
 * points their content touches (`omtalte_punkter`), with point ids of the current catalogue.
 * Rules: unknown-catalogue, mandatory-point-unaccounted, unknown-point, mandatory-point-not-described,
 * mandatory-point-partly-described.
 */
/** The most unknown points named one by one in a document. */
const MAX_UNKNOWN_POINTS = 100;

export function checkMandatoryPoints(doc: Located<MunicipalDocument>, ctx: RuleContext): Diagnostic[] {
  const { data, parsed, file } = doc;
  const at = (path: (string | number)[], mode: 'key' | 'value' = 'value') => locate(parsed, path, mode);
  const diagnostics: Diagnostic[] = [];
  const catalogueId = data.kravkatalog;

  if (data.dokumenttype !== 'kvalitetsstandard') {
    for (const field of ['kravkatalog', 'krav'] as const) {
      if (data[field] !== undefined) {
        const { line, column } = at([field], 'key');
        diagnostics.push(
          diagnostic(
            'unknown-catalogue',
            file,
            line,
            column,
            `En ${data.dokumenttype} kontrolleres ikke mod lovens punkter, men filen har feltet "${field}". Fjern feltet, eller ret dokumenttype til "kvalitetsstandard", hvis dokumentet er en kvalitetsstandard.`,
          ),
        );
      }
    }
    const current = currentCatalogue(ctx.catalogues.values());
    if (data.omtalte_punkter && current) {
      const known = new Set(current.punkter.map((point) => point.id));
      for (const id of Object.keys(data.omtalte_punkter)) {
        if (known.has(id)) continue;
        const { line, column } = at(['omtalte_punkter', id], 'key');
        diagnostics.push(
          diagnostic(
            'unknown-point',
            file,
            line,
            column,
            `"${id}" under "omtalte_punkter" er ikke et punkt i ${current.kort_titel}. Ret id'et til et af: ${[...known].join(', ')}.`,
          ),
        );
      }
    }
    return diagnostics;
  }
  if (data.omtalte_punkter !== undefined) {
    const { line, column } = at(['omtalte_punkter'], 'key');
    diagnostics.push(
      diagnostic(
        'unknown-catalogue',
        file,
        line,
        column,
        'En kvalitetsstandard redegør for lovens punkter under "krav"; "omtalte_punkter" er kun til servicedeklarationer og udviklingsplaner. Flyt punkterne til "krav" (status beskrevet, delvist eller ikke-beskrevet), og fjern feltet.',
      ),
    );
  }
  const catalogue = catalogueId ? ctx.catalogues.get(catalogueId) : undefined;
  if (!catalogue) {
    const { line, column } = at(catalogueId ? ['kravkatalog'] : ['dokumenttype']);
    const known = [...ctx.catalogues.keys()].join(', ') || '(ingen)';
    diagnostics.push(
      diagnostic(
        'unknown-catalogue',
        file,
        line,
        column,
        catalogueId
          ? `Kravkataloget "${catalogueId}" findes ikke i data/requirements/. Kendte kataloger: ${known}.`
          : `En kvalitetsstandard skal angive "kravkatalog", så den kan kontrolleres mod lovens punkter. Tilføj fx "kravkatalog: ${[...ctx.catalogues.keys()][0] ?? 'bek-1691-2023'}".`,
      ),
    );
    return diagnostics;
  }

  const statuses = data.krav ?? {};
  for (const point of catalogue.punkter) {
    // Own properties only: a point id such as "constructor" must not find Object.prototype's.
    const status = Object.hasOwn(statuses, point.id) ? statuses[point.id] : undefined;
    const law = citePoint(point, catalogue, ctx.provisions);
    if (!status) {
      const { line, column } = data.krav ? at(['krav'], 'key') : at(['kravkatalog'], 'key');
      diagnostics.push(
        diagnostic(
          'mandatory-point-unaccounted',
          file,
          line,
          column,
          `Punkt ${point.nummer} "${point.id}" (${point.ordlyd}; ${law}) er ikke redegjort for under "krav". Tilføj "${point.id}: { status: beskrevet, afsnit: [...] }" med de afsnit, der beskriver punktet, "${point.id}: { status: delvist, afsnit: [...], begrundelse: ... }", hvis standarden kun beskriver en del af det, eller "${point.id}: { status: ikke-beskrevet }", hvis standarden ikke beskriver det.`,
          pointDocsUrl(point.id),
        ),
      );
    } else if (status.status === 'ikke-beskrevet') {
      const { line, column } = at(['krav', point.id], 'key');
      diagnostics.push(
        diagnostic(
          'mandatory-point-not-described',
          file,
          line,
          column,
          `Standarden beskriver ikke punkt ${point.nummer} "${point.id}" (${point.ordlyd}; ${law}). Det vises på siden som "Ikke beskrevet i standarden".`,
          pointDocsUrl(point.id),
        ),
      );
    } else if (status.status === 'delvist') {
      const { line, column } = at(['krav', point.id], 'key');
      diagnostics.push(
        diagnostic(
          'mandatory-point-partly-described',
          file,
          line,
          column,
          `Standarden beskriver kun en del af punkt ${point.nummer} "${point.id}" (${point.ordlyd}; ${law}): ${status.begrundelse.replace(/\.$/, '')}. Det vises på siden som "Delvist beskrevet".`,
          pointDocsUrl(point.id),
        ),
      );
    }
  }
  const known = new Set(catalogue.punkter.map((point) => point.id));
  const unknown = Object.keys(statuses).filter((id) => !known.has(id));
  if (unknown.length > MAX_UNKNOWN_POINTS) {
    // A crafted file can list thousands of unknown points: name the first ones, then say how many more there are.
    const { line, column } = at(['krav', unknown[MAX_UNKNOWN_POINTS]!], 'key');
    diagnostics.push(
      diagnostic(
        'unknown-point',
        file,
        line,
        column,
        `og ${unknown.length - MAX_UNKNOWN_POINTS} ukendte punkter mere under "krav". ${catalogue.kort_titel} har ${known.size} punkter: ${[...known].join(', ')}.`,
      ),
    );
  }
  for (const id of unknown.slice(0, MAX_UNKNOWN_POINTS)) {
    {
      const { line, column } = at(['krav', id], 'key');
      diagnostics.push(
        diagnostic('unknown-point', file, line, column, `"${id}" er ikke et punkt i ${catalogue.kort_titel}. Ret id'et til et af: ${[...known].join(', ')}.`),
      );
    }
  }
  return diagnostics;
}
