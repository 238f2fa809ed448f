import type { PathSegment } from './locate.ts';

export type PlainObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is PlainObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Calls `visit` for every object in `value` that has a `kilde`: the facts of a document. */
export function forEachFact(value: unknown, visit: (fact: PlainObject, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachFact(item, visit, [...path, index]));
    return;
  }
  if (!isPlainObject(value)) return;
  if (isPlainObject(value.kilde)) visit(value, path);
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'kilde') forEachFact(child, visit, [...path, key]);
  }
}

/** Calls `visit` for every leaf (string, number, boolean) under `value`, skipping the keys given. */
export function forEachLeaf(
  value: unknown,
  visit: (leaf: string | number | boolean, path: PathSegment[]) => void,
  path: PathSegment[] = [],
  skipKeys: ReadonlySet<string> = new Set(),
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachLeaf(item, visit, [...path, index], skipKeys));
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!skipKeys.has(key)) forEachLeaf(child, visit, [...path, key], skipKeys);
    }
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    visit(value, path);
  }
}
