import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset, type Diagnostic } from '../../src/check/index.ts';
import { loadDatasetFromDisk } from '../../src/check/node/load-from-disk.ts';
import { fixtureDataset, FIXTURE_TODAY, ROOT } from '../helpers/dataset.ts';
import { expectDiagnostics } from '../helpers/expect-diagnostics.ts';
import { documentId, headingMapFor, hostileInputs, plant, plantedPath, type HostileInput } from './hostile-inputs.ts';

const inputs = hostileInputs();
const byClass = (input: HostileInput) => `class ${String(input.issueClass).padStart(2)}: ${input.name}`;

describe('hostile input through the check core (issue 12)', () => {
  it('covers every class of the issue with at least 60 cases', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(inputs.map((input) => input.issueClass))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(new Set(inputs.map((input) => input.name)).size).toBe(inputs.length);
  });

  // File-system cases are read from disk by the loader the CLI and the build use; one data set holds them all.
  let directory: string;
  let fromDisk: Diagnostic[];
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'rusmiddel-hostile-unit-'));
    cpSync(join(ROOT, 'data'), join(directory, 'data'), { recursive: true });
    for (const input of inputs.filter((candidate) => candidate.placement === 'file-system')) plant(join(directory, 'data'), input);
    const started = performance.now();
    fromDisk = checkDataset({ ...loadDatasetFromDisk(join(directory, 'data'), directory), today: FIXTURE_TODAY }).diagnostics;
    // Nothing hangs or reads without end: a FIFO, /dev/zero and a 9 MB file together take well under a few seconds.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each(inputs.map((input) => [byClass(input), input] as const))('%s', (_, input) => {
    if (input.placement === 'file-system') {
      const path = join('data', input.plant!(join(mkdtempSync(join(tmpdir(), 'rusmiddel-hostile-path-')), 'data'), input.name));
      expectDiagnostics(
        fromDisk.filter((d) => d.file === path),
        path,
        input.errors,
      );
      return;
    }
    const path = join('data', plantedPath(input));
    const file = { path, text: input.bytes!.toString('utf8') };
    const base = fixtureDataset([]);
    const dataset =
      input.placement === 'provisions'
        ? { ...base, provisions: [...base.provisions, file] }
        : input.placement === 'catalogue'
          ? { ...base, catalogues: [...base.catalogues, file] }
          : fixtureDataset([...(input.companion ? [{ path: join(path, '..', 'a-foerste.yaml'), text: input.companion.toString('utf8') }] : []), file]);
    if (input.placement === 'document') {
      // The case's own source, and a heading map for every document id besides the fixture's (a companion, "constructor").
      if (input.source) dataset.sourceTexts = { ...dataset.sourceTexts, [input.source.name]: input.source.text };
      const ids = [file.text, input.companion?.toString('utf8') ?? '']
        .map(documentId)
        .filter((id): id is string => id !== undefined && !id.startsWith('"') && id !== 'eksempelby-kvalitetsstandard-2025-2026');
      dataset.headingMaps = [
        ...(dataset.headingMaps ?? []),
        ...ids.map((id) => ({ path: join('data', 'sources', `${id}.headings.yaml`), text: headingMapFor(id) })),
      ];
    }
    const started = performance.now();
    const { diagnostics } = checkDataset(dataset);
    const elapsed = performance.now() - started;
    expectDiagnostics(
      diagnostics.filter((d) => d.file === path),
      path,
      input.errors,
    );
    // The companion document and the real data stay clean: the case's errors are only where they belong.
    expect(diagnostics.filter((d) => d.severity === 'error' && d.file !== path)).toEqual([]);
    if (input.withinMs) expect(elapsed).toBeLessThan(input.withinMs);
  });
});
