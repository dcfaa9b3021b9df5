import { addDays, eachDayOfInterval, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import type { CalendarItem } from '../../../shared/api-calendar';
import type { EventKind } from '../../../shared/domain';
import { localDay } from '../../../shared/dates';
import { isRealDay, isRealInstant } from '../../../shared/real-date';

export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The locale's first day of the week (Intl week info where the browser has it; Monday otherwise). */
export function localeWeekStart(locale = navigator.language): WeekStart {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = loc.getWeekInfo?.().firstDay ?? loc.weekInfo?.firstDay;
    if (first) return (first % 7) as WeekStart;
  } catch {
    // an odd locale tag: fall through
  }
  return 1;
}

/** The local day of a date as `YYYY-MM-DD` (the one helper in shared/dates.ts). */
export const dayKey = localDay;

/** The days a month grid shows: whole weeks covering the month. */
export function monthDays(anchor: Date, weekStartsOn: WeekStart): Date[] {
  return eachDayOfInterval({
    start: startOfWeek(startOfMonth(anchor), { weekStartsOn }),
    end: endOfWeek(endOfMonth(anchor), { weekStartsOn }),
  });
}

export function weekDays(anchor: Date, weekStartsOn: WeekStart): Date[] {
  const start = startOfWeek(anchor, { weekStartsOn });
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The local day an event falls on. */
export const eventDay = (e: Pick<CalendarItem, 'allDay' | 'day' | 'startsAt'>): string =>
  e.allDay ? (e.day ?? '') : isRealInstant(e.startsAt) ? dayKey(new Date(e.startsAt)) : (e.startsAt ?? '');

export const KIND_LABELS: Record<EventKind, string> = {
  deadline: 'Deadline',
  interview: 'Interview',
  'follow-up': 'Follow-up',
  'offer-expiry': 'Offer expires',
  other: 'Other',
};

export const timeOf = (e: Pick<CalendarItem, 'allDay' | 'startsAt'>): string =>
  e.allDay || !e.startsAt ? 'All day' : isRealInstant(e.startsAt) ? format(new Date(e.startsAt), 'HH:mm') : 'time not set';

/** "Interview: Backend Engineer at Umbrella" — what a chip says and how it is announced. */
export function eventLabel(e: Pick<CalendarItem, 'kind' | 'title' | 'roundName' | 'application'>): string {
  const what = e.title.trim() || (e.kind === 'interview' && e.roundName ? `Interview (${e.roundName})` : KIND_LABELS[e.kind]);
  return `${what}: ${e.application.title} at ${e.application.company}`;
}

/** A day in words; a stored day that is not a real date (older build, hand edit) is shown as written. */
export const longDay = (key: string): string =>
  isRealDay(key) ? format(parseISO(key), 'EEEE d MMMM yyyy') : `${key} (not a real date: edit to fix)`;

/** A reminder offset in words: "3 days before", "1 hour before", "on the day". */
export function offsetLabel(minutes: number, allDay: boolean): string {
  if (minutes === 0) return allDay ? 'On the morning of the day' : 'At the start';
  const days = Math.floor(minutes / 1440);
  const rest = minutes % 1440;
  const parts: string[] = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (rest >= 60 && rest % 60 === 0) parts.push(`${rest / 60} hour${rest === 60 ? '' : 's'}`);
  else if (rest) parts.push(`${rest} minutes`);
  return `${parts.join(' ')} before`;
}
