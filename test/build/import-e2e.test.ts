import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-import-documents.ts';
import { ROOT } from '../helpers/dataset.ts';
import { snapshotProject } from '../helpers/project-snapshot.ts';
import { confirmHavbjerg } from '../helpers/confirm-import.ts';
import { htmlText as htmlAsText } from '../helpers/html-text.ts';

/**
 * End to end, as a person adding a kommune works: import the invented Havbjerg standard from its PDF, run
 * `npm run check` (only confirmations are open), confirm (delete every til_bekraeftelse entry), check again, build.
 * Everything happens in a snapshot of the project; data/ is never touched.
 */
const workspace = mkdtempSync(join(tmpdir(), 'rusmiddel-import-e2e-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const BIN = join(ROOT, 'node_modules', '.bin');
const ID = 'havbjerg-kvalitetsstandard-2026-2027';

function run(project: string, command: string, args: string[]) {
  const env = {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH}`,
    RUSMIDDEL_DATA_DIR: join(project, 'data'),
    RUSMIDDEL_TODAY: '2026-06-01',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env });
}

describe('a kommune from PDF to page', () => {
  it("imports, lists only confirmations, names the covered topics when the marks are deleted unconfirmed, and after confirming builds the kommune's pages", async () => {
    const project = snapshotProject(workspace);
    const pdf = join(workspace, 'havbjerg-kvalitetsstandard.pdf');
    writeFileSync(pdf, await makePdf());

    const imported = run(project, join(BIN, 'tsx'), ['src/cli/import.ts', pdf, '--kommune', 'Havbjerg']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const file = join(project, 'data', 'kommuner', 'havbjerg', `${ID}.yaml`);
    expect(existsSync(file)).toBe(true);

    // The CLI check, as a person runs it: every error is a confirmation, one per entry, and the exit code blocks.
    const before = run(project, join(BIN, 'tsx'), ['src/cli/bin.ts', 'check', '--format', 'json']);
    expect(before.status).toBe(1);
    const findings = JSON.parse(before.stdout) as { ruleId: string; severity: string; file: string }[];
    const errors = findings.filter((finding) => finding.severity === 'error');
    const document = parseDocument(readFileSync(file, 'utf8'));
    const entries = document.toJS().til_bekraeftelse as unknown[];
    expect(errors.length).toBe(entries.length);
    expect(new Set(errors.map((finding) => finding.ruleId))).toEqual(new Set(['awaiting-confirmation']));
    expect(errors.every((finding) => finding.file.endsWith(`${ID}.yaml`))).toBe(true);

    // Deleting the marks without writing in what the source says is not confirming: `npm run check` still fails and
    // names, on the topic's own line of the draft, each topic the source covers and the draft leaves empty.
    const importedYaml = readFileSync(file, 'utf8');
    const unconfirmed = parseDocument(importedYaml);
    unconfirmed.delete('til_bekraeftelse');
    writeFileSync(file, unconfirmed.toString({ lineWidth: 0 }));
    const blind = run(project, join(BIN, 'tsx'), ['src/cli/bin.ts', 'check']);
    expect(blind.status).toBe(1);
    const blindErrors = blind.stdout.split('\n').filter((line) => line.includes(' error '));
    expect(blindErrors.length).toBeGreaterThanOrEqual(3);
    const draftLines = readFileSync(file, 'utf8').split('\n');
    const named = new Set<string>();
    for (const line of blindErrors) {
      // file:line:col  error  rule-id  message
      const match = /^(\S+):(\d+):(\d+)\s+error\s+not-described-but-source-covers\s+Emnet "([^"]+)"/.exec(line);
      expect(match, line).not.toBeNull();
      expect(match![1]).toContain(`${ID}.yaml`);
      expect(draftLines[Number(match![2]) - 1]).toContain(`${match![4]}:`);
      named.add(match![4]!);
    }
    // The Havbjerg standard describes its complaints procedure and free choice; the import cannot fill them in.
    expect([...named]).toEqual(expect.arrayContaining(['frit_valg', 'klageadgang']));
    writeFileSync(file, importedYaml);

    // The scripted confirmation: a person has checked every field against the source, written in the topics the
    // import could only point at, and deleted the marks.
    confirmHavbjerg(file);
    const after = run(project, join(BIN, 'tsx'), ['src/cli/bin.ts', 'check']);
    expect(after.stdout + after.stderr).not.toContain(' error ');
    expect(after.status).toBe(0);

    const outDir = join(project, 'bygning');
    const built = run(project, join(BIN, 'astro'), ['build', '--outDir', outDir]);
    expect(built.status, built.stderr).toBe(0);
    const page = join(outDir, 'kommuner', 'havbjerg', ID, 'index.html');
    expect(existsSync(page)).toBe(true);
    const text = htmlAsText(readFileSync(page, 'utf8'));
    expect(text).toContain('Behandlingen iværksættes senest 14 dage');
    expect(text).toContain('41 52 63 74');
    expect(htmlAsText(readFileSync(join(outDir, 'rettigheder', 'havbjerg', 'index.html'), 'utf8'))).toContain('14 dage');
    expect(existsSync(join(outDir, 'kommuner', 'havbjerg', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'rettigheder', 'havbjerg', 'index.html'))).toBe(true);
    expect(htmlAsText(readFileSync(join(outDir, 'index.html'), 'utf8'))).toContain('Havbjerg');
  }, 180_000);
});
