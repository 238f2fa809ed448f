import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';

/**
 * Data is text written by people outside the project: raw HTML in it must show as text, never run.
 * This remark plugin turns every raw HTML node into a plain text node.
 */
export function remarkHtmlAsText() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'html') (node as unknown as { type: string }).type = 'text';
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

/** One Markdown processor for .md/.mdx pages (astro.config.mjs) and for Markdown held in YAML (model/markdown.ts). */
export const markdownProcessor = unified({ remarkPlugins: [remarkGfm, remarkHtmlAsText], smartypants: false });
export const sharedMarkdownOptions = { syntaxHighlight: false } as const;
