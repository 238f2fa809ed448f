import type { z } from 'zod';
import type { ContactSchema, OfferSchema } from '../../../schemas/index.ts';
import { da } from '../../i18n/da.ts';
import type { DocumentView, KommuneView, SiteData } from '../site-data.ts';
import { uuidFor } from './uuid.ts';

/**
 * Open Referral HSDS 3 (Human Services Data Specification), as far as the data carries it: kommune → organization,
 * offer → service (with eligibility ages and the kommune as service area), contact → location or contact, phone numbers
 * → phone, opening and telephone hours → schedule. What HSDS has no field for is left out and listed on /data/hsds/;
 * nothing is filled in that the documents do not say. Field names are HSDS's own.
 */

type Json = Record<string, unknown>;
type Contact = z.infer<typeof ContactSchema>;
type Offer = z.infer<typeof OfferSchema>;

const DAYS: Record<string, string> = { mandag: 'MO', tirsdag: 'TU', onsdag: 'WE', torsdag: 'TH', fredag: 'FR', lørdag: 'SA', søndag: 'SU' };
const WEEK = Object.values(DAYS);

/** "Mandag", "Mandag til torsdag", "Mandag-fredag" → RRULE BYDAY; undefined when the day text is anything else. */
export function byday(dag: string): string | undefined {
  const words = dag.trim().toLowerCase().replace(/:$/, '');
  if (DAYS[words]) return DAYS[words];
  const range = /^(\p{L}+)\s*(?:til|-|–)\s*(\p{L}+)$/u.exec(words);
  if (!range) return undefined;
  const from = WEEK.indexOf(DAYS[range[1]!] ?? ''),
    to = WEEK.indexOf(DAYS[range[2]!] ?? '');
  return from >= 0 && to > from ? WEEK.slice(from, to + 1).join(',') : undefined;
}

/** "8.15-15.30", "kl. 8.00 - 14.00" → opens and closes as HH:MM; undefined unless the text is exactly one range. */
export function hours(tid: string): { opens_at: string; closes_at: string } | undefined {
  const match = /^(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?$/.exec(tid.trim());
  if (!match) return undefined;
  const time = (h: string, m = '00') => `${h.padStart(2, '0')}:${m}`;
  return { opens_at: time(match[1]!, match[2]), closes_at: time(match[3]!, match[4]) };
}

const organizationName = (kommune: KommuneView) => da.kommune.heading(kommune.navn);

function organizationCore(kommune: KommuneView): Json {
  return {
    id: uuidFor(`kommune:${kommune.id}`),
    name: organizationName(kommune),
    description: da.openData.hsdsOrganizationDescription(kommune.documents.map((document) => document.data.titel)),
  };
}

function schedules(contact: Contact, key: string, owner: Json): Json[] {
  const list: Json[] = [];
  (contact.aabningstider ?? []).forEach((row, index) => {
    const day = byday(row.dag);
    const time = hours(row.tid);
    list.push({
      id: uuidFor(`${key}:aabningstid:${index}`),
      ...owner,
      ...(day && time ? { freq: 'WEEKLY', byday: day, ...time } : {}),
      description: `${row.dag}: ${row.tid}`,
    });
  });
  if (contact.telefontid) {
    list.push({ id: uuidFor(`${key}:telefontid`), ...owner, description: `${da.fields.phone}: ${contact.telefontid}`, attending_type: 'phone' });
  }
  return list;
}

const phones = (contact: Contact, key: string, owner: Json): Json[] =>
  (contact.telefon ?? []).map((number, index) => ({ id: uuidFor(`${key}:telefon:${index}`), ...owner, number }));

/** The contact's first web address, when the source prints a full http(s) one (HSDS wants a URI, not "www.x.dk"). */
const webAddress = (contact: Contact): string | undefined => contact.hjemmeside?.find((address) => /^https?:\/\/\S+$/.test(address));

/** A contact with an address is a place (location); one without is a way to get in touch (contact). */
function locationsAndContacts(document: DocumentView, organizationId: string): { locations: Json[]; contacts: Json[] } {
  const locations: Json[] = [];
  const contacts: Json[] = [];
  const state = document.topic('kontakt');
  if (state.kind !== 'described') return { locations, contacts };
  state.value.forEach((contact, index) => {
    const key = `${document.data.id}:kontakt:${index}`;
    const id = uuidFor(key);
    const source = da.openData.hsdsFrom(document.data.titel);
    if (contact.adresse) {
      locations.push({
        id,
        location_type: 'physical',
        organization_id: organizationId,
        name: contact.navn,
        ...(webAddress(contact) ? { url: webAddress(contact) } : {}),
        description: [`${da.fields.address}: ${contact.adresse}.`, contact.betingelse && `${da.openData.hsdsCondition}: ${contact.betingelse.tekst}.`, source]
          .filter(Boolean)
          .join(' '),
        phones: phones(contact, key, { location_id: id }),
        schedules: schedules(contact, key, { location_id: id }),
        contacts: (contact.email ?? []).map((email, n) => ({ id: uuidFor(`${key}:email:${n}`), location_id: id, name: contact.navn, email })),
      });
    } else {
      contacts.push({
        id,
        organization_id: organizationId,
        name: contact.navn,
        ...(contact.email?.[0] ? { email: contact.email[0] } : {}),
        phones: phones(contact, key, { contact_id: id }),
      });
      // HSDS has no opening hours on a contact; a contact's telephone hours stay in its phones' description.
      if (contact.telefontid) for (const phone of contacts.at(-1)!.phones as Json[]) phone.description = `${da.fields.phone}: ${contact.telefontid}`;
    }
  });
  return { locations, contacts };
}

/** Every kommune as an HSDS organization with its places, phones and hours. */
export function hsdsOrganizations(data: SiteData): Json[] {
  return data.kommuner.map((kommune) => {
    const organization = organizationCore(kommune);
    const parts = kommune.documents.map((document) => locationsAndContacts(document, organization.id as string));
    return { ...organization, locations: parts.flatMap((part) => part.locations), contacts: parts.flatMap((part) => part.contacts) };
  });
}

/** Who the offer is for, and the condition the source attaches to it. */
const eligibility = (offer: Offer): string | undefined =>
  [offer.maalgruppe, offer.betingelse && `${da.openData.hsdsCondition}: ${offer.betingelse.tekst}`].filter(Boolean).join('. ') || undefined;

function service(document: DocumentView, kommune: KommuneView, offer: Offer, site: URL | undefined): Json {
  const id = uuidFor(`${document.data.id}:tilbud:${offer.id}`);
  const organization = organizationCore(kommune);
  return {
    id,
    organization_id: organization.id,
    name: offer.navn,
    ...(offer.beskrivelse ? { description: offer.beskrivelse } : {}),
    ...(site ? { url: new URL(document.url, site).href } : {}),
    // HSDS requires a status. "active" says only that the document describes the offer as provided; an offer the
    // source calls planned is "inactive", with the source's words about the plan as its alert.
    status: offer.planlagt ? 'inactive' : 'active',
    ...(offer.planlagt ? { alert: offer.planlagt.tekst } : {}),
    ...(eligibility(offer) ? { eligibility_description: eligibility(offer) } : {}),
    ...(offer.alder?.fra !== undefined ? { minimum_age: offer.alder.fra } : {}),
    ...(offer.alder?.til !== undefined ? { maximum_age: offer.alder.til } : {}),
    // The documents speak for their own kommune only, so the kommune is the service area.
    service_areas: [{ id: uuidFor(`${document.data.id}:tilbud:${offer.id}:omraade`), service_id: id, name: organizationName(kommune) }],
    organization,
  };
}

/** Every offer of every document as an HSDS service, with its organization nested as HSDS's API returns it. */
export function hsdsServices(data: SiteData, site: URL | undefined): Json[] {
  return data.kommuner.flatMap((kommune) =>
    kommune.documents.flatMap((document) => {
      const state = document.topic('tilbud');
      return state.kind === 'described' ? state.value.map((offer) => service(document, kommune, offer, site)) : [];
    }),
  );
}
