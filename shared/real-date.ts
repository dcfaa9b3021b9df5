import { isValid, parseISO } from 'date-fns';

/**
 * The one check of "is this a date Pursuit can work with", used by the API contract, every import path
 * (CSV, JSON and SQLite backups, parsed postings) and by background work reading rows that an older build or
 * a hand edit may have stored. A regex alone let `0000-00-00` and `2026-02-30` in, and date math on them
 * throws `RangeError: Invalid time value` far from where they came in.
 *
 * Sane range: years 1900 to 2200. Nothing a job search tracks falls outside it, and it keeps every value
 * inside what `Date`, date-fns, SQLite's date functions and iCalendar all handle.
 */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO-8601 instant as the API writes it: date, `T`, time with optional seconds and fraction, `Z` or an offset. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

const inRange = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

/** A calendar day written `YYYY-MM-DD` that exists (no 30 February, no month 13) in years 1900 to 2200. */
export function isRealDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m || !inRange(Number(m[1]))) return false;
  // parseISO checks the day against the month's length, leap years included.
  return isValid(parseISO(value));
}

/** An ISO-8601 instant (with `Z` or an offset) on a real day, whose UTC time also falls in years 1900 to 2200. */
export function isRealInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = INSTANT.exec(value);
  if (!m || !isRealDay(m[1])) return false;
  // `Date` rolls 31 April over to 1 May; the written day was checked above, so this only converts.
  const t = Date.parse(value);
  return Number.isFinite(t) && inRange(new Date(t).getUTCFullYear());
}

export const DAY_HINT = `Use a real date like 2027-03-15 (YYYY-MM-DD), between ${MIN_YEAR} and ${MAX_YEAR}`;
export const INSTANT_HINT = `Use a real date and time like 2027-03-15T14:30:00Z, between ${MIN_YEAR} and ${MAX_YEAR}`;
