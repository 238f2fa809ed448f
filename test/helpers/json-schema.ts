import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { ROOT } from './dataset.ts';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A validator for one of the site's published schemas (public/schemas/), as an outside user would load it. */
export function publishedSchema(name: string): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(readJson(join(ROOT, 'public', 'schemas', name)));
}

/**
 * Validators for HSDS's own schemas (test/vendor/hsds/schema/). They refer to each other by file name and carry
 * Frictionless Data keywords (constraints, core, example) that JSON Schema does not define, hence strict: false.
 */
export function hsdsSchemas(): { organization: ValidateFunction; service: ValidateFunction } {
  const directory = join(ROOT, 'test', 'vendor', 'hsds', 'schema');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) ajv.addSchema(readJson(join(directory, file)), file);
  return { organization: ajv.getSchema('organization.json')!, service: ajv.getSchema('service.json')! };
}

/** Validation errors as readable lines, for a failure message. */
export const schemaErrors = (validate: ValidateFunction): string =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');
