import { beforeAll, describe, expect, it } from 'vitest';
import { forEachLeaf } from '../../src/check/walk.ts';
import { NOT_DESCRIBED } from '../../schemas/index.ts';
import { da } from '../../src/i18n/da.ts';
import { siteData } from '../helpers/site-data.ts';
import { requireBuiltSite } from '../helpers/built-site.ts';
import { builtPageText } from '../helpers/html-text.ts';

/** Values shown as a label or a link rather than verbatim (enums, ids, flags, Markdown rendered as HTML). */
const SHOWN_AS_LABEL = new Set([
  'former',
  'omraader',
  'emne',
  'dokumenttype',
  'status',
  'id',
  'niveau',
  'paaroerende',
  'anvendes',
  'ambulant_gratis',
  'kommunen_foerst',
  'hjemmel',
  'kravkatalog',
]);

beforeAll(requireBuiltSite);

/** Page text with no space before punctuation: a glossary or phone link ends a tag right before a comma. */
const tight = (text: string) => text.replace(/\s+([,.;:!?)"”/])/g, '$1').replace(/([("„“])\s+/g, '$1');

describe('every value in the data appears on its document page', () => {
  it.each(siteData().documents.map((document) => [document.data.id, document] as const))('%s', (_, document) => {
    const text = tight(builtPageText(document.url));
    const missing: string[] = [];
    forEachLeaf(document.data, (leaf, path) => {
      const key = String([...path].reverse().find((segment) => typeof segment === 'string'));
      if (typeof leaf === 'boolean' || SHOWN_AS_LABEL.has(key)) return;
      if (path[0] === 'frit_valg' && key === 'gaelder') return;
      if (path[0] === 'afsnit' && key === 'tekst') return;
      // A cited section is shown by its heading, never by its internal id ("kernefortaelling").
      const cited = path.includes('afsnit') && path[0] !== 'afsnit' ? document.data.afsnit.find((section) => section.id === leaf) : undefined;
      if (cited) {
        if (!text.includes(tight(cited.overskrift.replace(/\s+/g, ' ').trim()))) missing.push(`${path.join('.')}: ${cited.overskrift}`);
        return;
      }
      const value = leaf === NOT_DESCRIBED ? da.notDescribed : String(leaf).replace(/\s+/g, ' ').trim();
      if (!text.includes(tight(value))) missing.push(`${path.join('.')}: ${value.slice(0, 80)}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('every value of the law data appears on the site', () => {
  const data = siteData();

  it.each(data.catalogues.flatMap((catalogue) => catalogue.punkter.map((point) => [point.id, point] as const)))('point %s on its /krav/ page', (_, point) => {
    const text = tight(builtPageText(`/krav/${point.id}/`));
    for (const value of [point.kort_titel, point.ordlyd, point.forklaring, point.ordlyd_kilde.kildefil, point.ordlyd_kilde.afsnit])
      expect(text).toContain(tight(value));
    for (const id of point.hjemmel) expect(text).toContain(data.provisions.get(id)!.paragraf);
  });

  it.each([...data.provisions.values()].map((provision) => [provision.id, provision] as const))('provision %s on its /love/ page', (_, provision) => {
    const text = tight(builtPageText(`/love/${provision.id}/`));
    for (const value of [provision.lov, provision.lov_fuldt_navn, provision.paragraf, provision.titel, provision.resume]) {
      expect(text).toContain(tight(value.replace(/\s+/g, ' ').trim()));
    }
  });
});
