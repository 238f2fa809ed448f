import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, serializeJsonSchema } from '../check/json-schemas.ts';

/** Writes public/schemas/*.json from the zod schemas; run after changing a schema (a test says when it is due). */
const directory = join(process.cwd(), 'public', 'schemas');
mkdirSync(directory, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(directory, name), serializeJsonSchema(schema));
  console.log(`Skrev public/schemas/${name}`);
}
