import { cpSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dataset.ts';

/** What a snapshot of the project leaves out: installed packages, VCS, build output and caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.corpus', '.corpus-10x', 'test-results']);

/**
 * A snapshot of the project in `<workspace>/projekt` (node_modules linked). Astro keeps its prerender chunks under the
 * project's .astro/, so two builds in the same checkout at once (the build tests, another `npm run build`, the
 * benchmark) would remove each other's chunks; a snapshot also keeps a build on exactly the sources it started with.
 * Build output belongs inside the snapshot, where the chunks find the packages.
 */
export function snapshotProject(workspace: string, root = ROOT): string {
  const project = join(workspace, 'projekt');
  for (const entry of readdirSync(root)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}
