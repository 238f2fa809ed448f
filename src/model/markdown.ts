import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor, sharedMarkdownOptions } from '../markdown-config.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders Markdown from the data with the same processor as the site's .md pages (GFM tables, raw HTML as text). */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer(sharedMarkdownOptions);
  const { code } = await (await renderer).render(markdown);
  return code;
}
