/**
 * A URL slug from a Danish name: "Mariagerfjord" → "mariagerfjord", "Ringgården" → "ringgaarden", "Lyngby-Taarbæk
 * Kommune" → "lyngby-taarbaek-kommune". The one slug function: the pages' addresses, the check's slug rules, the
 * import's file names and section ids, and the text check's links to examples all use it, so they cannot disagree.
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
