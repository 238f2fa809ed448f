import type { SourceReference } from '../../schemas/index.ts';
import { da } from '../i18n/da.ts';
import type { DocumentView, TopicKey } from '../model/site-data.ts';
import type { Cell, CellItem, Described, TopicColumn } from './types.ts';

/** A fact's condition ("kun klager over visitation"), when the data gives one. */
export const conditionOf = (fact: unknown): string | undefined => {
  const condition = (fact as { betingelse?: { tekst?: unknown } } | undefined)?.betingelse;
  return typeof condition?.tekst === 'string' ? condition.tekst : undefined;
};

/** A comparison cell over one topic: its state first (not described, explicitly none), then `described` for its value. */
export function topicCell<K extends TopicKey>(document: DocumentView, key: K, described: (value: Described<K>) => Cell): Cell {
  const state = document.topic(key);
  if (state.kind === 'not-described') return { kind: 'not-described', reason: state.reason };
  if (state.kind === 'none') return { kind: 'none', text: state.text, href: state.section.href };
  return described(state.value as Described<K>);
}

const NOT_DESCRIBED: Cell = { kind: 'not-described' };
export const values = (items: CellItem[]): Cell => (items.length ? { kind: 'values', items } : NOT_DESCRIBED);
export const item = (document: DocumentView, kilde: SourceReference, text: string, fact?: unknown): CellItem => {
  const condition = conditionOf(fact);
  return { text, href: document.cite(kilde).href, ...(condition ? { condition } : {}) };
};

type ListKey = { [K in TopicKey]: Described<K> extends unknown[] ? K : never }[TopicKey];
export type ListItem<K extends ListKey> = Described<K> extends (infer T)[] ? T : never;

/** A column over a list topic: the items `pick` keeps, each shown by `show`. Not described when the document says nothing. */
export function listColumn<K extends ListKey>(
  key: K,
  header: string,
  show: (item: ListItem<K>) => string,
  pick: (item: ListItem<K>) => boolean = () => true,
): TopicColumn {
  return {
    header,
    cell: (document) =>
      topicCell(document, key, (list) =>
        values((list as ListItem<K>[]).filter(pick).map((fact) => item(document, (fact as { kilde: SourceReference }).kilde, show(fact), fact))),
      ),
  };
}

/** A column from a mandatory point's sections. Documents outside the catalogue say what they are, and what they touch. */
export function pointColumn(pointId: string, header: string): TopicColumn {
  return {
    header,
    cell: (document) => {
      if (!document.catalogue) {
        const mentioned = document.mentionedPoints.find((candidate) => candidate.point === pointId);
        return {
          kind: 'not-a-standard',
          text: da.requirements.notAStandard(da.documentKinds[document.data.dokumenttype]),
          items: (mentioned?.sections ?? []).map((section) => ({ text: section.title, href: section.href })),
        };
      }
      const account = document.points.find((candidate) => candidate.point.id === pointId);
      if (!account || account.kind === 'ikke-beskrevet') return { kind: 'not-described' };
      return values(
        account.sections.map((section) => ({
          text: section.title,
          href: section.href,
          ...(account.kind === 'delvist' ? { condition: da.points.partlyNote(account.missing ?? '') } : {}),
        })),
      );
    },
  };
}

/** A cell as plain text (for downloads and other non-HTML uses): its values joined, each with its condition. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'not-described':
      return cell.reason ? `${da.notDescribed} (${da.notDescribedReason.toLowerCase()}: ${cell.reason})` : da.notDescribed;
    case 'none':
      return cell.text;
    case 'not-a-standard':
      return [cell.text, ...cell.items.map((entry) => entry.text)].join('; ');
    case 'values':
      return cell.items.map((entry) => (entry.condition ? `${entry.text} (${entry.condition})` : entry.text)).join('; ');
  }
}

export const age = (alder?: { fra?: number; til?: number }) => (alder ? ` (${da.fields.ageRange(alder.fra, alder.til)})` : '');
export const orNotDescribedShort = (value: string | undefined) => value ?? da.notDescribedShort;
