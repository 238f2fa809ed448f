import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ParsedYaml } from './parse-yaml.ts';
import { locatePlain } from './locate-plain.ts';

export type PathSegment = string | number;
export interface Position {
  line: number;
  column: number;
}

/**
 * The 1-based position of the node at `path`. With `at: 'key'` it is the key of the last segment (for unknown or
 * misspelt keys). When the path does not exist (a missing key), it is the key of the deepest ancestor that does,
 * so "krav.behandlingsgaranti is missing" points at the `krav:` line.
 */
export function locate(parsed: ParsedYaml, path: readonly PathSegment[], at: 'value' | 'key' = 'value'): Position {
  if (parsed.positionsOnDemand) {
    const plain = locatePlain(parsed.text, parsed.value, path, at);
    if (plain) return plain;
  }
  return locateInDocument(parsed, path, at);
}

/** locate() from the `yaml` library's nodes: always right, and it needs every node's position. */
export function locateInDocument(parsed: ParsedYaml, path: readonly PathSegment[], at: 'value' | 'key' = 'value'): Position {
  let node: unknown = parsed.document.contents;
  let keyOffset: number | undefined;
  let valueOffset = rangeStart(node);
  for (const [index, segment] of path.entries()) {
    const child = childOf(node, segment);
    if (!child) break;
    node = child.value;
    keyOffset = child.keyOffset;
    // An empty value (`anonymitet:` with nothing after it) has no text of its own: point at its key.
    valueOffset = isEmptyScalar(child.value) ? child.keyOffset : (rangeStart(child.value) ?? child.keyOffset);
    if (index === path.length - 1 && at === 'key' && keyOffset !== undefined) {
      return position(parsed, keyOffset);
    }
    if (index < path.length - 1 && !childOf(node, path[index + 1] as PathSegment)) {
      // The next segment is missing: point at the key that owns this collection.
      return position(parsed, keyOffset ?? valueOffset ?? 0);
    }
  }
  return position(parsed, valueOffset ?? keyOffset ?? 0);
}

/** The text of the value at `path` exactly as the file writes it (`4.10`, not the number 4.1), if it exists. */
export function sourceAt(parsed: ParsedYaml, path: readonly PathSegment[]): string | undefined {
  let node: unknown = parsed.document.contents;
  for (const segment of path) {
    node = childOf(node, segment)?.value;
    if (node === undefined) return undefined;
  }
  const range = (node as Node | null)?.range;
  return range ? parsed.text.slice(range[0], range[1]).trim() : undefined;
}

/** Each map's pairs by key, built on the first lookup: a rule that locates every key of a huge map stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairsByKey(node: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(node);
  if (!index) {
    index = new Map();
    for (const item of node.items) {
      // The first pair with a key wins, as the former linear search found it.
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    }
    pairIndex.set(node, index);
  }
  return index;
}

function childOf(node: unknown, segment: PathSegment): { value: unknown; keyOffset?: number } | undefined {
  if (isMap(node)) {
    const pair = pairsByKey(node).get(String(segment));
    if (!pair) return undefined;
    return { value: pair.value, keyOffset: rangeStart(pair.key) };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item, keyOffset: rangeStart(item) };
  }
  return undefined;
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

function position(parsed: ParsedYaml, offset: number): Position {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}

/** The YAML node at `path`, if it exists (for reading a scalar's raw text and offsets). */
export function nodeAt(parsed: ParsedYaml, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = parsed.document.contents;
  for (const segment of path) {
    node = childOf(node, segment)?.value;
    if (node === undefined || node === null) return undefined;
  }
  return node as Node;
}
