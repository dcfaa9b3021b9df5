import { format, parseISO } from 'date-fns';
import { isRealDay, isRealInstant } from '../../../shared/real-date';

// A stored date that is not a real one (older build, hand edit) is shown as written, never thrown on:
// date-fns' format throws on an invalid date and would take the whole drawer down.

/** "21 Nov 2026, 14:05" in the user's time zone. */
export function formatInstant(iso: string): string {
  const written: string = iso; // a failed check narrows `iso` to never; the text is still there to show
  return isRealInstant(iso) ? format(parseISO(iso), 'd MMM yyyy, HH:mm') : `${written} (not a real date)`;
}
/** "21 Nov 2026" for a calendar day. */
export function formatDay(day: string): string {
  const written: string = day;
  return isRealDay(day) ? format(parseISO(day), 'd MMM yyyy') : `${written} (not a real date)`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
