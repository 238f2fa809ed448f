import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { da } from '../i18n/da.ts';
import { markdownProcessor, sharedMarkdownOptions } from '../markdown-config.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders Markdown with the site's processor, without the cache. */
async function renderUncached(markdown: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer(sharedMarkdownOptions);
  const { code } = await (await renderer).render(markdown);
  return code;
}

/**
 * Rendering the documents' sections is the largest part of a build (a third of it on the national corpus), and
 * between two builds almost every section is unchanged. The HTML is kept across builds in one file of JSON lines,
 * keyed by a hash of the Markdown; the file's name holds a hash of the pipeline (its configuration's source, the
 * versions of the packages that render and the label the table plugin writes), so a changed pipeline starts afresh.
 * RUSMIDDEL_MARKDOWN_CACHE=off renders everything; RUSMIDDEL_CACHE_DIR moves the cache (tests use a fresh one).
 */
interface MarkdownCache {
  entries: Map<string, string>;
  /** The cache file, opened for appending on the first miss; undefined when nothing can be written. */
  file?: string;
  descriptor?: number;
}

/** Bump when the rendering changes in a way the hashed inputs below do not show. */
const PIPELINE_VERSION = 1;
/** A cache file larger than this is started afresh, so edits over months do not pile up without bound. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

let cache: MarkdownCache | undefined;

function packageVersion(name: string): string {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'ukendt';
  }
}

/** The pipeline's fingerprint, or undefined when it cannot be known (then nothing is cached). */
function pipelineKey(): string | undefined {
  const config = join(process.cwd(), 'src', 'markdown-config.ts');
  if (!existsSync(config)) return undefined;
  const hash = createHash('sha256');
  hash.update(`${PIPELINE_VERSION}\n${readFileSync(config, 'utf8')}\n${da.document.tableLabel}\n`);
  for (const name of ['@astrojs/markdown-remark', 'remark-gfm', 'astro']) hash.update(`${name}@${packageVersion(name)}\n`);
  hash.update(JSON.stringify(sharedMarkdownOptions));
  return hash.digest('hex').slice(0, 16);
}

function openCache(): MarkdownCache {
  const entries = new Map<string, string>();
  if (process.env.RUSMIDDEL_MARKDOWN_CACHE === 'off') return { entries };
  const key = pipelineKey();
  if (!key) return { entries };
  const directory = process.env.RUSMIDDEL_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'rusmiddelstandarder');
  const file = join(directory, `markdown-${key}.jsonl`);
  try {
    if (existsSync(file) && statSync(file).size > MAX_CACHE_BYTES) rmSync(file, { force: true });
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        // A line cut short (a build stopped mid-write) is skipped; its section is rendered again.
        try {
          const entry = JSON.parse(line) as { k?: unknown; h?: unknown };
          if (typeof entry.k === 'string' && typeof entry.h === 'string') entries.set(entry.k, entry.h);
        } catch {
          // skipped, see above
        }
      }
    }
  } catch {
    return { entries };
  }
  return { entries, file };
}

function remember(store: MarkdownCache, key: string, html: string): void {
  store.entries.set(key, html);
  if (!store.file) return;
  try {
    if (store.descriptor === undefined) {
      mkdirSync(join(store.file, '..'), { recursive: true });
      store.descriptor = openSync(store.file, 'a');
      process.once('exit', () => closeSync(store.descriptor!));
    }
    // One write per line in append mode: builds running at once add whole lines, never interleaved halves.
    writeSync(store.descriptor, `${JSON.stringify({ k: key, h: html })}\n`);
  } catch {
    store.file = undefined;
  }
}

/** Renders Markdown from the data with the same processor as the site's .md pages (GFM tables, raw HTML as text). */
export async function renderMarkdown(markdown: string): Promise<string> {
  cache ??= openCache();
  const key = createHash('sha256').update(markdown).digest('base64url');
  const known = cache.entries.get(key);
  if (known !== undefined) return known;
  const html = await renderUncached(markdown);
  remember(cache, key, html);
  return html;
}
