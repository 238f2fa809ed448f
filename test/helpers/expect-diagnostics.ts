import { expect } from 'vitest';
import type { Diagnostic } from '../../src/check/index.ts';
import type { ExpectedError } from '../unit/malformed-inputs.ts';

/** English from the YAML parser or zod, or a stack frame: none of it may reach a Danish diagnostic. */
const UNTRANSLATED = /\b(Invalid|Expected|expected|received|must be|Unresolved|Excessive|undefined|NaN|\[object)\b|^\s+at /m;

/** Checks one file the way the build and the CLI do, and compares its errors with the expected ones, in order. */
export function expectDiagnostics(diagnostics: Diagnostic[], path: string, expected: ExpectedError[]): void {
  for (const d of diagnostics) {
    expect(d.file).toBe(path);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(d.message.length).toBeGreaterThan(20);
    expect(d.message).not.toMatch(UNTRANSLATED);
    // A message quotes values: it is one line with no control or bidi character (they are shown escaped).
    // eslint-disable-next-line no-control-regex -- the assertion is that no control character reaches the message
    expect(d.message).not.toMatch(/[\n\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(expected.map((e) => `${e.line}:${e.column} ${e.rule}`));
  expected.forEach((error, index) => expect(errors[index]!.message).toContain(error.contains));
}

/** The assertion every entry point's printed output makes: these located `file:line:col  error  rule` lines for this file, in order. */
export function expectLocatedErrors(output: string, file: string, expected: ExpectedError[]) {
  const lines = output.split('\n').filter((line) => line.startsWith(`${file}:`) && line.includes('  error  '));
  expect(
    lines.map((line) =>
      line
        .slice(file.length + 1)
        .split('  ')
        .slice(0, 3)
        .join('  '),
    ),
  ).toEqual(expected.map((error) => `${error.line}:${error.column}  error  ${error.rule}`));
  expected.forEach((error, index) => expect(lines[index]).toContain(error.contains));
}
