import { globSync as tinyGlobSync } from 'tinyglobby';

/**
 * The files and folders a pattern such as "udkast/*.yaml" matches, relative to `cwd`. node:fs has globSync only
 * from Node 22; this runs on every Node version package.json's `engines` allows.
 */
export function globSync(pattern: string, options: { cwd: string }): string[] {
  return tinyGlobSync(pattern, { cwd: options.cwd, onlyFiles: false, expandDirectories: false, dot: false });
}
