import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../search/index-site.ts';

/** The build's last step: `npm run build` runs this after `astro build`; the argument is the built directory. */
const directory = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(directory, 'index.html'))) {
  console.error(`Søgeindekset kan ikke bygges: ${directory} indeholder ingen bygget side. Kør "astro build" først.`);
  process.exitCode = 2;
} else {
  try {
    const { pages } = await indexSite(directory);
    console.log(`Søgeindeks skrevet for ${pages} sider.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
