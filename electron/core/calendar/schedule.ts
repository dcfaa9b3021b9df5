import { addDays, parseISO, set, startOfDay, subDays, subMinutes } from 'date-fns';

/**
 * When reminders fall, in the process's time zone (the user's; `TZ` in tests). All-day events have no
 * instant: "3 days before" means the morning time, local wall clock, three calendar days earlier. Whole days
 * of an offset are calendar days (date-fns keeps the wall-clock time across a DST change: "a day before a
 * 10:00 interview" is 10:00 the day before, not 23 or 25 hours); the rest are minutes of elapsed time.
 */

export interface ScheduleBasis {
  allDay: boolean;
  day: string | null;
  startsAt: string | null;
}

const MINUTES_PER_DAY = 24 * 60;

/** The local time `minutes` after midnight of `day` (a `YYYY-MM-DD`). A time in a DST gap moves forward. */
export function localTimeOnDay(day: string, minutes: number): Date {
  return set(parseISO(day), { hours: Math.floor(minutes / 60), minutes: minutes % 60, seconds: 0, milliseconds: 0 });
}

/** The moment the event starts: its instant, or the morning time of its day for an all-day event. */
export function anchorOf(event: ScheduleBasis, morningMinutes: number): Date {
  if (event.allDay) {
    if (!event.day) throw new Error('An all-day event needs a day');
    return localTimeOnDay(event.day, morningMinutes);
  }
  if (!event.startsAt) throw new Error('A timed event needs a start');
  return new Date(event.startsAt);
}

export function reminderDueAt(event: ScheduleBasis, offsetMinutes: number, morningMinutes: number): Date {
  const days = Math.floor(offsetMinutes / MINUTES_PER_DAY);
  const rest = offsetMinutes % MINUTES_PER_DAY;
  return subMinutes(subDays(anchorOf(event, morningMinutes), days), rest);
}

/** What a reminder row was computed from; a different basis means the event moved. */
export const basisOf = (event: ScheduleBasis): string => (event.allDay ? `day:${event.day}` : `at:${event.startsAt}`);

export function snoozeUntil(until: 'hour' | 'tomorrow', now: Date, morningMinutes: number): Date {
  if (until === 'hour') return new Date(now.getTime() + 60 * 60 * 1000);
  const tomorrow = addDays(startOfDay(now), 1);
  return set(tomorrow, { hours: Math.floor(morningMinutes / 60), minutes: morningMinutes % 60 });
}

/** The same local time of day as `startsAt`, on `day`. */
export function moveToDay(startsAt: string, day: string): Date {
  const start = new Date(startsAt);
  return set(parseISO(day), { hours: start.getHours(), minutes: start.getMinutes(), seconds: 0, milliseconds: 0 });
}

/** A local calendar day as `YYYY-MM-DD`. */
