import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lix, mainProse, pageLix, type LixScore } from '../lix/lix.ts';

/**
 * `npm run lix [dist]`: LIX for the main text of every /rettigheder/* and /klage/* page of a built site, worst first,
 * and for all of them together. Quotations, source lines and navigation are left out (src/lix/lix.ts).
 * Exit code 0 when every page is at or under the limit (--max, default 40), 1 when one is over, 2 when it cannot run.
 */
export const LIX_SECTIONS = ['rettigheder', 'klage'];

export function pagesUnder(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? pagesUnder(path) : entry === 'index.html' ? [path] : [];
  });
}

export function lixOfSite(dist: string): { path: string; score: LixScore }[] {
  return LIX_SECTIONS.flatMap((section) => pagesUnder(join(dist, section))).map((file) => ({
    path: `/${relative(dist, file).replace(/index\.html$/, '')}`,
    score: pageLix(readFileSync(file, 'utf8')),
  }));
}

function main(): number {
  const args = process.argv.slice(2);
  const maxIndex = args.indexOf('--max');
  const max = maxIndex >= 0 ? Number(args[maxIndex + 1]) : 40;
  const dist = args.find((arg, index) => !arg.startsWith('--') && (maxIndex < 0 || index !== maxIndex + 1)) ?? 'dist';
  const pages = lixOfSite(dist);
  if (pages.length === 0) {
    process.stderr.write(`${dist}: ingen sider under /rettigheder/ eller /klage/. Byg siden først med "npm run build".\n`);
    return 2;
  }
  const all = pages.map((page) => page.score);
  const total = all.reduce((sum, s) => ({ words: sum.words + s.words, sentences: sum.sentences + s.sentences, longWords: sum.longWords + s.longWords }), {
    words: 0,
    sentences: 0,
    longWords: 0,
  });
  const overall = total.words / total.sentences + (100 * total.longWords) / total.words;
  for (const page of [...pages].sort((a, b) => b.score.lix - a.score.lix)) {
    process.stdout.write(
      `${page.score.lix.toFixed(1).padStart(5)}  ${page.path}  (${page.score.words} ord, ${page.score.sentences} sætninger, ${page.score.longWords} lange ord)\n`,
    );
  }
  const lixValues = all.map((s) => s.lix).sort((a, b) => a - b);
  process.stdout.write(
    `\n${pages.length} sider. LIX samlet ${overall.toFixed(1)}, median ${lixValues[Math.floor(lixValues.length / 2)]!.toFixed(1)}, højst ${lixValues.at(-1)!.toFixed(1)}; grænse ${max}.\n`,
  );
  const over = pages.filter((page) => page.score.lix > max);
  if (over.length > 0) process.stdout.write(`${over.length} sider er over ${max}.\n`);
  if (args.includes('--tekst'))
    for (const page of pages) process.stdout.write(`\n${page.path}\n${mainProse(readFileSync(join(dist, page.path, 'index.html'), 'utf8'))}\n`);
  return over.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
export { lix };
