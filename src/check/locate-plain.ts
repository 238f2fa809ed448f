import type { PathSegment, Position } from './locate.ts';

/**
 * Locates a path in a plain block-style YAML file from its lines alone, without the `yaml` library's parse: the
 * check's warnings (a point not described, an undated document) sit at keys like `krav.<point>`, and reading every
 * node's position only to locate them cost most of the check. It follows the path through block mappings and block
 * sequences and gives up (undefined) at anything else: flow collections, quoted or complex keys, empty list items,
 * document markers. At every level the keys (or the number of items) it finds must equal the parsed value's, or it
 * gives up too, so a layout it misreads can never yield a wrong place. locate.ts then asks the `yaml` library.
 * The answer is the one locate.ts gives from the `yaml` library's nodes (test/unit/fast-yaml.test.ts compares both
 * for every path of every file).
 */
export function locatePlain(text: string, value: unknown, path: readonly PathSegment[], at: 'value' | 'key'): Position | undefined {
  if (/^(?:---|\.\.\.)/m.test(text)) return undefined;
  const lines = new Lines(text);
  const rootLine = lines.nextContent(0);
  if (rootLine === undefined) return undefined;
  let node: Node | undefined = lines.nodeAt(lines.start(rootLine) + lines.indent(rootLine), rootLine);
  if (!node) return undefined;
  let current: unknown = value;
  let keyOffset: number | undefined;
  let valueOffset: number | undefined = node.kind === 'empty' ? undefined : node.offset;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index]!;
    const child: Child | undefined | 'unknown' = childOf(lines, node, current, segment);
    if (child === 'unknown') return undefined;
    if (!child) break;
    current = (current as Record<string | number, unknown>)[segment];
    node = child.node;
    keyOffset = child.keyOffset;
    valueOffset = child.node.kind === 'empty' ? child.keyOffset : child.node.offset;
    if (index === path.length - 1 && at === 'key') return lines.position(keyOffset);
    if (index < path.length - 1) {
      const next = childOf(lines, node, current, path[index + 1]!);
      if (next === 'unknown') return undefined;
      if (!next) return lines.position(keyOffset ?? valueOffset ?? 0);
    }
  }
  return lines.position(valueOffset ?? keyOffset ?? 0);
}

type Node =
  | { kind: 'map'; offset: number; line: number; column: number }
  | { kind: 'seq'; offset: number; line: number; column: number }
  | { kind: 'scalar'; offset: number }
  | { kind: 'empty' };

interface Child {
  node: Node;
  keyOffset: number;
}

/** A plain key: no quotes, no flow or comment characters, followed by ": " or ":" at the line's end. */
const KEY = /^([^\s"'#&*!|>%@`{}[\],?:-][^:#{}[\],]*?|-[^\s:#{}[\],][^:#{}[\],]*?)[ \t]*:(?:[ \t]|$)/;

function childOf(lines: Lines, node: Node, value: unknown, segment: PathSegment): Child | undefined | 'unknown' {
  if (node.kind === 'map') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'unknown';
    const entries = lines.mapEntries(node);
    if (!entries) return 'unknown';
    const keys = Object.keys(value);
    if (entries.length !== keys.length || entries.some((entry, index) => entry.key !== keys[index])) return 'unknown';
    const entry = entries.find((candidate) => candidate.key === String(segment));
    if (!entry) return undefined;
    const child = lines.valueAfter(entry.line, entry.valueAt, node.column);
    return child ? { node: child, keyOffset: entry.offset } : 'unknown';
  }
  if (node.kind === 'seq') {
    if (!Array.isArray(value)) return 'unknown';
    const items = lines.seqItems(node);
    if (!items || items.length !== value.length) return 'unknown';
    if (typeof segment !== 'number') return undefined;
    const item = items[segment];
    if (!item) return undefined;
    // An empty item's place in the `yaml` library is not the dash: leave it to the library.
    if (item.kind === 'empty') return 'unknown';
    return { node: item, keyOffset: item.offset };
  }
  // Into a scalar: the path does not go on. Anything else (flow collections) is the library's.
  if (node.kind === 'scalar' && (value === null || typeof value !== 'object')) return undefined;
  return 'unknown';
}

class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line]!;
  }

  end(line: number): number {
    const next = this.starts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  indent(line: number): number {
    const start = this.starts[line]!;
    let column = 0;
    while (this.text.charCodeAt(start + column) === 32) column++;
    return column;
  }

  /** Empty, spaces only or a comment. */
  isBlank(line: number): boolean {
    const first = this.starts[line]! + this.indent(line);
    return first >= this.end(line) || this.text.charCodeAt(first) === 35;
  }

  nextContent(line: number): number | undefined {
    for (let index = line; index < this.count; index++) if (!this.isBlank(index)) return index;
    return undefined;
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The node that starts at `offset` on `line`: a block sequence, a block mapping or (anything else) a scalar. */
  nodeAt(offset: number, line: number): Node | undefined {
    const rest = this.text.slice(offset, this.end(line));
    const column = offset - this.starts[line]!;
    if (/^-(?:[ \t]|$)/.test(rest)) return { kind: 'seq', offset, line, column };
    if (KEY.test(rest)) return { kind: 'map', offset, line, column };
    if (/^[[{]/.test(rest)) return { kind: 'scalar', offset }; // a flow collection: childOf gives up inside it
    return { kind: 'scalar', offset };
  }

  /**
   * The node after a key's colon (or a dash) at `from` on `line`, in a collection at `column`: on the same line,
   * or on the next content line when that is indented more, or a block sequence at the same indentation as a key
   * (`krav:` then `- ...`); else the value is empty.
   */
  valueAfter(line: number, from: number, column: number, isSeqItem = false): Node | undefined {
    let offset = from;
    const end = this.end(line);
    while (offset < end && (this.text.charCodeAt(offset) === 32 || this.text.charCodeAt(offset) === 9)) offset++;
    if (offset < end && this.text.charCodeAt(offset) !== 35) return this.nodeAt(offset, line);
    const next = this.nextContent(line + 1);
    if (next === undefined) return { kind: 'empty' };
    const indent = this.indent(next);
    const first = this.starts[next]! + indent;
    if (indent > column || (!isSeqItem && indent === column && /^-(?:[ \t]|$)/.test(this.text.slice(first, this.end(next))))) {
      return this.nodeAt(first, next);
    }
    return { kind: 'empty' };
  }

  /** The keys of a block mapping, in order, with where each key and its value's text start; undefined if unsure. */
  mapEntries(node: Extract<Node, { kind: 'map' }>): { key: string; offset: number; line: number; valueAt: number }[] | undefined {
    const entries: { key: string; offset: number; line: number; valueAt: number }[] = [];
    const add = (line: number, offset: number): boolean => {
      const match = KEY.exec(this.text.slice(offset, this.end(line)));
      if (!match) return false;
      entries.push({ key: match[1]!.trimEnd(), offset, line, valueAt: offset + match[0].length });
      return true;
    };
    if (!add(node.line, node.offset)) return undefined;
    for (let line = node.line + 1; line < this.count; line++) {
      if (this.isBlank(line)) continue;
      const indent = this.indent(line);
      if (indent > node.column) continue;
      if (indent < node.column) break;
      const first = this.starts[line]! + indent;
      // A block sequence may stand at its key's indentation; it is that key's value, not an entry.
      if (/^-(?:[ \t]|$)/.test(this.text.slice(first, this.end(line)))) continue;
      if (!add(line, first)) return undefined;
    }
    return entries;
  }

  /** The items of a block sequence, in order; undefined if unsure. */
  seqItems(node: Extract<Node, { kind: 'seq' }>): Node[] | undefined {
    const items: Node[] = [];
    for (let line = node.line; line < this.count; line++) {
      if (line > node.line && this.isBlank(line)) continue;
      const indent = line === node.line ? node.column : this.indent(line);
      if (indent > node.column) continue;
      if (indent < node.column) break;
      const first = this.starts[line]! + indent;
      const rest = this.text.slice(first, this.end(line));
      if (!/^-(?:[ \t]|$)/.test(rest)) {
        // A key at the sequence's own indentation ends it (the sequence was that key's value).
        if (KEY.test(rest)) break;
        return undefined;
      }
      const item = this.valueAfter(line, first + 1, node.column, true);
      if (!item) return undefined;
      items.push(item);
    }
    return items;
  }
}
