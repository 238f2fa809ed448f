import { readFileBytes } from '../check/node/read-from-disk.ts';
import { relative, resolve } from 'node:path';
import {
  checkDataset,
  checkDraftText,
  detectDocumentType,
  formatJsonValue,
  formatSarif,
  formatStylish,
  formatTextCheckStylish,
  hasErrors,
  jsonDiagnostic,
  pointDocsUrl,
  pointExamples,
  textCheckSetup,
  type DraftTextCheck,
  type TextDocumentType,
} from '../check/index.ts';
import { loadDatasetFromDisk } from '../check/node/load-from-disk.ts';
import { diagnostic } from '../check/rule-catalogue.ts';
import { readTextLines } from '../check/text/lines.ts';
import type { Diagnostic } from '../check/types.ts';
import { draftKind, readDraft, type ReadResult } from '../read/index.ts';
import type { Project } from './project.ts';

/**
 * check-text: which of the law's points a draft describes, only names, or leaves out, with the lines. Reads .txt and
 * .md as text and .docx and .pdf with the readers in src/read/ (the same as the browser page /tjek/). Synchronous for
 * text files, so the common case stays a plain function; a Word or PDF file makes it a promise.
 */
export interface TextCheckOptions {
  format: 'stylish' | 'json' | 'sarif';
  siteUrl?: string;
  patterns: string[];
  /** Errors only. */
  quiet: boolean;
  /** Print the text as read, with line numbers, before the report. */
  showText: boolean;
  /** The document type, instead of recognising it from the title lines. */
  type?: TextDocumentType;
}

export interface TextIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_COULD_NOT_RUN = 2;

export class TextUsageError extends Error {}

interface DraftFile {
  path: string;
  bytes: Uint8Array;
}

export function runTextCheck(options: TextCheckOptions, io: TextIo, project: Project, files: DraftFile[]): number | Promise<number> {
  if (files.length === 0)
    throw new TextUsageError('check-text skal have mindst én fil (.txt, .md, .docx eller .pdf), fx "rusmiddelstandard check-text udkast.docx".');
  for (const file of files) {
    if (draftKind(file.path, file.bytes) === 'ukendt') {
      throw new TextUsageError(
        `"${file.path}" er hverken tekst (.txt, .md), Word (.docx) eller PDF (.pdf). Gem udkastet i et af de formater (i Word: Gem som › Word-dokument eller PDF) og kør kontrollen på den fil.`,
      );
    }
  }
  const dataset = loadDatasetFromDisk(project.dataDirectory, io.cwd);
  const data = checkDataset(dataset);
  // The catalogue, its keywords and the law provisions must be sound; a broken document only costs its examples.
  const requirementFiles = new Set([...dataset.catalogues, ...(dataset.keywords ?? []), ...dataset.provisions].map((file) => file.path));
  const blocking = data.diagnostics.filter((d) => d.severity === 'error' && requirementFiles.has(d.file));
  if (blocking.length > 0) {
    io.err(`Projektets data har fejl, så tekstkontrollen kan ikke køre:\n${formatStylish(blocking)}`);
    return EXIT_COULD_NOT_RUN;
  }
  // The current catalogue that has keywords, as everywhere (the core's textCheckSetup).
  const usable = textCheckSetup(data);
  if (!usable) {
    io.err(
      'Ingen nøgleordsfil i data/requirements/ (<kravkatalog>.noegleord.yaml) hører til et kravkatalog, så tekstkontrollen ved ikke, hvad den skal lede efter.',
    );
    return EXIT_COULD_NOT_RUN;
  }
  const { provisions } = usable;
  const examples = pointExamples(data.documents.map((document) => document.data));

  const finish = (reads: ReadResult[]): number => {
    const reports = reads.map((read, index): FileReport => {
      const file = files[index]!.path;
      if (!read.ok) {
        return { file, diagnostics: [diagnostic(read.reason === 'pdf-uden-tekst' ? 'pdf-without-text' : 'unreadable-document', file, 1, 1, read.message)] };
      }
      const detected = detectDocumentType(read.text);
      const type = options.type ?? detected.type;
      const check = checkDraftText(read.text, file, usable.catalogue, usable.keywords, provisions);
      if (type !== 'kvalitetsstandard') {
        return {
          file,
          text: read.text,
          type,
          typeLine: options.type ? undefined : detected.line,
          check,
          diagnostics: check.points.length === 0 ? check.diagnostics : [],
        };
      }
      return { file, text: read.text, type, check, diagnostics: check.diagnostics };
    });
    const diagnostics = reports.flatMap((report) => report.diagnostics).filter((d) => !options.quiet || d.severity === 'error');
    if (options.format === 'json') io.out(`${formatJsonValue(reports.map((report) => jsonReport(report, options.quiet)))}\n`);
    else if (options.format === 'sarif') io.out(formatSarif(diagnostics, options.siteUrl));
    else if (options.quiet) io.out(formatStylish(diagnostics));
    else io.out(reports.map((report) => stylishReport(report, options.showText, examples, usable.catalogue.kort_titel)).join('\n\n'));
    return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_CLEAN;
  };

  if (files.every((file) => draftKind(file.path, file.bytes) === 'tekst')) {
    return finish(files.map((file) => ({ ok: true, kind: 'tekst', text: new TextDecoder('utf-8').decode(file.bytes) })));
  }
  return Promise.all(files.map((file) => readDraft(file.bytes, file.path))).then(finish);
}

/**
 * Reads the files named (paths relative to the working directory are shown as given). Each is examined before it is
 * read, like the data files: a FIFO, a device or a folder is refused and nothing is read past the size limit.
 */
export function readDraftFiles(paths: string[], cwd: string): DraftFile[] {
  return paths.map((path) => {
    const absolute = resolve(cwd, path);
    const shown = relative(cwd, absolute);
    const outcome = readFileBytes(absolute);
    if (!outcome.ok) throw new TextUsageError(`Kan ikke læse "${path}": ${outcome.reason}.`);
    return { path: shown.startsWith('..') ? absolute : shown, bytes: outcome.bytes };
  });
}

interface FileReport {
  file: string;
  text?: string;
  type?: TextDocumentType;
  typeLine?: number;
  check?: DraftTextCheck;
  diagnostics: Diagnostic[];
}

const TYPE_DA: Record<TextDocumentType, string> = {
  kvalitetsstandard: 'en kvalitetsstandard',
  servicedeklaration: 'en servicedeklaration',
  udviklingsplan: 'en udviklingsplan',
};

function stylishReport(report: FileReport, showText: boolean, examples: ReturnType<typeof pointExamples>, catalogueTitle: string): string {
  const parts: string[] = [];
  if (showText && report.text !== undefined) parts.push(shownText(report.file, report.text));
  if (!report.check || report.check.points.length === 0) {
    parts.push(formatStylish(report.diagnostics));
    return parts.join('\n\n');
  }
  if (report.type && report.type !== 'kvalitetsstandard') {
    const described = report.check.points.filter((point) => point.status === 'fundet').map((point) => point.point.kort_titel);
    const how = report.typeLine ? ` (linje ${report.typeLine} kalder den det)` : ' (valgt med --type)';
    parts.push(
      `${report.file}: dokumentet er ${TYPE_DA[report.type]}${how}. Lovens 18 punkter (${catalogueTitle}) gælder kvalitetsstandarder, så de kontrolleres ikke her.` +
        `\nDet beskriver: ${described.length > 0 ? described.join(', ') : '(ingen af punkternes emner)'}.` +
        '\nEr det en kvalitetsstandard alligevel, så kør kontrollen med --type kvalitetsstandard.',
    );
    return parts.join('\n\n');
  }
  parts.push(formatTextCheckStylish([report.check], { examples }));
  return parts.join('\n\n');
}

/** The text as the check read it, numbered; lines the check drops (page headers, footers, page numbers) are marked. */
function shownText(file: string, text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  const kept = new Set(readTextLines(text).map((line) => line.number));
  const width = String(lines.length).length;
  return [
    `Den læste tekst (${file}); linjer med · tæller ikke (sidehoveder, sidefødder og sidetal) eller er sat sammen med linjen før (orddeling):`,
    ...lines.map((line, index) => `${String(index + 1).padStart(width)} ${kept.has(index + 1) || line.trim() === '' ? ' ' : '·'} ${line}`),
  ].join('\n');
}

function jsonReport(report: FileReport, quiet: boolean) {
  return {
    file: report.file,
    documentType: report.type ?? null,
    points: (report.check?.points ?? []).map((result) => ({
      id: result.point.id,
      number: result.point.nummer,
      outcome: result.outcome,
      applies: report.type === undefined || report.type === 'kvalitetsstandard',
      placeholder: result.status === 'kun-nævnt' ? result.placeholder : false,
      lines: result.status === 'mangler' ? [] : [...new Set(result.evidence.flatMap((evidence) => evidence.lines))].sort((a, b) => a - b),
      evidence:
        result.status === 'mangler'
          ? []
          : result.evidence.map((evidence) => ({
              kind: evidence.kind,
              line: evidence.line,
              lines: evidence.lines,
              text: evidence.text,
              matched: evidence.matched,
            })),
      docsUrl: pointDocsUrl(result.point.id),
    })),
    diagnostics: report.diagnostics.filter((d) => !quiet || d.severity === 'error').map(jsonDiagnostic),
  };
}
