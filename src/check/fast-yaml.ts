import { FAILSAFE_SCHEMA, load, Type, type LoadOptions } from 'js-yaml';
import { UNSAFE_IN_DATA } from './display-escape.ts';

/**
 * The normal path of reading YAML: js-yaml, several times faster than the `yaml` library, which the check keeps for
 * positions and for every file that is not plainly well-formed. This returns the value only when it is sure the
 * `yaml` library (YAML 1.2, core schema, as parse-yaml.ts uses it) gives the same value and no finding; otherwise
 * undefined, and the caller reads the file the careful way, which locates whatever is wrong.
 *
 * What makes it sure:
 * - the plain scalars resolve with the `yaml` library's own core-schema patterns, in its order (js-yaml's core
 *   schema differs: it reads 1_000 and 0b101 as numbers);
 * - no tags, anchors, aliases, explicit keys or directives (a text scan, conservative: "A & B" passes, "&a" does not);
 *   an alias without its anchor makes js-yaml throw;
 * - js-yaml throws on a duplicate key, too deep nesting and any syntax error;
 * - a walk of the value finds no key "__proto__", no collection as key, nothing nested deeper than `maxDepth`, and
 *   no string that the string rule (rules/strings.ts) would report.
 */

/** Every core-schema number starts with a digit, a sign or a dot: other plain scalars (most of them) skip the patterns. */
const number = (resolve: (text: string) => number | undefined) => (text: string) => {
  const first = text.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return false;
  return resolve(text) !== undefined;
};

function coreInt(text: string): number | undefined {
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  return undefined;
}

function coreFloat(text: string): number | undefined {
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return undefined;
}

/** YAML 1.2's core schema exactly as the `yaml` library resolves plain scalars: null, bool, int, float, else string. */
const CORE_AS_YAML = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string) => text.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string) => text.length <= 5 && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
      construct: (text: string) => text[0] === 't' || text[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: number(coreInt), construct: (text: string) => coreInt(text) }),
    new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: number(coreFloat), construct: (text: string) => coreFloat(text) }),
  ],
});

/** A tag (!x), an anchor (&x), an explicit key (? ) where a node may start, or a directive (%) at a line start. */
const NOT_PLAIN = /(?:^|[\s[{,])(?:[!&][^\s]|\?(?:[\s]|$))|^%/m;
/** Whitespace and invisible characters alone, as in rules/strings.ts. */
const BLANK = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/;

export function fastParse(text: string, maxDepth: number): { value: unknown } | undefined {
  if (NOT_PLAIN.test(text)) return undefined;
  let collectionKey = false;
  let value: unknown;
  try {
    // maxDepth (js-yaml 4.3) is missing from @types/js-yaml 4.0.9.
    const options: LoadOptions & { maxDepth: number } = {
      schema: CORE_AS_YAML,
      maxDepth: maxDepth + 2,
      // A collection closed right before ": " is a key made of a list or an object, which the careful path reports.
      listener(event, state) {
        if (event !== 'close' || (state.kind !== 'mapping' && state.kind !== 'sequence')) return;
        let at = state.position;
        while (state.input.charCodeAt(at) === 32 || state.input.charCodeAt(at) === 9) at++;
        if (state.input.charCodeAt(at) === 58) collectionKey = true;
      },
    };
    value = load(text, options);
  } catch {
    return undefined;
  }
  if (collectionKey || value === undefined || !plainValue(value, maxDepth)) return undefined;
  return { value };
}

/** No "__proto__" key, no key made of a collection, no nesting past maxDepth, no string the string rule reports. */
function plainValue(root: unknown, maxDepth: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node === 'string') {
      if (UNSAFE_IN_DATA.test(node) || (node.length > 0 && BLANK.test(node))) return false;
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return false;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key === '__proto__' || key === '[object Object]' || UNSAFE_IN_DATA.test(key)) return false;
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return true;
}
