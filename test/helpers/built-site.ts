import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './dataset.ts';

/** The built site. `npm test` builds it first; a test run without a build says so instead of failing obscurely. */
export const DIST = join(ROOT, 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ findes ikke: kør "npm run build" først (npm test gør det selv).');
  }
}

/** Every built HTML file, as absolute paths (the Pagefind bundle excluded). */
export function builtHtmlFiles(directory = DIST): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) return entry === 'pagefind' ? [] : builtHtmlFiles(path);
      return entry.endsWith('.html') ? [path] : [];
    });
}

/** The URL path of a built HTML file: dist/kommuner/x/index.html → /kommuner/x/. */
export const urlPathOf = (file: string): string => `/${relative(DIST, file).replace(/index\.html$/, '')}`;
