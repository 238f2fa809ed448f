import { z } from 'zod';
import {
  DatasetSchema,
  DocumentSchema,
  GlossarySchema,
  KeywordFileSchema,
  KommuneListSchema,
  LegalProvisionsSchema,
  RequirementCatalogueSchema,
  SourceHeadingsSchema,
} from '../../schemas/index.ts';

/** The JSON Schemas editors use (via `# yaml-language-server: $schema=...`), generated from the zod schemas. */
export function jsonSchemas(): Record<string, unknown> {
  const generate = (schema: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) });
  return {
    'dokument.schema.json': generate(DocumentSchema, 'Rusmiddelstandarder: kommunalt dokument'),
    'kravkatalog.schema.json': generate(RequirementCatalogueSchema, 'Rusmiddelstandarder: kravkatalog'),
    'bestemmelser.schema.json': generate(LegalProvisionsSchema, 'Rusmiddelstandarder: lovbestemmelser'),
    'noegleord.schema.json': generate(KeywordFileSchema, 'Rusmiddelstandarder: nøgleord til tjek af udkast'),
    'kommuner.schema.json': generate(KommuneListSchema, 'Rusmiddelstandarder: Danmarks kommuner og regioner'),
    'ordliste.schema.json': generate(GlossarySchema, 'Rusmiddelstandarder: ordliste'),
    'overskrifter.schema.json': generate(SourceHeadingsSchema, 'Rusmiddelstandarder: kildens overskrifter'),
    'datasaet.schema.json': generate(DatasetSchema, 'Rusmiddelstandarder: hele datasættet (download)'),
  };
}

export const serializeJsonSchema = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;
