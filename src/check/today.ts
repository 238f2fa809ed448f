/*
 * "Today" for the check: the date revision deadlines are judged by. The documents are Danish and their deadlines are
 * Danish calendar dates, so today is the calendar date in Copenhagen, whatever the clock of the machine or the
 * browser says: the build, the CLI and /tjek/ agree at midnight, also on New Year's Eve, when a deadline year turns.
 * Each face passes the moment (and, for reproducible builds and tests, an override such as RUSMIDDEL_TODAY).
 */

import { escapeForDisplay } from './display-escape.ts';

const COPENHAGEN = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Copenhagen at the moment `now`, as YYYY-MM-DD. */
export function copenhagenDate(now: Date): string {
  const parts = Object.fromEntries(COPENHAGEN.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** An override that is not a real date (YYYY-MM-DD); the message is Danish and names the value. */
export class InvalidTodayError extends Error {}

/**
 * The date a check judges by: `override` (YYYY-MM-DD; empty counts as not given) when given, else Copenhagen's date at
 * `now`. A malformed override throws InvalidTodayError rather than judging every deadline by a date that is not one.
 */
export function judgementDate(now: Date, override?: string, overrideName = 'RUSMIDDEL_TODAY'): string {
  // The build and the CLI pass RUSMIDDEL_TODAY; /tjek/ passes none (its tests set the browser's clock instead).
  if (override === undefined || override === '') return copenhagenDate(now);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(override);
  const valid =
    match &&
    (() => {
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return date.toISOString().slice(0, 10) === override;
    })();
  if (!valid) throw new InvalidTodayError(`${overrideName} skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2025-06-01, men er "${escapeForDisplay(override)}".`);
  return override;
}
