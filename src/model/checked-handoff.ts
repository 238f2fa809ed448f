import type { CheckResult } from '../check/index.ts';

/**
 * The data-check integration runs in Astro's config context and the pages in Vite's module runner: two module
 * graphs in one process. Handing the checked result over through a process-wide slot spares the pages a second
 * parse of every YAML file (the most expensive part of a build).
 */
const SLOT = Symbol.for('rusmiddelstandarder.checked-dataset');

interface CheckedDataset {
  result: CheckResult;
  today: string;
}

export function handOverCheckedDataset(checked: CheckedDataset): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = checked;
}

export function takeCheckedDataset(): CheckedDataset | undefined {
  return (globalThis as Record<symbol, unknown>)[SLOT] as CheckedDataset | undefined;
}
