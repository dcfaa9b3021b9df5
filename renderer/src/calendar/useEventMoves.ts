import { addDays, format, parseISO } from 'date-fns';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { call, errorMessage } from '../api-client';
import { useNotify } from '../components/Toasts';
import { useResetWhen } from '../hooks';
import { dayKey, eventDay } from './dates';
import type { DropTarget } from './drag';
import type { EventDrag, KeyMove } from './EventChip';
import { daysBetween, shiftedStart, snappedMinutes, SNAP_MINUTES } from './time-layout';

/** Where an event shows until the saved data catches up: an all-day event's day, a timed event's start. */
type Placement = Pick<CalendarItem, 'day' | 'startsAt'>;

const samePlace = (a: Placement, b: Placement): boolean =>
  a.day === b.day &&
  (a.startsAt === b.startsAt || (!!a.startsAt && !!b.startsAt && Date.parse(a.startsAt) === Date.parse(b.startsAt)));

/**
 * Moving events by drag and by keyboard: shown at once (optimistically), saved through `events.move` (an
 * all-day event's day) or `events.update` (a timed event's start), rolled back with a message on error, and
 * undoable from the toast. `onLanded` hears the day an event landed on (the view follows it off screen).
 */
export function useEventMoves(items: CalendarItem[] | null, onLanded: (day: string) => void) {
  const notify = useNotify();
  const [moved, setMoved] = useState<Record<number, Placement>>({});
  const focusId = useRef<number | null>(null);

  // A move stays shown until the saved data says the same (a refresh for an earlier move does not undo it).
  useResetWhen([items], () => {
    if (!items) return;
    setMoved((m) => {
      const byId = new Map(items.map((e) => [e.id, e]));
      const left = Object.entries(m).filter(([id, place]) => {
        const saved = byId.get(Number(id));
        return saved && !samePlace(saved, place);
      });
      return left.length === Object.keys(m).length ? m : Object.fromEntries(left);
    });
  });

  const shown = useMemo(() => (items ?? []).map((e) => (moved[e.id] ? { ...e, ...moved[e.id] } : e)), [items, moved]);

  // A chip moved by keyboard lands in another cell or column (a new element): focus follows it there.
  useEffect(() => {
    if (focusId.current === null) return;
    const chip = document.querySelector<HTMLElement>(`[data-event-id="${focusId.current}"]`);
    if (!chip) return;
    if (document.activeElement !== chip) chip.focus();
    focusId.current = null;
  });

  async function save(event: CalendarItem, to: Placement) {
    const from: Placement = { day: event.day, startsAt: event.startsAt };
    if (samePlace(from, to)) return;
    const put = (p: Placement) =>
      event.allDay || !p.startsAt
        ? call('events.move', { id: event.id, day: p.day ?? '' })
        : call('events.update', { id: event.id, patch: { startsAt: p.startsAt } });
    setMoved((m) => ({ ...m, [event.id]: to }));
    const landed = eventDay({ ...event, ...to });
    onLanded(landed);
    try {
      await put(to);
      const when = format(parseISO(landed), 'EEEE d MMMM');
      notify({
        kind: 'info',
        message:
          event.allDay || !to.startsAt
            ? `Moved to ${when}.`
            : `Moved to ${when}. Starts at ${format(new Date(to.startsAt), 'HH:mm')}.`,
        action: {
          label: 'Undo',
          run: () => void put(from).catch((err: unknown) => notify({ kind: 'error', message: errorMessage(err) })),
        },
      });
    } catch (err) {
      notify({ kind: 'error', message: errorMessage(err) });
      // Rolled back: the event goes back to where it was saved.
      setMoved((m) => {
        const { [event.id]: _gone, ...rest } = m;
        return rest;
      });
    }
  }

  /** Alt+arrows on a focused chip: a quarter hour earlier or later (an all-day item: a week), a day either way. */
  function keyMove(event: CalendarItem, move: KeyMove) {
    const days = move === 'previous-day' ? -1 : move === 'next-day' ? 1 : 0;
    const minutes = move === 'earlier' ? -SNAP_MINUTES : move === 'later' ? SNAP_MINUTES : 0;
    focusId.current = event.id;
    if (event.allDay || !event.startsAt) {
      const day = dayKey(addDays(parseISO(eventDay(event)), days || (minutes < 0 ? -7 : 7)));
      void save(event, { day, startsAt: event.startsAt });
    } else {
      void save(event, { day: event.day, startsAt: shiftedStart(event.startsAt, days, minutes) });
    }
  }

  /** A drop: on the hour grid a timed event moves by the day columns and quarter hours dragged; elsewhere by day. */
  function drop(drag: EventDrag, target: DropTarget, delta: { y: number }) {
    const event = shown.find((e) => e.id === drag.event.id) ?? drag.event;
    const days = daysBetween(drag.fromDay, target.day);
    if (event.allDay || !event.startsAt) {
      if (days !== 0) void save(event, { day: target.day, startsAt: event.startsAt });
      return;
    }
    const minutes = drag.area === 'time' && target.area === 'time' ? snappedMinutes(delta.y) : 0;
    if (days !== 0 || minutes !== 0) void save(event, { day: event.day, startsAt: shiftedStart(event.startsAt, days, minutes) });
  }

  return { shown, keyMove, drop };
}
