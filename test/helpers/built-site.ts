import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dataset.ts';

/** The built site. `npm test` builds it first; a test run without a build says so instead of failing obscurely. */
export const DIST = join(ROOT, 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ findes ikke: kør "npm run build" først (npm test gør det selv).');
  }
}
