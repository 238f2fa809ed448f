import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { developmentPlan, qualityStandard, serviceDeclaration, SYNTHETIC_NOTE, type GeneratedDocument } from './documents.ts';
import { makeKommune } from './kommune.ts';
import { Random } from './random.ts';

export interface CorpusOptions {
  /** Number of synthetic kommuner; each gets three documents unless `dokumenter` says more. */
  kommuner: number;
  /**
   * Documents per kommune, at least 3 (the default): the first three as always, then older kvalitetsstandarder and
   * udviklingsplaner two years apart, for the benchmark's 10× run.
   */
  dokumenter?: number;
  /** PRNG seed: the same options always give byte-identical files. */
  seed?: number;
  /** The year the corpus is "written" in: current standards cover it, old ones lie years before it. */
  aar?: number;
}

/** A file of the corpus, relative to the corpus directory (which mirrors data/). */
export interface CorpusFile {
  path: string;
  text: string;
}

export const DEFAULT_SEED = 20250601;
export const DEFAULT_YEAR = 2025;
/** The file in a corpus directory that marks it as generated (and records how), so it may be overwritten. */
export const CORPUS_MARKER = 'korpus.json';

const SCHEMA_COMMENT = '# yaml-language-server: $schema=../../../public/schemas/dokument.schema.json\n';
const HEADINGS_COMMENT = '# Every heading of the synthetic source text, as printed there, mapped to the section id in the document YAML.\n';

function documentFiles(kommuneSlug: string, document: GeneratedDocument): CorpusFile[] {
  return [
    {
      path: `kommuner/${kommuneSlug}/${document.id}.yaml`,
      text: SCHEMA_COMMENT + stringify(document.data, { lineWidth: 120, minContentWidth: 40, blockQuote: 'literal', singleQuote: true }),
    },
    { path: `sources/${document.id}.txt`, text: document.source },
    {
      path: `sources/${document.id}.headings.yaml`,
      text: HEADINGS_COMMENT + stringify({ dokument: document.id, overskrifter: document.headings }, { lineWidth: 0 }),
    },
  ];
}

/**
 * Generates a synthetic data set: for each kommune a current kvalitetsstandard, a servicedeklaration, and an old
 * kvalitetsstandard or an udviklingsplan, each with its own source text from which every excerpt is taken.
 * The requirement catalogues are not generated: the caller copies data/requirements/ beside these files.
 */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const year = options.aar ?? DEFAULT_YEAR;
  if (!Number.isInteger(options.kommuner) || options.kommuner < 1 || options.kommuner > 9999) {
    throw new Error(`Antallet af kommuner skal være et helt tal fra 1 til 9999, ikke ${options.kommuner}.`);
  }
  const perKommune = options.dokumenter ?? 3;
  if (!Number.isInteger(perKommune) || perKommune < 3 || perKommune > 20) {
    throw new Error(`Antallet af dokumenter pr. kommune skal være et helt tal fra 3 til 20, ikke ${perKommune}.`);
  }
  const root = new Random(seed);
  const width = Math.max(2, String(options.kommuner).length);
  const files: CorpusFile[] = [];
  for (let nummer = 1; nummer <= options.kommuner; nummer++) {
    const random = root.fork(nummer);
    const k = makeKommune(nummer, width, random.fork('kommune'));
    const currentFrom = year - random.pick([2, 1, 1, 0, 0]);
    const current = qualityStandard(k, random.fork('aktuel'), { fra: currentFrom, til: currentFrom + 1, old: false });
    const declaration = serviceDeclaration(k, random.fork('servicedeklaration'), year - random.int(0, 3));
    const oldFrom = year - random.int(4, 8);
    const third = random.chance(0.6)
      ? qualityStandard(k, random.fork('gammel'), { fra: oldFrom, til: oldFrom + 1, old: true })
      : developmentPlan(k, random.fork('udviklingsplan'), oldFrom, oldFrom + 1);
    const documents = [current, declaration, third];
    // Older documents, before any of the three above (their years, and so their ids, cannot collide).
    for (let extra = 0; documents.length < perKommune; extra++) {
      const from = year - 10 - 2 * extra;
      const fork = random.fork(`ekstra-${extra}`);
      documents.push(extra % 2 === 0 ? qualityStandard(k, fork, { fra: from, til: from + 1, old: true }) : developmentPlan(k, fork, from, from + 1));
    }
    for (const document of documents) files.push(...documentFiles(k.slug, document));
  }
  files.push({
    path: 'README.md',
    text: [
      '# Syntetisk korpus (testdata)',
      '',
      SYNTHETIC_NOTE,
      '',
      `Genereret med \`npm run corpus -- --kommuner ${options.kommuner}${perKommune === 3 ? '' : ` --dokumenter ${perKommune}`}\` (frø ${seed}, år ${year}). Mappen har samme opbygning som`,
      'data/ og kan kontrolleres og bygges med `RUSMIDDEL_DATA_DIR=<mappe> npm run check` / `npm run build`.',
      'Kravkatalogerne i requirements/ er en kopi af de rigtige i data/requirements/.',
      '',
    ].join('\n'),
  });
  files.push({
    path: CORPUS_MARKER,
    text: `${JSON.stringify({ syntetisk: true, kommuner: options.kommuner, ...(perKommune === 3 ? {} : { dokumenter: perKommune }), seed, aar: year, sha256: corpusHash(files) }, null, 2)}\n`,
  });
  return files;
}

/** A fingerprint of the generated files, kept in the marker so a stale corpus (older generator) can be recognised. */
export function corpusHash(files: readonly CorpusFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].filter((f) => f.path !== CORPUS_MARKER).sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return hash.digest('hex');
}
