import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { da } from './i18n/da.ts';

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

/**
 * Tables from the documents (e.g. an effect-goal table) are wider than a phone: each gets the design system's table
 * class and a focusable scroll container, so the table scrolls on its own and the page never scrolls sideways.
 */
export function rehypeScrollableTables() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      node.children = node.children.map((child): ElementContent => {
        if (child.type !== 'element') return child as ElementContent;
        if (child.tagName !== 'table') {
          visit(child);
          return child;
        }
        child.properties = { ...child.properties, className: ['table'] };
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: da.document.tableLabel },
          children: [child],
        };
      }) as typeof node.children;
    };
    visit(tree);
  };
}

/** One Markdown processor for .md/.mdx pages (astro.config.mjs) and for Markdown held in YAML (model/markdown.ts). */
export const markdownProcessor = unified({ remarkPlugins: [remarkGfm, remarkHtmlAsText], rehypePlugins: [rehypeScrollableTables], smartypants: false });
export const sharedMarkdownOptions = { syntaxHighlight: false } as const;
