import { describe, expect, it } from 'vitest';
import { formatJson, formatSarif, formatStylish, type Diagnostic } from '../../src/check/index.ts';
import { diagnostic } from '../../src/check/rule-catalogue.ts';

/** Everything that could move a terminal's cursor, clear it, start a line or reorder text. */
// eslint-disable-next-line no-control-regex -- the control characters are what the tests look for
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

const hostile = ['x\nandet.yaml:1:1  error  schema  falsk fund', 'Eksempel\u001b[2Jby', 'Ring\u202e8765 4321', 'a\rb\u0007c\u0000d\u0085e\u2028f\u2066g'];

describe('diagnostics quote values escaped, in every format (issue 12, class 4)', () => {
  const diagnostics: Diagnostic[] = hostile.map((value, index) =>
    diagnostic('schema', `data/kommuner/x/fil-${index}\u202e.yaml`, index + 1, 1, `id: teksten "${value}" er ikke gyldig. Ret værdien.`),
  );

  it('the message of a diagnostic has no raw control or bidi character, but shows each one as an escape', () => {
    for (const d of diagnostics) expect(d.message).not.toMatch(RAW_UNSAFE);
    expect(diagnostics[0]!.message).toContain('"x\\nandet.yaml:1:1  error  schema  falsk fund"');
    expect(diagnostics[1]!.message).toContain('Eksempel\\e[2Jby');
    expect(diagnostics[2]!.message).toContain('Ring\\u202E8765 4321');
    expect(diagnostics[3]!.message).toContain('a\\rb\\u0007c\\0d\\u0085e\\u2028f\\u2066g');
  });

  it('stylish: one line per finding plus the summary; no line can be forged, nothing can clear the screen', () => {
    const lines = formatStylish(diagnostics).split('\n');
    expect(lines).toHaveLength(diagnostics.length + 1);
    expect(lines.filter((line) => /^\S+:\d+:\d+  error  /.test(line))).toHaveLength(diagnostics.length);
    for (const line of lines) expect(line).not.toMatch(RAW_UNSAFE);
    expect(lines[0]).toMatch(/^data\/kommuner\/x\/fil-0\\u202E\.yaml:1:1  error  schema  /);
  });

  it('json and sarif: valid JSON that reads back to the escaped text, with no raw unsafe character in the output', () => {
    for (const output of [formatJson(diagnostics), formatSarif(diagnostics)]) {
      expect(output).not.toMatch(RAW_UNSAFE);
      expect(() => JSON.parse(output)).not.toThrow();
    }
    const parsed = JSON.parse(formatJson(diagnostics)) as Diagnostic[];
    expect(parsed.map((d) => d.message)).toEqual(diagnostics.map((d) => d.message));
    // The file name keeps its real characters in JSON (it names a real file), written as a \u escape.
    expect(parsed[0]!.file).toBe('data/kommuner/x/fil-0\u202e.yaml');
    expect(formatJson(diagnostics)).toContain('fil-0\\u202e.yaml');
  });
});
