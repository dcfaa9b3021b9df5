import type { EventKind } from '../../../shared/domain';

/**
 * The text of a Pursuit CSV cell as the export writes it: separators, the formula-injection guard, RFC 4180
 * quoting and the Next Event wording. No imports beyond a type, so a cold `pursuit export csv` loads this
 * and none of the import side's date parsing (csv-cells.ts re-exports all of it for the import).
 */

/** Between notes in the Notes cell: a line a person would not type inside a note. */
export const NOTE_SEPARATOR = '\n\n---\n\n';
/** Between tags and between contacts: `;` because tags and contact names often hold commas. */
export const LIST_SEPARATOR = '; ';

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes spreadsheets show the cell as text; the import takes it off again. */
export const neutralise = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
export const unneutralise = (cell: string): string =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/** A field that needs quoting in RFC 4180: a comma, a quote or a line break (a lone \r or \n too). */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV field as RFC 4180 writes it: quoted (inner quotes doubled) only when it must be. Written by hand for
 * the export's hot loop, where it is several times faster than csv-stringify's per-record machinery; it
 * quotes exactly what `writeCsv` (csv-stringify with `quoted_match: /[\r\n]/`) quotes, so both write the same.
 */
export const csvField = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell);

export interface NextEventCell {
  day: string;
  /** `HH:mm` local, for a timed event. */
  time: string | null;
  kind: EventKind;
  title: string;
}

/** `2027-03-15 14:00 (interview) Technical round`; the day alone for an all-day event without a title. */
export function formatNextEvent(e: NextEventCell): string {
  return [e.day, e.time, `(${e.kind})`, e.title].filter(Boolean).join(' ');
}
