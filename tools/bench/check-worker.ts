/**
 * One cold check in a fresh process, for tools/bench/check.ts: load the data set, run checkDataset cold and then
 * warm, time a positioned YAML parse of every file, print one JSON line.
 */
import { checkDataset } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { parseYaml } from '../../src/check/parse-yaml.ts';
import type { CheckSample } from './check.ts';

const directory = process.argv[2];
if (!directory) throw new Error('Brug: tsx tools/bench/check-worker.ts <datamappe>');
let started = performance.now();
const files = loadDatasetFromDisk(directory, process.cwd());
const loadMs = performance.now() - started;
started = performance.now();
const result = checkDataset(files);
const coldMs = performance.now() - started;
started = performance.now();
checkDataset(files);
const warmMs = performance.now() - started;
// What a positioned parse of all the files costs alone (yaml.parseDocument with a LineCounter), for the report.
started = performance.now();
for (const file of [...files.documents, ...files.catalogues, ...files.provisions]) parseYaml(file.path, file.text);
const yamlMs = performance.now() - started;
const sample: CheckSample = {
  loadMs,
  coldMs,
  warmMs,
  yamlMs,
  documents: result.documents.length,
  errors: result.diagnostics.filter((d) => d.severity === 'error').length,
  warnings: result.diagnostics.filter((d) => d.severity !== 'error').length,
};
process.stdout.write(`${JSON.stringify(sample)}\n`);
