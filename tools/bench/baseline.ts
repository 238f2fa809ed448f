/**
 * The plain baseline (tools/bench/baseline/): the same pages as the site's build, built by Astro from js-yaml + zod
 * with no check and no Markdown extras, then indexed by the plain Pagefind CLI. The site's build + index is compared
 * with it in the same run, so the ratio holds on a busy machine too.
 */
import { relative, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { builtHtmlFiles } from '../../test/helpers/built-site.ts';
import { BIN, benchEnv } from './common.ts';
import { coldBuild, type BuildResult } from './build.ts';

/** The URL paths of a finished build (its own benchmark pages left out). */
export function builtRoutes(outDir: string): string[] {
  return builtHtmlFiles(outDir)
    .map((file) => `/${relative(outDir, file).replace(/index\.html$/, '')}`)
    .filter((url) => !url.startsWith('/bench-') && url.endsWith('/'));
}

/** The baseline's caches, relative to the project: removed before each (cold) baseline build. */
const BASELINE_CACHES = [join('tools', 'bench', 'baseline', '.astro'), join('tools', 'bench', 'baseline', 'node_modules')];

/** One cold baseline build of the pages `siteOutDir` holds, into `outDir`. */
export async function baselineBuild(project: string, dataDirectory: string, siteOutDir: string, outDir: string): Promise<BuildResult> {
  const routesFile = `${outDir}.routes.json`;
  writeFileSync(routesFile, JSON.stringify(builtRoutes(siteOutDir)));
  const root = join(project, 'tools', 'bench', 'baseline');
  const script = `"${join(BIN, 'astro')}" build --root "${root}" --outDir "${outDir}" && echo BENCH-ASTRO-DONE && "${join(BIN, 'pagefind')}" --site "${outDir}"`;
  return coldBuild('grundlinje', project, outDir, script, benchEnv(dataDirectory, { BENCH_ROUTES: routesFile }), BASELINE_CACHES);
}
