import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The project a command runs in: the nearest folder at or above the working directory that has data/requirements/,
 * the way linters find their configuration. RUSMIDDEL_DATA_DIR (tests, the synthetic corpus) names the data folder
 * directly.
 */
export interface Project {
  /** The folder with data/. */
  root: string;
  /** The data folder. */
  dataDirectory: string;
}

export function findProject(cwd: string): Project | undefined {
  if (process.env.RUSMIDDEL_DATA_DIR) return { root: resolve(cwd), dataDirectory: resolve(cwd, process.env.RUSMIDDEL_DATA_DIR) };
  let directory = resolve(cwd);
  for (;;) {
    const requirements = join(directory, 'data', 'requirements');
    if (existsSync(requirements) && statSync(requirements).isDirectory()) return { root: directory, dataDirectory: join(directory, 'data') };
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

export const OUTSIDE_PROJECT = (cwd: string) =>
  `Kontrollen skal køre i projektet Rusmiddelstandarder, men hverken "${resolve(cwd)}" eller mapperne over den har en mappe data/requirements/. Gå ind i projektets mappe (den med data/ og package.json), og kør kommandoen igen.`;
