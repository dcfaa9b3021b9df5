import { stringify } from 'csv-stringify/sync';
import { format, isValid, parse as parseDate } from 'date-fns';
import { isRealDay, isRealInstant } from '../../../shared/real-date';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain';
import type { NextEventCell } from './csv-text';

/**
 * How multi-valued things are written into one CSV cell, and read back. Export and import share these so a
 * round trip through a spreadsheet gives the same applications back.
 */

// The writing side (separators, formula guard, quoting, the Next Event text) lives in csv-text.ts, which
// loads nothing: the command-line export imports it alone. Re-exported so the import side reads all of it here.
export { csvField, formatNextEvent, LIST_SEPARATOR, neutralise, NOTE_SEPARATOR, unneutralise } from './csv-text';
export type { NextEventCell } from './csv-text';

/** The calendar day of an instant in this computer's time zone (what the person saw that day). */
export const localDay = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd');
/** Local noon of a day: the instant stored for a day-only value, safe from time-zone edges. */
export const localNoon = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12).toISOString();
};

export interface ContactCell {
  name: string;
  role: string | null;
  email: string | null;
}

/** `Ana Ruiz (Recruiter) <ana@example.com>` */
export function formatContact(c: ContactCell): string {
  return `${c.name}${c.role ? ` (${c.role})` : ''}${c.email ? ` <${c.email}>` : ''}`;
}

export function parseContacts(cell: string): ContactCell[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)(?:(?<!\s)\s*\(([^()]*)\))?(?:(?<!\s)\s*<([^<>]*)>)?$/.exec(part);
      const name = (m?.[1] ?? part).trim();
      const email = m?.[3]?.trim() || null;
      return { name: name || email || part, role: m?.[2]?.trim() || null, email };
    });
}

export function parseNextEvent(cell: string): NextEventCell | null {
  const m = /^(\S+)(?:\s+(\d{1,2}:\d{2}))?(?:\s+\(([\w-]+)\))?\s*(.*)$/s.exec(cell.trim());
  if (!m) return null;
  const day = parseDay(m[1] ?? '');
  if (!day) return null;
  const kind = (EVENT_KINDS as readonly string[]).includes(m[3] ?? '') ? (m[3] as EventKind) : 'other';
  const time = m[2] ? m[2].padStart(5, '0') : null;
  if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  return { day, time, kind, title: (m[4] ?? '').trim() };
}

const DAY_FORMATS = [
  'yyyy-MM-dd',
  'yyyy/MM/dd',
  'M/d/yyyy',
  'M/d/yy',
  'd.M.yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
];

/**
 * A calendar day from the ways trackers write one: `2027-03-15`, an ISO instant (`2027-03-15T09:30:00Z`,
 * read in local time), a Unix time in milliseconds, `3/15/2027` (US order, as Huntr and Teal write it),
 * `15.3.2027`, `Mar 15, 2027`. Null when it is none of these.
 */
export function parseDay(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  // Our own export and most tools write plain ISO days: check those without the format list (hot in large files).
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isRealDay(value) ? value : null;
  // Every other form is converted, then held to the same real-date check as the API (shared/real-date.ts).
  const real = (d: Date): string | null => (isValid(d) && isRealDay(format(d, 'yyyy-MM-dd')) ? format(d, 'yyyy-MM-dd') : null);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
    const written = value.slice(0, 10);
    return isRealDay(written) ? real(new Date(value.replace(' ', 'T'))) : null;
  }
  if (/^\d{12,13}$/.test(value)) return real(new Date(Number(value)));
  const ref = new Date(2000, 0, 1, 12);
  for (const f of DAY_FORMATS) {
    const day = real(parseDate(value, f, ref));
    if (day) return day;
  }
  return null;
}

/** What to tell the user about a cell that is not a day: a well-formed but impossible one gets its own words. */
export function notADay(header: string, value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value.trim())
    ? `${header} "${value}" is not a real date (that day does not exist, or is not between 1900 and 2200; use YYYY-MM-DD)`
    : `${header} "${value}" is not a date (use YYYY-MM-DD)`;
}

/** An instant from a day or an ISO instant. */
export function parseInstant(raw: string): string | null {
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
    return isRealInstant(value) ? new Date(value).toISOString() : null;
  const day = parseDay(value);
  return day ? localNoon(day) : null;
}

/** `120,000`, `120 000`, `$120k`, `95.5` as a number; null when it is not one. */
export function parseAmount(raw: string): number | null {
  let s = raw
    .trim()
    .replace(/^[^\d.,-]+/, '')
    .replace(/(?<![^\dkK.,])[^\dkK.,]+$/, '')
    .replace(/[\s'’]/g, '');
  let mult = 1;
  if (/k$/i.test(s)) {
    mult = 1000;
    s = s.slice(0, -1);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s) * mult;
}

/** csv-stringify with the settings every Pursuit CSV shares (the proof report; the export writes by hand, see csvField). */
export function writeCsv(header: string[], rows: (string | number)[][], bom: boolean): string {
  return stringify([header, ...rows], {
    bom,
    record_delimiter: 'windows',
    // csv-stringify quotes a lone \n or \r only when it is the record delimiter; RFC 4180 wants every
    // field with a line break quoted.
    quoted_match: /[\r\n]/,
  });
}
