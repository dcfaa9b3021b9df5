import { format, parseISO } from 'date-fns';

/** "21 Nov 2026, 14:05" in the user's time zone. */
export const formatInstant = (iso: string): string => format(parseISO(iso), 'd MMM yyyy, HH:mm');
/** "21 Nov 2026" for a calendar day. */
export const formatDay = (day: string): string => format(parseISO(day), 'd MMM yyyy');

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
