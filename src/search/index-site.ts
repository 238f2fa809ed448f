import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built pages with Pagefind (Danish stemming from each page's lang="da") into <dir>/pagefind/.
 * It runs after `astro build` has exited, as its own step, so Pagefind's indexer and Astro's build never hold
 * their memory at the same time.
 */
export async function indexSite(outputDirectory: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outputDirectory });
  if (added.errors.length) throw new Error(`Pagefind kunne ikke indeksere: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outputDirectory, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind kunne ikke skrive indekset: ${written.errors.join('; ')}`);
  await close();
  return { pages: added.page_count };
}
