import { addDays, addMinutes, differenceInCalendarDays, parseISO, startOfDay } from 'date-fns';
import type { CalendarItem } from '../../../shared/api-calendar';
import { isRealInstant } from '../../../shared/real-date';

/** Height of one hour in the week and day grids, in CSS pixels. */
export const HOUR_PX = 48;
export const PX_PER_MINUTE = HOUR_PX / 60;
/** Drags and keyboard moves snap to a quarter of an hour. */
export const SNAP_MINUTES = 15;
const DAY_MINUTES = 24 * 60;
/** A short event still gets a chip tall enough to read and to grab. */
const MIN_VISIBLE_MINUTES = 20;

/** Vertical pixels dragged, as whole quarter hours of minutes. */
export function snappedMinutes(dy: number): number {
  const quarters = Math.round(dy / PX_PER_MINUTE / SNAP_MINUTES);
  return quarters === 0 ? 0 : quarters * SNAP_MINUTES; // never -0
}

/** A timed event's new start after moving it `days` days (local calendar days, so DST keeps the wall time) and `minutes`. */
export function shiftedStart(startsAt: string, days: number, minutes: number): string {
  return addMinutes(addDays(new Date(startsAt), days), minutes).toISOString();
}

/** Days between two `YYYY-MM-DD` keys. */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

export interface Placed {
  event: CalendarItem;
  /** Minutes from the day's midnight to where the chip starts and ends (clipped to the day). */
  start: number;
  end: number;
  /** Side-by-side position among events that overlap it, and how many share that cluster. */
  lane: number;
  lanes: number;
}

/**
 * Places a day's timed events: each at its start, as tall as its duration (clipped to the day), and events
 * that overlap side by side in lanes, as calendars do, so none hides another.
 */
export function layoutDay(day: Date, events: readonly CalendarItem[]): Placed[] {
  const midnight = startOfDay(day).getTime();
  const placed: Placed[] = events
    .filter((e) => !e.allDay && isRealInstant(e.startsAt))
    .map((event) => {
      const startMs = new Date(event.startsAt!).getTime();
      const start = Math.max(0, Math.round((startMs - midnight) / 60_000));
      const end = Math.min(DAY_MINUTES, start + Math.max(event.durationMinutes ?? 60, MIN_VISIBLE_MINUTES));
      return { event, start: Math.min(start, DAY_MINUTES - MIN_VISIBLE_MINUTES), end, lane: 0, lanes: 1 };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.event.id - b.event.id);

  let cluster: Placed[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const p of placed) {
    if (p.start >= clusterEnd) close();
    const free = laneEnds.findIndex((end) => end <= p.start);
    p.lane = free === -1 ? laneEnds.length : free;
    laneEnds[p.lane] = p.end;
    cluster.push(p);
    clusterEnd = Math.max(clusterEnd, p.end);
  }
  close();
  return placed;
}
