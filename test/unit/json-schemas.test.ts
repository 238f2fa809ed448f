import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serializeJsonSchema } from '../../src/check/json-schemas.ts';
import { ROOT } from '../helpers/dataset.ts';

describe('editor JSON Schemas in public/schemas/', () => {
  it.each(Object.entries(jsonSchemas()))('%s matches the zod schemas (run "npm run schemas" after a schema change)', (name, schema) => {
    expect(readFileSync(join(ROOT, 'public', 'schemas', name), 'utf8')).toBe(serializeJsonSchema(schema));
  });
});

describe('every YAML file in data/ names its editor schema on its first line', () => {
  const yamlFiles = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? yamlFiles(join(directory, entry.name)) : entry.name.endsWith('.yaml') ? [join(directory, entry.name)] : [],
    );

  it.each(yamlFiles(join(ROOT, 'data')).map((file) => [relative(ROOT, file)]))('%s', (file) => {
    const firstLine = readFileSync(join(ROOT, file), 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    expect(existsSync(resolve(dirname(join(ROOT, file)), match![1]!)), `${match![1]} exists`).toBe(true);
  });
});
