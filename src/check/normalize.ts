/**
 * Normalises text for comparing an excerpt with its source: the PDF extraction breaks words over lines
 * ("behand-\nlingsgaranti") and scatters whitespace, so both sides drop a hyphen followed by whitespace
 * and collapse whitespace. Nothing else is forgiven.
 */
export function normalizeForExcerpt(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/-\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `value` occurs in `excerpt` as a whole number (14 in "senest 14 dage", not in "140"). */
export function containsNumber(excerpt: string, value: number): boolean {
  const digits = String(value).replace('.', ',');
  const plain = String(value);
  return [digits, plain].some((form) => new RegExp(`(?<![\\d])${form.replace(/[.]/g, '\\.')}(?![\\d])`).test(excerpt));
}
