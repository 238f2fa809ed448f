import type { TextFile } from '../check/index.ts';

/**
 * data/requirements/*.yaml as text, bundled by Vite for /tjek/ and its worker: the catalogues, the law provisions and
 * the keyword files. The core sorts them (splitRequirementFiles), as it sorts them when read from disk.
 */
export const REQUIREMENT_FILES: TextFile[] = Object.entries(
  import.meta.glob<string>('../../data/requirements/*.yaml', { query: '?raw', import: 'default', eager: true }),
).map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }));
