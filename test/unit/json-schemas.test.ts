import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serializeJsonSchema } from '../../src/check/json-schemas.ts';
import { ROOT } from '../helpers/dataset.ts';

describe('editor JSON Schemas in public/schemas/', () => {
  it.each(Object.entries(jsonSchemas()))('%s matches the zod schemas (run "npm run schemas" after a schema change)', (name, schema) => {
    expect(readFileSync(join(ROOT, 'public', 'schemas', name), 'utf8')).toBe(serializeJsonSchema(schema));
  });
});
