import { z } from 'zod';
import type { Diagnostic, DraftTextCheck, Evidence, PointExample, PointResult, TextDocumentType, TextFile } from '../check/index.ts';
import type { WorkerAnswer, WorkerRequest } from './text-check-worker.ts';
import { da } from '../i18n/da.ts';
import { escapeForDisplay } from '../check/display-escape.ts';
import { REQUIREMENT_FILES } from './requirement-files.ts';

/*
 * The /tjek/ page: the check core, bundled for the browser, on text the reviewer pastes or files they choose.
 * Nothing leaves the page: files are read in the browser, the requirement data is bundled, and the only requests are
 * for the site's own files (the worker, the Word and PDF readers when such a file is chosen, and the examples).
 * Drafts are checked in a Web Worker (text-check-worker.ts), so the page never freezes on a big file.
 */

// Zod compiles object parsers with `new Function` when it may, and probes for that while it builds a schema; under
// the page's CSP (no 'unsafe-eval') even the probe is reported as a violation. The interpreter gives the same results.
// The setting must come before any schema is built, so the core (which builds the schemas when it loads) is imported
// only after it: at once, while the page loads, so the check also works offline afterwards.
z.config({ jitless: true });
const loading = import('../check/index.ts');
type Core = Awaited<typeof loading>;
let core: Core;

const t = da.checker;

/** The larger a file, the less likely it is a draft; the core's own limit is 2 million characters. */
const MAX_FILE_BYTES = 10_000_000;
const YAML_FILE = /\.ya?ml$/i;
const TEXT_FILE = /\.(?:txt|md|markdown|docx|pdf)$/i;
/** Word and PDF drafts are read as bytes, in the worker. */
const BINARY_DRAFT = /\.(?:docx|pdf)$/i;
const SOURCE_FILE = /\.txt$/i;
/** Top-level keys every document in the project's format has; two of them at the start of a line means YAML. */
const DOCUMENT_KEYS = /^(id|kommune|titel|dokumenttype|kildefil|afsnit|krav|kravkatalog):/gm;

const form = document.querySelector<HTMLFormElement>('[data-checker-form]')!;
const textarea = form.querySelector<HTMLTextAreaElement>('textarea')!;
const fileInput = form.querySelector<HTMLInputElement>('input[type="file"]')!;
const status = document.querySelector<HTMLElement>('[data-checker-status]')!;
const results = document.querySelector<HTMLElement>('[data-checker-results]')!;
const summary = results.querySelector<HTMLElement>('[data-checker-summary]')!;
const body = results.querySelector<HTMLElement>('[data-checker-body]')!;

/** Today in Copenhagen, as the build and the CLI judge revision deadlines, whatever the reviewer's clock zone. */
const today = () => core.judgementDate(new Date());

// ---- What was given -------------------------------------------------------------------------------------------

/** A draft to check: its text, or (Word, PDF) its bytes. */
interface DraftInput {
  path: string;
  text: string;
  bytes?: Uint8Array;
}

interface Inputs {
  yaml: TextFile[];
  texts: DraftInput[];
  /** Every chosen .txt file by name: a document's source when the name is its `kildefil`. */
  sources: Record<string, string>;
  /** Files that could not be checked, with why. */
  skipped: string[];
}

function looksLikeYamlDocument(text: string): boolean {
  if (/^#\s*yaml-language-server:/.test(text.trimStart())) return true;
  return new Set([...text.matchAll(DOCUMENT_KEYS)].map((match) => match[1])).size >= 2;
}

/** Two inputs with the same name would mix their findings; the second gets a number. */
function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
  taken.add(unique);
  return unique;
}

async function gatherInputs(): Promise<Inputs> {
  const inputs: Inputs = { yaml: [], texts: [], sources: {}, skipped: [] };
  const names = new Set<string>();
  const pasted = textarea.value;
  if (pasted.trim() !== '') {
    const kind = form.querySelector<HTMLInputElement>('input[name="slags"]:checked')?.value ?? 'auto';
    const isYaml = kind === 'yaml' || (kind === 'auto' && looksLikeYamlDocument(pasted));
    (isYaml ? inputs.yaml : inputs.texts).push({ path: uniqueName(t.pastedName, names), text: pasted });
  }
  for (const file of fileInput.files ?? []) {
    if (!YAML_FILE.test(file.name) && !TEXT_FILE.test(file.name)) {
      inputs.skipped.push(t.unsupportedFile(file.name));
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      inputs.skipped.push(t.fileTooLarge(file.name));
      continue;
    }
    let text = '';
    let bytes: Uint8Array | undefined;
    try {
      if (BINARY_DRAFT.test(file.name)) bytes = new Uint8Array(await file.arrayBuffer());
      else text = await file.text();
    } catch {
      inputs.skipped.push(t.fileUnreadable(file.name));
      continue;
    }
    // A file name is shown as it is, so invisible and control characters in it are shown as escapes.
    if (bytes) {
      inputs.texts.push({ path: escapeForDisplay(uniqueName(file.name, names)), text, bytes });
      continue;
    }
    const entry = { path: escapeForDisplay(uniqueName(file.name, names)), text };
    if (YAML_FILE.test(file.name)) inputs.yaml.push(entry);
    else {
      if (SOURCE_FILE.test(file.name)) inputs.sources[file.name] = text;
      inputs.texts.push(entry);
    }
  }
  return inputs;
}

// ---- Checking ---------------------------------------------------------------------------------------------------

interface FileReport {
  name: string;
  kind: 'yaml' | 'text';
  diagnostics: Diagnostic[];
  text?: DraftTextCheck;
  /** For a document: the source text used, or the kildefil that was not given. */
  source?: string;
  sourceMissing?: string;
  /** The document did not pass its schema, so the later rules did not run. */
  partial?: boolean;
  /** A draft: the text as read (from Word or PDF too), and what kind of document it is. */
  readText?: string;
  type?: TextDocumentType;
  typeLine?: number;
}

/** The value of a document's top-level `kildefil:`, read from the text when the document did not pass its schema. */
function kildefilOf(text: string): string | undefined {
  return /^kildefil:[ \t]*["']?([^"'#\s]+)/m.exec(text)?.[1];
}

function checkDocuments(yaml: TextFile[], sources: Record<string, string>): FileReport[] {
  if (yaml.length === 0) return [];
  // The sources are those the reviewer chose: a kildefil not among them is "not supplied", not a dangling reference,
  // and the rules that need it are skipped (the page says so).
  const result = core.checkDataset({
    ...core.splitRequirementFiles(REQUIREMENT_FILES),
    documents: yaml,
    sourceTexts: sources,
    absentSources: 'not-supplied',
    today: today(),
  });
  // Only the reviewer's files are reported: the bundled requirement data passed this check when the site was built.
  const own = new Set(yaml.map((file) => file.path));
  const diagnostics = result.diagnostics.filter((d) => own.has(d.file));
  const reports = new Map(yaml.map((file): [string, FileReport] => [file.path, { name: file.path, kind: 'yaml', diagnostics: [], partial: true }]));
  for (const document of result.documents) {
    const report = reports.get(document.file)!;
    report.partial = false;
    const { kildefil } = document.data;
    if (Object.hasOwn(sources, kildefil)) report.source = kildefil;
    else report.sourceMissing = kildefil;
  }
  for (const report of reports.values()) {
    report.diagnostics = diagnostics.filter((d) => d.file === report.name);
  }
  return [...reports.values()];
}

// The worker is started with the page, so checking needs no request and works offline once the page is loaded.
const worker = new Worker(new URL('./text-check-worker.ts', import.meta.url), { type: 'module', name: 'tjek' });
const waiting = new Map<number, (answer: WorkerAnswer) => void>();
let nextRequest = 0;
worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
  waiting.get(event.data.id)?.(event.data);
  waiting.delete(event.data.id);
});

function inWorker(draft: DraftInput): Promise<WorkerAnswer> {
  const id = ++nextRequest;
  const request: WorkerRequest = draft.bytes ? { id, name: draft.path, bytes: draft.bytes } : { id, name: draft.path, text: draft.text };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage(request, draft.bytes ? [draft.bytes.buffer] : []);
  });
}

async function checkTexts(texts: DraftInput[]): Promise<FileReport[]> {
  return Promise.all(
    texts.map(async (file): Promise<FileReport> => {
      const answer = await inWorker(file);
      if (!answer.ok) {
        return { name: file.path, kind: 'text', diagnostics: [core.diagnostic(answer.ruleId, file.path, 1, 1, answer.message)] };
      }
      const notAStandard = answer.type !== 'kvalitetsstandard';
      return {
        name: file.path,
        kind: 'text',
        diagnostics: notAStandard && answer.check.points.length > 0 ? [] : answer.check.diagnostics,
        text: answer.check,
        readText: answer.text,
        type: answer.type,
        ...(answer.typeLine ? { typeLine: answer.typeLine } : {}),
      };
    }),
  );
}

async function check(inputs: Inputs): Promise<FileReport[]> {
  const documents = checkDocuments(inputs.yaml, inputs.sources);
  const usedAsSource = new Set(
    inputs.yaml.flatMap((file) => {
      const kildefil = documents.find((report) => report.name === file.path)?.source ?? kildefilOf(file.text);
      return kildefil ? [kildefil] : [];
    }),
  );
  // A .txt that is a chosen document's source is the source, not a draft to check.
  const texts = inputs.texts.filter((file) => !usedAsSource.has(file.path));
  return [...documents, ...(await checkTexts(texts))];
}

/** "Sådan beskriver andre kommuner punktet": written at build time, fetched with the page (a few kilobytes). */
let examples: Record<string, PointExample[]> = {};
void fetch('/tjek/eksempler.json')
  .then((response) => (response.ok ? response.json() : {}))
  .then(
    (json: Record<string, PointExample[]>) => {
      examples = json;
    },
    () => {},
  );

// ---- Showing ----------------------------------------------------------------------------------------------------

/** Every piece of text from the reviewer's input goes in as textContent, never as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function note(heading: string, content: string | HTMLElement, kind: 'info' | 'warning'): HTMLElement {
  const box = element('div', `alert alert-${kind}`);
  box.setAttribute('role', 'note');
  box.append(element('p', 'alert-heading', heading), typeof content === 'string' ? element('p', 'alert-text', content) : content);
  return box;
}

function describeEvidence(evidence: Evidence): string {
  // A heading is shown at its own line; the lines under it are the evidence's other lines.
  const lines = evidence.kind === 'overskrift' ? String(evidence.line) : core.formatLines(evidence.lines);
  return evidence.kind === 'overskrift' ? t.evidenceHeading(lines, evidence.text) : t.evidencePhrases(lines, evidence.text, evidence.matched.join(', '));
}

function problemList(diagnostics: readonly Diagnostic[]): HTMLElement {
  if (diagnostics.length === 0) return element('p', 'checker-none', t.noProblems);
  const list = element('ol', 'checker-problems');
  for (const d of diagnostics) {
    const item = element('li', 'checker-problem');
    item.dataset.rule = d.ruleId;
    const head = element('p', 'checker-problem-head');
    head.append(
      element('span', 'checker-where', t.where(d.line, d.column)),
      ' ',
      element('span', `checker-severity checker-severity-${d.severity}`, da.rules.severity[d.severity]),
      ' ',
      element('code', 'checker-rule', d.ruleId),
    );
    const link = element('a', 'checker-docs', d.docsUrl.startsWith('/krav/') ? t.aboutPoint : t.aboutRule(d.ruleId));
    link.href = d.docsUrl;
    item.append(head, element('p', 'checker-message', d.message), element('p', 'checker-docs-line'));
    item.lastElementChild!.append(link);
    list.append(item);
  }
  return list;
}

function pointTitle(result: PointResult): HTMLElement {
  const title = element('a', 'checker-point-title', t.point(result.point.nummer, result.point.kort_titel));
  title.href = core.pointDocsUrl(result.point.id);
  return title;
}

function pointList(results: readonly PointResult[], describe: (result: PointResult) => string | undefined): HTMLElement {
  const list = element('ol', 'checker-points');
  for (const result of results) {
    const item = element('li', 'checker-point');
    item.dataset.point = result.point.id;
    item.dataset.outcome = result.outcome;
    item.append(pointTitle(result));
    const text = describe(result);
    if (text) item.append(element('span', 'checker-evidence', text));
    list.append(item);
  }
  return list;
}

/** For each point not described: the law's wording, what it asks for, its page, and how others describe it. */
function helpSection(results: readonly PointResult[]): HTMLElement {
  const wrapper = element('div', 'checker-help');
  wrapper.append(element('h4', undefined, t.helpHeading));
  const list = element('ul', 'checker-help-list');
  for (const result of results) {
    const item = element('li', 'checker-help-point');
    item.dataset.point = result.point.id;
    item.append(element('p', 'checker-help-title', t.point(result.point.nummer, result.point.kort_titel)));
    item.append(element('p', undefined, t.helpLaw(result.point.ordlyd)));
    item.append(element('p', undefined, t.helpMeaning(result.point.forklaring)));
    const more = element('p');
    const link = element('a', undefined, t.helpMore(result.point.kort_titel));
    link.href = core.pointDocsUrl(result.point.id);
    more.append(link);
    item.append(more);
    const others = examples[result.point.id] ?? [];
    if (others.length > 0) {
      item.append(element('p', undefined, t.helpOthers));
      const quotes = element('ul', 'checker-examples');
      for (const example of others) {
        const quote = element('li');
        const source = element('a', undefined, t.exampleSource(example.kommune, example.overskrift));
        source.href = example.href;
        quote.append(source, ': ', element('q', undefined, example.uddrag));
        quotes.append(quote);
      }
      item.append(quotes);
    }
    list.append(item);
  }
  wrapper.append(list);
  return wrapper;
}

/** "Vis den læste tekst": the text as read from the file, numbered, so the line numbers can be followed. */
function readTextPanel(text: string): HTMLElement {
  const details = element('details', 'checker-read-text');
  details.append(element('summary', undefined, t.showReadText));
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  const width = String(lines.length).length;
  const pre = element('pre', 'checker-read-text-lines', lines.map((line, index) => `${String(index + 1).padStart(width)}  ${line}`).join('\n'));
  pre.tabIndex = 0;
  details.append(pre);
  return details;
}

function textSection(report: FileReport, section: HTMLElement): void {
  const check = report.text;
  if (report.readText !== undefined) section.append(readTextPanel(report.readText));
  if (!check || check.points.length === 0) {
    section.append(element('h4', undefined, `${t.problemsHeading} (${report.diagnostics.length})`), problemList(report.diagnostics));
    return;
  }
  if (report.type && report.type !== 'kvalitetsstandard') {
    const described = check.points.filter((result) => result.status === 'fundet').map((result) => result.point.kort_titel);
    section.append(note(t.notAStandardHeading(t.documentTypes[report.type]), t.notAStandard(t.documentTypes[report.type], report.typeLine, described), 'info'));
    return;
  }
  const described = check.points.filter((result) => result.status === 'fundet');
  const named = check.points.filter((result) => result.status === 'kun-nævnt');
  const missing = check.points.filter((result) => result.status === 'mangler');
  section.append(element('p', 'checker-count', t.pointsOutcome(described.length, named.length, missing.length, check.points.length)));
  section.append(element('h4', undefined, `${t.foundHeading} (${described.length})`));
  if (described.length === 0) section.append(element('p', 'checker-none', t.noneFound));
  else {
    section.append(
      pointList(described, (result) => {
        if (result.status !== 'fundet') return undefined;
        const [best, ...more] = result.evidence;
        return `${describeEvidence(best!)}${more.length > 0 ? ` ${t.alsoLines(core.formatLines(more.map((evidence) => evidence.line)))}` : ''}`;
      }),
    );
  }
  if (named.length > 0) {
    section.append(element('h4', undefined, `${t.namedHeading} (${named.length})`));
    section.append(
      pointList(named, (result) =>
        result.status === 'kun-nævnt' ? `${describeEvidence(result.evidence[0]!)}${result.placeholder ? ` ${t.placeholder}` : ''}` : undefined,
      ),
    );
  }
  section.append(element('h4', undefined, `${t.missingHeading} (${missing.length})`));
  if (missing.length === 0) section.append(element('p', 'checker-none', t.noneMissing));
  else section.append(pointList(missing, () => undefined));
  if (check.skipped.length > 0) {
    section.append(element('h4', undefined, t.skippedHeading), element('p', undefined, t.skippedIntro));
    const list = element('ul', 'checker-skipped');
    for (const skipped of check.skipped)
      list.append(element('li', undefined, t.skippedLines(skipped.fromLine, skipped.toLine, t.skippedReasons[skipped.reason])));
    section.append(list);
  }
  const notDescribed = [...named, ...missing].sort((a, b) => a.point.nummer - b.point.nummer);
  if (notDescribed.length > 0) section.append(helpSection(notDescribed));
  section.append(element('h4', undefined, `${t.problemsHeading} (${check.diagnostics.length})`));
  section.append(problemList(check.diagnostics));
}

function yamlSection(report: FileReport, section: HTMLElement): void {
  if (report.partial) section.append(note(t.notCheckedHeading, t.notChecked, 'warning'));
  if (report.sourceMissing) section.append(note(t.sourceMissingHeading, t.sourceMissing(report.sourceMissing), 'warning'));
  if (report.source) section.append(element('p', undefined, t.sourceUsed(report.source)));
  section.append(element('h4', undefined, `${t.problemsHeading} (${report.diagnostics.length})`));
  section.append(problemList(report.diagnostics));
}

function count(diagnostics: readonly Diagnostic[]) {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

function summaryOf(reports: readonly FileReport[]): string {
  const [only] = reports;
  let text: string;
  if (reports.length === 1 && only!.kind === 'text' && only!.text && only!.text.points.length > 0 && only!.type === 'kvalitetsstandard') {
    const points = only!.text.points;
    const found = points.filter((result) => result.status === 'fundet').length;
    text = t.summaryText(found, points.length, points.length - found);
  } else {
    const { errors, warnings } = count(reports.flatMap((report) => report.diagnostics));
    const counts = t.counts(errors, warnings);
    text = reports.length === 1 ? t.summaryOne(only!.name, counts) : t.summaryMany(reports.length, counts);
  }
  return reports.some((report) => report.sourceMissing) ? `${text} (${t.summaryExcerptsSkipped})` : text;
}

function render(reports: readonly FileReport[], skipped: readonly string[]): void {
  const text = reports.length === 0 ? t.nothing : summaryOf(reports);
  summary.textContent = text;
  const parts: HTMLElement[] = [];
  if (reports.length === 0 && skipped.length === 0) parts.push(element('p', undefined, t.nothingHint));
  if (skipped.length > 0) {
    const list = element('ul', 'alert-text');
    for (const line of skipped) list.append(element('li', undefined, line));
    parts.push(note(t.skippedFilesHeading, list, 'warning'));
  }
  for (const report of reports) {
    const section = element('section', 'checker-file');
    section.append(element('h3', undefined, report.name), element('p', 'checker-kind', report.kind === 'yaml' ? t.checkedAsYaml : t.checkedAsText));
    if (report.kind === 'yaml') yamlSection(report, section);
    else textSection(report, section);
    parts.push(section);
  }
  body.replaceChildren(...parts);
  results.hidden = false;
  // Clear first, so the same result announced twice is still announced.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = t.announce(text);
  }, 50);
  summary.focus();
}

let generation = 0;
async function run(): Promise<void> {
  const current = ++generation;
  core = await loading;
  const inputs = await gatherInputs();
  if (current !== generation) return; // a newer check has started
  if (inputs.texts.some((file) => file.bytes || file.text.length > 200_000)) status.textContent = t.working;
  let reports: FileReport[];
  try {
    reports = await check(inputs);
  } catch {
    // The core reports every problem as a diagnostic; this is the last line, so the page never just stops.
    if (current === generation) render([], [...inputs.skipped, t.checkFailed]);
    return;
  }
  if (current !== generation) return;
  render(reports, inputs.skipped);
}

// ---- Wiring -----------------------------------------------------------------------------------------------------

form.hidden = false;
document.querySelector('[data-checker-noscript]')?.setAttribute('hidden', '');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
form.addEventListener('reset', () => {
  generation++;
  results.hidden = true;
  body.replaceChildren();
  status.textContent = '';
});
fileInput.addEventListener('change', () => void run());

// A paste checks at once (the hint says so); typing waits for the button.
let pasted = false;
textarea.addEventListener('paste', () => {
  pasted = true;
});
textarea.addEventListener('input', () => {
  if (!pasted) return;
  pasted = false;
  void run();
});

// Files dropped anywhere on the page are chosen, as if picked with the button, and checked.
const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer!.dropEffect = 'copy';
  form.classList.add('checker-dragover');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) form.classList.remove('checker-dragover');
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  form.classList.remove('checker-dragover');
  const files = event.dataTransfer?.files;
  if (!files || files.length === 0) return;
  fileInput.files = files;
  void run();
});
