import { normalizeForExcerpt } from '../../src/check/normalize.ts';
import type { Random } from './random.ts';

/** One block of a section's text, kept structured so it can be written both as Markdown and as a "PDF extraction". */
export type Block =
  | { kind: 'paragraph'; sentences: string[] }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'label'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface SourceReference {
  afsnit: string;
  uddrag: string[];
}

/** Characters that would turn plain generated prose into Markdown syntax. */
const MARKDOWN_SYNTAX = /[*_#<>[\]`|\\]/;

function assertPlain(text: string): string {
  if (MARKDOWN_SYNTAX.test(text) || /^\s*(\d+[.)]|[-+])\s/.test(text)) throw new Error(`Syntetisk tekst må ikke indeholde Markdown-syntaks: ${text}`);
  return text;
}

/** One section being written: its blocks, and the facts that quote it. */
export class SectionDraft {
  readonly blocks: Block[] = [];

  constructor(
    readonly id: string,
    /** The heading line as the source prints it, e.g. "4.3 Behandlingsgaranti". */
    readonly headingLine: string,
    readonly overskrift: string,
    readonly niveau: 1 | 2 | 3,
  ) {}

  paragraph(...sentences: string[]): this {
    this.blocks.push({ kind: 'paragraph', sentences: sentences.map(assertPlain) });
    return this;
  }

  lines(...lines: string[]): this {
    this.blocks.push({ kind: 'lines', lines: lines.map(assertPlain) });
    return this;
  }

  label(text: string): this {
    this.blocks.push({ kind: 'label', text: assertPlain(text) });
    return this;
  }

  bullets(items: string[]): this {
    this.blocks.push({ kind: 'bullets', items: items.map(assertPlain) });
    return this;
  }

  table(header: string[], rows: string[][]): this {
    this.blocks.push({ kind: 'table', header: header.map(assertPlain), rows: rows.map((row) => row.map(assertPlain)) });
    return this;
  }

  /** The text as one string without any layout, for checking excerpts. */
  private plainText(): string {
    return this.blocks
      .map((block) => {
        switch (block.kind) {
          case 'paragraph':
            return block.sentences.join(' ');
          case 'lines':
            return block.lines.join('\n');
          case 'label':
            return block.text;
          case 'bullets':
            return block.items.join('\n');
          case 'table':
            return [block.header, ...block.rows].map((row) => row.join('   ')).join('\n');
        }
      })
      .join('\n\n');
  }

  /**
   * A fact's `kilde`: this section and the given excerpts. Each excerpt must already be in the section's text, so
   * the generator fails here (with the excerpt) rather than producing data the check rejects.
   */
  kilde(...uddrag: string[]): SourceReference {
    const text = normalizeForExcerpt(this.plainText());
    for (const excerpt of uddrag) {
      if (!text.includes(normalizeForExcerpt(excerpt))) throw new Error(`Uddraget står ikke i afsnit ${this.id}: "${excerpt}"`);
    }
    return { afsnit: this.id, uddrag };
  }

  markdown(): string {
    return `${this.blocks
      .map((block) => {
        switch (block.kind) {
          case 'paragraph':
            return block.sentences.join(' ');
          case 'lines':
            return block.lines.join('\\\n');
          case 'label':
            return `**${block.text}**`;
          case 'bullets':
            return block.items.map((item) => `- ${item}`).join('\n');
          case 'table':
            return [
              `| ${block.header.join(' | ')} |`,
              `|${block.header.map(() => '---').join('|')}|`,
              ...block.rows.map((row) => `| ${row.join(' | ')} |`),
            ].join('\n');
        }
      })
      .join('\n\n')}\n`;
  }
}

/** A heading of the source text and the section it belongs to (the *.headings.yaml map). */
export interface HeadingEntry {
  tekst: string;
  afsnit: string;
}

/**
 * A document's sections in source order. Numbered documents get "1", "1.1" … in the order sections are opened,
 * so a section left out (a point the document does not describe) leaves no gap.
 */
export class DocumentDraft {
  readonly sections: SectionDraft[] = [];
  private chapter = 0;
  private sub = 0;
  private subSub = 0;

  /** A numbered chapter (niveau 1). */
  chapterSection(overskrift: string): SectionDraft {
    this.chapter++;
    this.sub = 0;
    this.subSub = 0;
    return this.push(new SectionDraft(String(this.chapter), `${this.chapter}. ${overskrift}`, overskrift, 1));
  }

  /** A numbered subsection (niveau 2) of the current chapter. */
  subSection(overskrift: string): SectionDraft {
    this.sub++;
    this.subSub = 0;
    const id = `${this.chapter}.${this.sub}`;
    return this.push(new SectionDraft(id, `${id} ${overskrift}`, overskrift, 2));
  }

  /** A numbered sub-subsection (niveau 3) of the current subsection. */
  subSubSection(overskrift: string): SectionDraft {
    this.subSub++;
    const id = `${this.chapter}.${this.sub}.${this.subSub}`;
    return this.push(new SectionDraft(id, `${id} ${overskrift}`, overskrift, 3));
  }

  /** An unnumbered section with a slug id. */
  slugSection(id: string, overskrift: string, niveau: 1 | 2 | 3 = 1): SectionDraft {
    return this.push(new SectionDraft(id, overskrift, overskrift, niveau));
  }

  private push(section: SectionDraft): SectionDraft {
    if (this.sections.some((existing) => existing.id === section.id)) throw new Error(`Afsnits-id ${section.id} er brugt to gange`);
    this.sections.push(section);
    return section;
  }

  /** Every heading line and bold label of the source, mapped to its section (the title page is declared left out). */
  headings(): HeadingEntry[] {
    return [
      ...this.sections.flatMap((section) => [
        { tekst: section.headingLine, afsnit: section.id },
        ...section.blocks.flatMap((block) => (block.kind === 'label' ? [{ tekst: block.text, afsnit: section.id }] : [])),
      ]),
    ];
  }
}

const HYPHENATABLE = /^[a-zæøåé]{10,}[.,;:]?$/i;

/** Breaks a paragraph into lines of at most `width` characters, hyphenating some long words at line ends as PDFs do. */
function wrap(text: string, width: number, random: Random, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '' || line.length + 1 + word.length <= width) {
      line = line === '' ? word : `${line} ${word}`;
      continue;
    }
    const room = width - line.length - 2;
    if (HYPHENATABLE.test(word) && room >= 4 && word.length - room >= 4 && random.chance(0.6)) {
      lines.push(`${line} ${word.slice(0, room)}-`);
      line = `${indent}${word.slice(room)}`;
      continue;
    }
    lines.push(line);
    line = `${indent}${word}`;
  }
  if (line !== '') lines.push(line);
  // Some extractions leave a trailing space on each line.
  return lines.map((l) => (random.chance(0.3) ? `${l} ` : l));
}

export interface SourceLayout {
  /** The lines printed before the first heading (title page). */
  front: string[];
  /** The running footer, printed with a page number every `pageLines` lines. */
  footer: string;
  width: number;
  pageLines: number;
}

/**
 * The document as a PDF text extraction would give it: wrapped lines, hyphenation, page footers between blocks.
 * The footers printed are added to `footers`, so the document can declare them left out.
 */
export function renderSource(draft: DocumentDraft, layout: SourceLayout, random: Random, footers: string[] = []): string {
  const out: string[] = [...layout.front, ''];
  let page = 1;
  let linesOnPage = out.length;
  const emit = (lines: string[]) => {
    if (linesOnPage + lines.length > layout.pageLines) {
      footers.push(`${layout.footer}   Side ${page}`);
      out.push('', `${layout.footer}   Side ${page}`, '');
      page++;
      linesOnPage = 0;
    }
    out.push(...lines, '');
    linesOnPage += lines.length + 1;
  };
  for (const section of draft.sections) {
    emit([section.headingLine]);
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'paragraph':
          emit(wrap(block.sentences.join(' '), layout.width, random));
          break;
        case 'lines':
          emit(block.lines);
          break;
        case 'label':
          emit([block.text]);
          break;
        case 'bullets':
          emit(block.items.flatMap((item) => wrap(`• ${item}`, layout.width, random, '  ')));
          break;
        case 'table':
          emit([block.header, ...block.rows].map((row) => row.join('    ')));
          break;
      }
    }
  }
  footers.push(`${layout.footer}   Side ${page}`);
  out.push('', `${layout.footer}   Side ${page}`, '');
  return out.join('\n');
}
