import { z } from 'zod';
import type { DraftTextCheck, TextCheckSetup, TextDocumentType } from '../check/index.ts';
import { REQUIREMENT_FILES } from './requirement-files.ts';

/*
 * The draft check of /tjek/, off the page's main thread: reading a Word or PDF file and checking a big text take
 * time, and the page must never freeze. The page posts a draft (text, or the bytes of a .docx/.pdf); the worker
 * answers with the check, the text as read and the document type. The readers (mammoth, PDF.js) are separate chunks,
 * loaded only when a file of their kind comes; every file is served from the site itself (CSP default-src 'self').
 */

// As on the page: zod must not try `new Function` under the CSP; set before the core builds its schemas.
z.config({ jitless: true });
const loading = import('../check/index.ts');

export interface WorkerRequest {
  id: number;
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

export type WorkerAnswer =
  | { id: number; ok: true; check: DraftTextCheck; text: string; type: TextDocumentType; typeLine?: number }
  | { id: number; ok: false; ruleId: 'pdf-without-text' | 'unreadable-document'; message: string };

type Core = Awaited<typeof loading>;
let prepared: ({ core: Core } & TextCheckSetup) | undefined;

/** The same setup as the CLI's check-text (the core's textCheckSetup), from the bundled requirement files. */
async function prepare() {
  if (prepared) return prepared;
  const core = await loading;
  const setup = core.textCheckSetupFromFiles(REQUIREMENT_FILES, core.judgementDate(new Date()));
  if (!setup) throw new Error('Ingen nøgleordsfil hører til et kravkatalog.');
  prepared = { core, ...setup };
  return prepared;
}

// Prepared at once, while the page is read, so the first check does not wait for it.
void prepare().catch(() => {});

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const post = (reply: WorkerAnswer) => (globalThis as unknown as { postMessage(message: WorkerAnswer): void }).postMessage(reply);
  void answer(event.data).then(post, (error: unknown) =>
    post({
      id: event.data.id,
      ok: false,
      ruleId: 'unreadable-document',
      message: `Filen kunne ikke tjekkes: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
});

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  const { core, catalogue, keywords, provisions } = await prepare();
  let text = request.text ?? '';
  if (request.bytes) {
    const { readDraft } = await import('../read/index.ts');
    const read = await readDraft(request.bytes, request.name);
    if (!read.ok)
      return { id: request.id, ok: false, ruleId: read.reason === 'pdf-uden-tekst' ? 'pdf-without-text' : 'unreadable-document', message: read.message };
    text = read.text;
  }
  const check = core.checkDraftText(text, request.name, catalogue, keywords, provisions);
  const detected = core.detectDocumentType(text);
  return { id: request.id, ok: true, check, text, type: detected.type, ...(detected.line ? { typeLine: detected.line } : {}) };
}
