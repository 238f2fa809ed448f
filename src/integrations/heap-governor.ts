import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The build's peak memory is the bundler's native memory (several hundred MB, kept by its allocator after bundling)
 * plus V8's heap. While Astro renders the pages, the live heap stays small (about 160 MB on the 98-kommune corpus),
 * but V8 sizes its heap by the machine's memory and collected the rendering's garbage only once it had grown past
 * 600 MB, which put the build over its 1 GiB budget. A fixed --max-old-space-size would fail a larger data set
 * outright, so instead the heap is collected whenever it has grown well past what was live after the last full
 * collection: the bound follows the data, and a collection costs a fraction of a second every several seconds.
 */

let collect: (() => void) | undefined | null;

function gcFunction(): (() => void) | undefined {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect ?? undefined;
}

/** One full collection now (after the check, whose parse trees are garbage once its result is on disk). */
export function collectGarbage(): number {
  gcFunction()?.();
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;
/** Garbage allowed beyond the live heap before a collection: this much, or half the live heap if that is more. */
const SLACK = 64 * MB;

/** Starts watching the heap; returns the function that stops it. */
export function governHeap(): () => void {
  if (!gcFunction()) return () => {};
  let live = collectGarbage();
  const timer = setInterval(() => {
    if (process.memoryUsage().heapUsed > live + Math.max(SLACK, live / 2)) live = collectGarbage();
  }, 500);
  timer.unref();
  return () => clearInterval(timer);
}
