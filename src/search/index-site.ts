import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { close, createIndex } from 'pagefind';
import { withExtraTerms } from './everyday-words.ts';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) return entry === 'pagefind' ? [] : htmlFiles(path);
      return entry.endsWith('.html') ? [path] : [];
    });
}

/**
 * Indexes the built pages with Pagefind (Danish stemming from each page's lang="da") into <dir>/pagefind/.
 * It runs after `astro build` has exited, as its own step, so Pagefind's indexer and Astro's build never hold
 * their memory at the same time.
 */
export async function indexSite(outputDirectory: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  // Each page goes in with the everyday words for what it is about (src/search/everyday-words.ts); the files on
  // disk stay as built.
  let pageCount = 0;
  for (const file of htmlFiles(outputDirectory)) {
    const added = await index.addHTMLFile({ sourcePath: relative(outputDirectory, file), content: withExtraTerms(readFileSync(file, 'utf8')) });
    if (added.errors.length) throw new Error(`Pagefind kunne ikke indeksere ${file}: ${added.errors.join('; ')}`);
    if (added.file) pageCount += 1;
  }
  const written = await index.writeFiles({ outputPath: join(outputDirectory, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind kunne ikke skrive indekset: ${written.errors.join('; ')}`);
  await close();
  return { pages: pageCount };
}
