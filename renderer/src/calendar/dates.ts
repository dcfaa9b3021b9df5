import { addDays, eachDayOfInterval, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import type { CalendarItem } from '../../../shared/api-calendar';
import type { EventKind } from '../../../shared/domain';
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

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The local day `YYYY-MM-DD` and the local time `HH:mm`, written out by hand: the calendar calls them for every
 * event and day cell on each render, where date-fns' `format` (which parses its pattern each time) showed in
 * the render's profile.
 */
export const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const clockTime = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

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
export function eventDay(e: Pick<CalendarItem, 'allDay' | 'day' | 'startsAt'>): string {
  if (e.allDay) return e.day ?? '';
  // Kept before the check: a failed check narrows a string to `never`, but a stored bad start is still text.
  const start: string = e.startsAt ?? '';
  return isRealInstant(start) ? dayKey(new Date(start)) : start;
}

export const KIND_LABELS: Record<EventKind, string> = {
  deadline: 'Deadline',
  interview: 'Interview',
  'follow-up': 'Follow-up',
  'offer-expiry': 'Offer expires',
  other: 'Other',
};

export const timeOf = (e: Pick<CalendarItem, 'allDay' | 'startsAt'>): string =>
  e.allDay || !e.startsAt ? 'All day' : isRealInstant(e.startsAt) ? clockTime(new Date(e.startsAt)) : 'time not set';

/** "Interview: Backend Engineer at Umbrella" — what a chip says and how it is announced. */
export function eventLabel(e: Pick<CalendarItem, 'kind' | 'title' | 'roundName' | 'application'>): string {
  return `${eventWhat(e)}: ${e.application.title} at ${e.application.company}`;
}

/** The event itself, without its application: its title, else its round or kind. */
const eventWhat = (e: Pick<CalendarItem, 'kind' | 'title' | 'roundName'>): string =>
  e.title.trim() || (e.kind === 'interview' && e.roundName ? `Interview (${e.roundName})` : KIND_LABELS[e.kind]);

/** What a chip shows, company first so a glance at a crowded day finds the company: "Acme: Deadline". */
export function chipText(e: Pick<CalendarItem, 'kind' | 'title' | 'roundName' | 'application'>): string {
  // The deadline the app keeps in step with the posting is titled "Application deadline": on a chip, "Deadline".
  const what = e.kind === 'deadline' && /^application deadline$/i.test(e.title.trim()) ? KIND_LABELS.deadline : eventWhat(e);
  return e.application.company ? `${e.application.company}: ${what}` : what;
}

/** A timed event's hours, "10:00–10:45"; all day otherwise. */
export function timeRange(e: Pick<CalendarItem, 'allDay' | 'startsAt' | 'durationMinutes'>): string {
  if (e.allDay || !isRealInstant(e.startsAt)) return timeOf(e).toLowerCase();
  const start = new Date(e.startsAt);
  const end = new Date(start.getTime() + (e.durationMinutes ?? 60) * 60_000);
  return `${clockTime(start)}–${clockTime(end)}`;
}

/** A chip's full text, for its tooltip and accessible name: it starts with what the chip shows. */
export const chipFullText = (e: CalendarItem): string =>
  `${chipText(e)} — ${e.application.title} at ${e.application.company}, ${timeRange(e)}${e.passed ? ', deadline passed' : ''}`;

/** A day in words; a stored day that is not a real date (older build, hand edit) is shown as written. */
const longDays = new Map<string, string>();
export function longDay(key: string): string {
  // Several labels per day cell on every render: each day is written out once (the days seen in one session).
  let text = longDays.get(key);
  if (text === undefined) {
    const written: string = key;
    text = isRealDay(key) ? format(parseISO(key), 'EEEE d MMMM yyyy') : `${written} (not a real date: edit to fix)`;
    longDays.set(key, text);
  }
  return text;
}

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
