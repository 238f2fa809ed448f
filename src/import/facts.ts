import { normalizeForExcerpt } from '../check/normalize.ts';
import type { ImportedSection } from './sections.ts';

/**
 * Finds, in a source's sections, the precise facts a citizen acts on and that a pattern can find reliably: phone
 * numbers, e-mail addresses, postal addresses, opening and phone hours, and the document's own dates (period,
 * approval, drafting, revision). Every candidate carries a verbatim excerpt (one continuous passage of the source,
 * verified against it) and the section it stands in. Nothing here is a checked fact: the import marks each for a
 * person to confirm.
 */

export type CandidateKind = 'telefon' | 'email' | 'adresse' | 'tider' | 'hjemmeside';

export interface Candidate {
  kind: CandidateKind;
  /** The value exactly as the source writes it ("9711 3858", "kl. 8.00 - 14.00"). */
  value: string;
  /** For opening hours: the day(s) the source names before the time, when it names any. */
  dag?: string;
  /** Whether the sentence is about the telephone (phone hours) rather than opening hours. */
  telefontid?: boolean;
  /** A verbatim passage of the source containing the value. */
  excerpt: string;
  /** The section (afsnit id) the excerpt stands in. */
  section: string;
}

/** A sentence-sized unit of a section: wrapped lines joined, split at sentence ends. */
export function sentencesOf(section: ImportedSection): string[] {
  if (!section.tekst) return [];
  const units: string[] = [];
  for (const block of section.tekst.split(/\n+/)) {
    const text = block
      .replace(/^- /, '')
      .replace(/\\([#.)\-+*])/g, '$1')
      .trim();
    if (text === '') continue;
    // A sentence ends at . ! ? before a capital letter, but not after an abbreviation ("kl. 8.00", "Tlf.nr.: 87").
    units.push(...text.split(/(?<![\s(](?:kl|nr|tlf|ca|jf|eks|mv|evt|stk|inkl|dvs|vedr|bl\.a))(?<=[.!?])\s+(?=["“„«(]?\p{Lu})/u));
  }
  return units;
}

const PHONE = /(?<![\d,.:/-])(?:\+45\s?)?(\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}|\d{4} \d{4})(?![\d,-]|\.\d)/g;
const PHONE_CONTEXT = /(?:tlf|telefon|mobil|ring|nummer|nr\.|kontakt|sms)\p{L}*\.?[^.]{0,40}$|:\s*$/iu;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu;
const WEB = /(?<![@\p{L}\d.])(?:https?:\/\/[^\s<>"')]+|www\.[^\s<>"')]+)/giu;
const ADDRESS =
  /(?<![\p{L}\d])((?:\p{Lu}[\p{L}.'-]*\s){0,4}\p{Lu}?[\p{L}.'-]*(?:vej|gade|stræde|parken|plads|alle|allé|torv|vænget|bakken|have|høj|sti|gården|boulevard|centret|center)\s+\d{1,4}\s?[A-Za-z]?),?\s+(\d{4}\s+\p{Lu}[\p{L}-]+(?:\s(?!(?:Telefon|Tlf|Tlf\.nr|Mail|E-mail|Email|Hjemmeside|Kontakt|Åbningstid|Telefontid)\b)\p{Lu}[\p{L}-]+)?)/gu;
const DAY = '(?:man|tirs|ons|tors|fre|lør|søn)dag(?:e|en|ene)?|hverdag(?:e|ene)?|weekend(?:en)?|ugens\\s+første\\s+\\d+\\s+dage';
const DAY_RUN = new RegExp(`(?:${DAY})(?:(?:\\s*,\\s*|\\s+(?:og|samt|til|-|–)\\s+)(?:${DAY}))*`, 'giu');
const TIME =
  '(?:kl\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:-|–|til)\\s*(?:kl\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?(?:\\s+og\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*(?:-|–)\\s*\\d{1,2}(?:[.:]\\d{2})?)?';
const TIME_RANGE = new RegExp(`(?:fra\\s+)?${TIME}`, 'giu');
const HOURS_CONTEXT = new RegExp(`(?:${DAY})|\\bkl\\.|åben|åbent|åbnings|telefontid|lukket`, 'iu');

/** Two years ("2017 2018", "2025-2026") are not a phone number or a time. */
const looksLikeYears = (value: string) => /^(?:19|20)\d{2}\D*(?:19|20)\d{2}$/.test(value.replace(/\s/g, ' '));

export function findCandidates(sections: readonly ImportedSection[], source: string): Candidate[] {
  const normalizedSource = normalizeForExcerpt(source);
  const inSource = (excerpt: string) => normalizedSource.includes(normalizeForExcerpt(excerpt));
  const candidates: Candidate[] = [];
  const add = (candidate: Candidate) => {
    if (!inSource(candidate.value)) return;
    if (!inSource(candidate.excerpt)) {
      // The sentence spans text the reading left out (a page footer between its lines): the longest passage around
      // the value that stands in the source, in whole words.
      const shorter = passageInSource(candidate.excerpt, candidate.value, inSource);
      if (!shorter) return;
      candidate = { ...candidate, excerpt: shorter };
    }
    if (candidates.some((c) => c.kind === candidate.kind && c.value === candidate.value && c.section === candidate.section && c.dag === candidate.dag)) return;
    candidates.push(candidate);
  };
  for (const section of sections) {
    for (const sentence of sentencesOf(section)) {
      const excerptAround = (start: number, end: number) => excerptOf(sentence, start, end);
      for (const match of sentence.matchAll(PHONE)) {
        const value = match[0].trim();
        if (looksLikeYears(value)) continue;
        const before = sentence.slice(Math.max(0, match.index - 60), match.index);
        const spaced = /\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4}/.test(value);
        if (!spaced && !PHONE_CONTEXT.test(before)) continue;
        if (/\b(?:kr|kroner|cvr|konto|reg)\.?\s*$/i.test(before) || /^\s*(?:kr\.|kroner)/i.test(sentence.slice(match.index + match[0].length))) continue;
        add({ kind: 'telefon', value, excerpt: excerptAround(match.index, match.index + match[0].length), section: section.id });
      }
      for (const match of sentence.matchAll(EMAIL)) {
        const value = match[0].replace(/[.]+$/, '');
        add({ kind: 'email', value, excerpt: excerptAround(match.index, match.index + value.length), section: section.id });
      }
      for (const match of sentence.matchAll(WEB)) {
        const value = match[0].replace(/[.,;:]+$/, '');
        add({ kind: 'hjemmeside', value, excerpt: excerptAround(match.index, match.index + value.length), section: section.id });
      }
      for (const match of sentence.matchAll(ADDRESS)) {
        const value = match[0].trim();
        add({ kind: 'adresse', value, excerpt: excerptAround(match.index, match.index + match[0].length), section: section.id });
      }
      if (HOURS_CONTEXT.test(sentence)) {
        const days = [...sentence.matchAll(DAY_RUN)];
        const telefontid = /telefon|tlf|ring/i.test(sentence);
        for (const match of sentence.matchAll(TIME_RANGE)) {
          const value = match[0].trim();
          if (
            looksLikeYears(value) ||
            /\d\s*(?:-|–)\s*\d+\s*(?:år|årige|dage|uger|måneder|timer|samtaler|%)/i.test(sentence.slice(match.index, match.index + match[0].length + 12))
          )
            continue;
          const day =
            days.filter((d) => d.index < match.index).at(-1) ??
            // "Torsdag er der lukket" and tables name the day after the time only rarely; the day after counts when none came before.
            days.find((d) => d.index > match.index && d.index - (match.index + match[0].length) < 25);
          add({
            kind: 'tider',
            value,
            ...(day ? { dag: day[0] } : {}),
            telefontid,
            excerpt: excerptAround(match.index, match.index + match[0].length),
            section: section.id,
          });
        }
      }
    }
  }
  return candidates;
}

function passageInSource(sentence: string, value: string, inSource: (text: string) => boolean): string | undefined {
  const at = sentence.indexOf(value);
  if (at < 0) return undefined;
  const before = sentence.slice(0, at).split(/\s+/).filter(Boolean);
  const after = sentence
    .slice(at + value.length)
    .split(/\s+/)
    .filter(Boolean);
  const glue = (b: string[], a: string[]) =>
    `${b.join(' ')}${b.length ? ' ' : ''}${value}${sentence[at + value.length] === ' ' || !a.length ? (a.length ? ' ' : '') : ''}${a.join(' ')}`.trim();
  for (let total = before.length + after.length; total >= 0; total--) {
    for (let left = Math.min(before.length, total); left >= 0 && total - left <= after.length; left--) {
      const candidate = glue(before.slice(before.length - left), after.slice(0, total - left));
      if (inSource(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The sentence around a value, cut to at most 300 characters at word boundaries, always containing the value. */
function excerptOf(sentence: string, start: number, end: number): string {
  const MAX = 300;
  if (sentence.length <= MAX) return sentence.trim();
  const room = Math.max(0, MAX - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(sentence.length, end + (room - (start - from)));
  while (from > 0 && /\S/.test(sentence[from - 1]!)) from--;
  while (to < sentence.length && /\S/.test(sentence[to]!)) to++;
  return sentence.slice(from, to).trim();
}

/** A fact about the document itself, with its excerpt and section. */
export interface MetaCandidate {
  value: string;
  excerpt: string;
  section: string;
}

export interface DocumentMetaCandidates {
  periode?: MetaCandidate & { fra: number; til: number };
  godkendt?: MetaCandidate & { dato?: string; af?: string };
  udarbejdet?: MetaCandidate & { aar: number };
  revision?: MetaCandidate & { aar: number };
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DATE = `(?:\\d{1,2}\\.?\\s*(?:${MONTHS.join('|')})\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|xx\\.xx\\.\\d{4}|(?:${MONTHS.join('|')})\\s+\\d{4})`;

/** The document's period, approval, drafting date and revision deadline, where the source states them plainly. */
export function findMetaCandidates(sections: readonly ImportedSection[], preamble: string, source: string): DocumentMetaCandidates {
  const normalizedSource = normalizeForExcerpt(source);
  const inSource = (excerpt: string) => normalizedSource.includes(normalizeForExcerpt(excerpt));
  const result: DocumentMetaCandidates = {};
  const first = sections[0]?.id;
  const places: { section: string; text: string; early: boolean }[] = [
    ...(first && preamble.trim() ? [{ section: first, text: preamble, early: true }] : []),
    ...sections.flatMap((section, index) => [
      { section: section.id, text: section.headingInSource, early: index < 3 },
      ...sentencesOf(section).map((text) => ({ section: section.id, text, early: index < 3 })),
    ]),
  ];
  for (const { section, text, early } of places) {
    if (!result.periode && early) {
      const match = /(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/.exec(text);
      if (match && Number(match[2]) > Number(match[1]) && Number(match[2]) - Number(match[1]) <= 6 && inSource(text)) {
        result.periode = { value: match[0], fra: Number(match[1]), til: Number(match[2]), excerpt: shortExcerpt(text, match.index, match[0].length), section };
      }
    }
    if (!result.godkendt) {
      const match = new RegExp(
        `(?:godkendt|vedtaget|behandlet)\\s+(?:(?:af|i|på|ved)\\s+((?:\\p{L}+\\s){0,3}?(?:byråd\\p{L}*|kommunalbestyrelse\\p{L}*|\\p{L}*udvalg\\p{L}*))\\s+)?(?:(?:den|d\\.)\\s+)?(${DATE})`,
        'iu',
      ).exec(text);
      if (match && inSource(text)) {
        result.godkendt = {
          value: match[2]!,
          ...(isoDate(match[2]!) ? { dato: isoDate(match[2]!)! } : {}),
          ...(match[1] ? { af: match[1] } : {}),
          excerpt: shortExcerpt(text, match.index, match[0].length),
          section,
        };
      }
    }
    if (!result.udarbejdet) {
      const match = new RegExp(`udarbejdet\\s+(?:i\\s+)?(${DATE}|(?:19|20)\\d{2})`, 'iu').exec(text);
      const year = match ? /(?:19|20)\d{2}/.exec(match[1]!)?.[0] : undefined;
      if (match && year && inSource(text))
        result.udarbejdet = { value: match[0], aar: Number(year), excerpt: shortExcerpt(text, match.index, match[0].length), section };
    }
    if (!result.revision) {
      const match = /revider\p{L}*\s(?:[^.]{0,60}?)((?:19|20)\d{2})/iu.exec(text);
      if (match && inSource(text))
        result.revision = { value: match[0], aar: Number(match[1]), excerpt: shortExcerpt(text, match.index, match[0].length), section };
    }
  }
  return result;
}

function shortExcerpt(text: string, start: number, length: number): string {
  return excerptOf(text.replace(/\s+/g, ' '), start, start + length);
}

/** "12. marts 2024" or "12.03.2024" → "2024-03-12"; undefined unless the date is complete and exists. */
export function isoDate(text: string): string | undefined {
  let day: number;
  let month: number;
  let year: number;
  const named = new RegExp(`^(\\d{1,2})\\.?\\s*(${MONTHS.join('|')})\\s+(\\d{4})$`, 'i').exec(text.trim());
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text.trim());
  if (named) [day, month, year] = [Number(named[1]), MONTHS.indexOf(named[2]!.toLowerCase()) + 1, Number(named[3])];
  else if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
