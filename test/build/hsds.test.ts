import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';
import { hsdsSchemas, schemaErrors } from '../helpers/json-schema.ts';

requireBuiltSite();

type Json = Record<string, unknown> & { id: string };
const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Json[];
const organizations = read('data/hsds/organizations.json');
const services = read('data/hsds/services.json');
const dataset = JSON.parse(readFileSync(join(DIST, 'data', 'rusmiddelstandarder.json'), 'utf8')) as {
  dokumenter: { kommune: string; tilbud: unknown; kontakt: unknown }[];
};
const { organization, service } = hsdsSchemas();

describe("HSDS 3 export, validated against HSDS's own schemas (test/vendor/hsds/)", () => {
  it.each(organizations.map((record) => [record.name as string, record] as const))('organization %s is valid', (_name, record) => {
    expect(organization(record), schemaErrors(organization)).toBe(true);
  });

  it.each(services.map((record) => [record.name as string, record] as const))('service %s is valid', (_name, record) => {
    expect(service(record), schemaErrors(service)).toBe(true);
  });

  it('has one organization per kommune and one service per offer the documents describe', () => {
    expect(organizations.map((record) => record.name).sort()).toEqual([...new Set(dataset.dokumenter.map((document) => `${document.kommune} Kommune`))].sort());
    // A topic the document describes is a list; otherwise it is "ikke-beskrevet" or a stated "none".
    const offers = dataset.dokumenter.flatMap((document) =>
      Array.isArray(document.tilbud) ? (document.tilbud as { navn: string; alder?: { fra?: number; til?: number } }[]) : [],
    );
    expect(services.length).toBe(offers.length);
    expect(services.map((record) => record.name)).toEqual(offers.map((offer) => offer.navn));
    // Eligibility ages are the offers' own, and no other service gets an age.
    services.forEach((record, index) => {
      expect(record.minimum_age).toBe(offers[index]!.alder?.fra);
      expect(record.maximum_age).toBe(offers[index]!.alder?.til);
    });
  });

  it('ids are unique UUIDs, and every service points to an organization in the export', () => {
    const ids = [...organizations, ...services].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const organizationIds = new Set(organizations.map((record) => record.id));
    for (const record of services) expect(organizationIds.has(record.organization_id as string)).toBe(true);
  });

  it("carries every contact's phone numbers, and opening hours as weekly schedules (Skanderborg: Thursday 08:15-18:00, as its source says)", () => {
    const phonesInData = dataset.dokumenter.flatMap((document) =>
      Array.isArray(document.kontakt) ? (document.kontakt as { telefon?: string[] }[]).flatMap((contact) => contact.telefon ?? []) : [],
    );
    const exported = JSON.stringify(organizations);
    for (const number of phonesInData) expect(exported).toContain(`"number":"${number}"`);
    const skanderborg = organizations.find((record) => record.name === 'Skanderborg Kommune') as unknown as {
      locations: { schedules: Record<string, string>[] }[];
    };
    const thursday = skanderborg.locations.flatMap((location) => location.schedules).find((schedule) => schedule.byday === 'TH');
    expect(thursday).toMatchObject({ freq: 'WEEKLY', opens_at: '08:15', closes_at: '18:00', description: 'Torsdag: 8.15-18.00' });
  });

  it('a broken record fails validation, so the schemas really are applied', () => {
    expect(service({ ...services[0], status: 'open', minimum_age: 'atten' })).toBe(false);
    expect(organization({ id: 'not-a-uuid', name: 'X' })).toBe(false);
  });
});
