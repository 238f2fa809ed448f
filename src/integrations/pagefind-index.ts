import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** Indexes the built pages with Pagefind (Danish stemming from each page's lang="da") into dist/pagefind/. */
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

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'rusmiddelstandarder:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(`Søgeindeks skrevet for ${pages} sider.`);
      },
    },
  };
}
