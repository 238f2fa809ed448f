/**
 * Characters that must never reach a terminal, a log or a page as themselves: C0 and C1 control characters (an
 * escape sequence can clear a terminal, a carriage return can overwrite a line), DEL, line and paragraph separators,
 * and the invisible formatting characters that reorder or hide text (bidi overrides and isolates, zero-width space,
 * word joiner, a byte-order mark inside text). Tab and line feed are not in this set: they are ordinary in data.
 */
/* eslint-disable no-control-regex -- the control characters are the point of this set */
export const UNSAFE_IN_DATA =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufff9-\ufffb]/;
/* eslint-enable no-control-regex */

/** The same set plus tab and line feed: nothing in a one-line diagnostic may start a new line or move the cursor. */
const UNSAFE_ON_A_LINE = new RegExp(`[\\t\\n${UNSAFE_IN_DATA.source.slice(1, -1)}`.replace(/\]$/, '') + ']', 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e', '\u0000': '\\0' };

/** The code point as U+XXXX, for messages that name an invisible character. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Makes a value safe to print on one line: every character of the unsafe set (and tab and line feed) becomes a
 * visible escape (\n, \e, \u202E), so a value can neither clear the screen nor forge a line that looks like another
 * diagnostic. Ordinary text, including æ, ø, å and every other letter, is left as it is.
 */
export function escapeForDisplay(text: string): string {
  return text.replace(UNSAFE_ON_A_LINE, (character) => NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * JSON text with every character of the unsafe set written as a \uXXXX escape. JSON.stringify escapes C0 control
 * characters but leaves DEL, C1, line separators and bidi overrides raw; they can only occur inside strings, where
 * the escape means the same character, so the JSON is unchanged for any reader but safe to print.
 */
export function escapeJsonText(json: string): string {
  return json.replace(new RegExp(UNSAFE_IN_DATA.source, 'g'), (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
