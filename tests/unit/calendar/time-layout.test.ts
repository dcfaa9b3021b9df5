import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../../shared/api-calendar';
import { layoutDay, shiftedStart, snappedMinutes, HOUR_PX } from '../../../renderer/src/calendar/time-layout';

/** A timed event on 2026-03-11 (local time) from `h:m` lasting `minutes`. */
function timed(id: number, h: number, m: number, minutes: number): CalendarItem {
  return {
    id,
    allDay: false,
    day: null,
    startsAt: new Date(2026, 2, 11, h, m).toISOString(),
    durationMinutes: minutes,
  } as CalendarItem;
}
const day = new Date(2026, 2, 11);

describe('the hour grid layout', () => {
  it('places an event at its start, as tall as it lasts', () => {
    const [p] = layoutDay(day, [timed(1, 10, 30, 45)]);
    expect(p).toMatchObject({ start: 630, end: 675, lane: 0, lanes: 1 });
  });

  it('puts overlapping events side by side and lets the next free lane be reused', () => {
    const placed = layoutDay(day, [timed(1, 9, 0, 60), timed(2, 9, 30, 60), timed(3, 10, 0, 30), timed(4, 12, 0, 30)]);
    const byId = Object.fromEntries(placed.map((p) => [p.event.id, p]));
    expect(byId[1]).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId[2]).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId[3]).toMatchObject({ lane: 0, lanes: 2 }); // starts when the first ends
    expect(byId[4]).toMatchObject({ lane: 0, lanes: 1 }); // a cluster of its own
  });

  it('clips an event that runs past midnight to the day, and leaves all-day items to the strip', () => {
    const allDay = { id: 9, allDay: true, day: '2026-03-11', startsAt: null, durationMinutes: null } as CalendarItem;
    const placed = layoutDay(day, [timed(1, 23, 0, 180), allDay]);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ start: 1380, end: 1440 });
  });

  it('snaps a drag to quarter hours and shifts by local days, keeping the wall-clock time', () => {
    expect(snappedMinutes(HOUR_PX * 2)).toBe(120);
    expect(snappedMinutes(HOUR_PX / 4 + 3)).toBe(15);
    expect(snappedMinutes(-HOUR_PX / 8 + 1)).toBe(0);
    const start = new Date(2026, 2, 11, 10, 0).toISOString();
    expect(new Date(shiftedStart(start, 1, 30))).toEqual(new Date(2026, 2, 12, 10, 30));
    // Across a DST change (late March in Europe), a day later is still 10:00 on the wall clock.
    expect(new Date(shiftedStart(new Date(2026, 2, 28, 10, 0).toISOString(), 1, 0))).toEqual(new Date(2026, 2, 29, 10, 0));
  });
});
