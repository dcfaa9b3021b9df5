import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { addDays, addMonths, addWeeks, format, parseISO, startOfDay } from 'date-fns';
import { useEffect, useMemo, useState } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { call, errorMessage } from '../api-client';
import { AgendaList } from '../calendar/AgendaList';
import { dayKey, eventDay, eventLabel, localeWeekStart, longDay, monthDays, weekDays, type WeekStart } from '../calendar/dates';
import { EventDialog } from '../calendar/EventDialog';
import { DayCell, EventChip, isEventDrag, type EventDrag } from '../calendar/EventChip';
import { IcsExportButton } from '../calendar/IcsExportButton';
import { useNotify } from '../components/Toasts';
import { useLoad } from '../hooks';

type Mode = 'Month' | 'Week' | 'Agenda';
const MODES: Mode[] = ['Month', 'Week', 'Agenda'];
const AGENDA_DAYS = 60;

/** Arrow keys move a picked-up event one day cell at a time (the grid's own geometry, not a fixed step). */
const dayCellSteps: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
  const cell = document.querySelector('[data-cal-cell]')?.getBoundingClientRect();
  const w = cell?.width ?? 100;
  const h = cell?.height ?? 100;
  switch (event.code) {
    case 'ArrowRight':
      return { ...currentCoordinates, x: currentCoordinates.x + w };
    case 'ArrowLeft':
      return { ...currentCoordinates, x: currentCoordinates.x - w };
    case 'ArrowDown':
      return { ...currentCoordinates, y: currentCoordinates.y + h };
    case 'ArrowUp':
      return { ...currentCoordinates, y: currentCoordinates.y - h };
    default:
      return undefined;
  }
};

const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

const dropDay = (over: { data: { current?: Record<string, unknown> } } | null): string | null =>
  typeof over?.data.current?.day === 'string' ? over.data.current.day : null;

const announcements: Announcements = {
  onDragStart: ({ active }) => (isEventDrag(active.data.current) ? `Picked up ${eventLabel(active.data.current.event)}.` : ''),
  onDragOver: ({ over }) => {
    const day = dropDay(over);
    return day ? `Over ${longDay(day)}.` : 'Not over a day.';
  },
  onDragEnd: ({ active, over }) => {
    const day = dropDay(over);
    return isEventDrag(active.data.current) && day
      ? `Moved ${eventLabel(active.data.current.event)} to ${longDay(day)}.`
      : 'Not moved.';
  },
  onDragCancel: () => 'Move cancelled; the event stays where it was.',
};

/** Month, week and agenda views of every event; drag an event to another day to reschedule it. */
export function CalendarView() {
  const notify = useNotify();
  const [mode, setMode] = useState<Mode>('Month');
  const [anchor, setAnchor] = useState(() => startOfDay(new Date()));
  const [dialog, setDialog] = useState<{ day?: string; event?: CalendarItem } | null>(null);
  const [moved, setMoved] = useState<Record<number, string>>({});
  const [dragging, setDragging] = useState<EventDrag | null>(null);

  const settings = useLoad(() => call('reminders.settings', {}), [], ['settings']);
  const weekStartsOn = (settings.data?.weekStartsOn ?? localeWeekStart()) as WeekStart;

  const days = useMemo(
    () =>
      mode === 'Month'
        ? monthDays(anchor, weekStartsOn)
        : mode === 'Week'
          ? weekDays(anchor, weekStartsOn)
          : Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(startOfDay(new Date()), i)),
    [mode, anchor, weekStartsOn],
  );
  const from = dayKey(days[0] ?? anchor);
  const to = dayKey(days[days.length - 1] ?? anchor);
  const items = useLoad(() => call('calendar.range', { from, to }), [from, to], ['events', 'applications', 'postings', 'stages']);
  // Passed deadlines of open applications, shown above the agenda so they are not forgotten.
  const passed = useLoad(
    () =>
      mode === 'Agenda'
        ? call('calendar.range', { from: dayKey(addDays(new Date(), -365)), to: dayKey(addDays(new Date(), -1)) })
        : Promise.resolve([]),
    [mode],
    ['events', 'applications', 'postings', 'stages'],
  );

  // Once the saved events arrive, they already show the moves.
  useEffect(() => setMoved({}), [items.data]);

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarItem[]>();
    for (const e of items.data ?? []) {
      const key = moved[e.id] ?? eventDay(e);
      map.set(key, [...(map.get(key) ?? []), e]);
    }
    return map;
  }, [items.data, moved]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: dayCellSteps,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  async function moveEvent(event: CalendarItem, fromDay: string, toDay: string) {
    setMoved((m) => ({ ...m, [event.id]: toDay }));
    try {
      await call('events.move', { id: event.id, day: toDay });
      notify({
        kind: 'info',
        message: `Moved to ${format(parseISO(toDay), 'EEEE d MMMM')}.`,
        action: {
          label: 'Undo',
          run: () =>
            void call('events.move', { id: event.id, day: fromDay }).catch((err: unknown) =>
              notify({ kind: 'error', message: errorMessage(err) }),
            ),
        },
      });
    } catch (err) {
      notify({ kind: 'error', message: errorMessage(err) });
      // Rolled back: the event goes back to the day it was saved on.
      setMoved((m) => {
        const { [event.id]: _gone, ...rest } = m;
        return rest;
      });
    }
  }

  function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    const data = e.active.data.current;
    const day = dropDay(e.over);
    if (!isEventDrag(data) || !day || day === data.fromDay) return;
    void moveEvent(data.event, data.fromDay, day);
  }

  const step = (n: number) =>
    setAnchor((a) => (mode === 'Month' ? addMonths(a, n) : mode === 'Week' ? addWeeks(a, n) : addDays(a, n * AGENDA_DAYS)));
  const heading =
    mode === 'Month'
      ? format(anchor, 'MMMM yyyy')
      : mode === 'Week'
        ? `${format(days[0] ?? anchor, 'd MMM')} – ${format(days[6] ?? anchor, 'd MMM yyyy')}`
        : 'Upcoming';

  return (
    <div className="cal">
      <div className="toolbar">
        <h1>Calendar</h1>
        <div className="cal-modes" role="group" aria-label="Calendar view">
          {MODES.map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => setDialog({ day: dayKey(mode === 'Agenda' ? new Date() : anchor) })}
        >
          Add event
        </button>
        <IcsExportButton />
      </div>
      {mode !== 'Agenda' && (
        <div className="cal-nav">
          <button type="button" onClick={() => setAnchor(startOfDay(new Date()))}>
            Today
          </button>
          <button type="button" onClick={() => step(-1)}>
            Previous
          </button>
          <button type="button" onClick={() => step(1)}>
            Next
          </button>
          <h2 className="cal-heading" aria-live="polite">
            {heading}
          </h2>
        </div>
      )}
      {items.error && <p role="alert">{items.error}</p>}

      {mode === 'Agenda' ? (
        <AgendaList
          days={days}
          byDay={byDay}
          passed={(passed.data ?? []).filter((e) => e.passed)}
          onEdit={(event) => setDialog({ event })}
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collisions}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                'To move this event, press Space, use the arrow keys to pick a day, and press Space again. Escape cancels.',
            },
          }}
          onDragStart={(e: DragStartEvent) => setDragging(isEventDrag(e.active.data.current) ? e.active.data.current : null)}
          onDragCancel={() => setDragging(null)}
          onDragEnd={onDragEnd}
        >
          <section
            className={mode === 'Month' ? 'cal-grid cal-month' : 'cal-grid cal-week'}
            aria-label={mode === 'Month' ? `Month of ${heading}` : `Week of ${heading}`}
          >
            {days.slice(0, 7).map((d) => (
              <div key={`h-${dayKey(d)}`} className="cal-weekday" aria-hidden="true">
                {format(d, mode === 'Week' ? 'EEE d' : 'EEE')}
              </div>
            ))}
            {days.map((d) => (
              <DayCell
                key={dayKey(d)}
                date={d}
                monthAnchor={mode === 'Month' ? anchor : undefined}
                events={byDay.get(dayKey(d)) ?? []}
                onAdd={(day) => setDialog({ day })}
              />
            ))}
          </section>
          <DragOverlay>{dragging ? <EventChip event={dragging.event} day={dragging.fromDay} overlay /> : null}</DragOverlay>
        </DndContext>
      )}
      {items.data && items.data.length === 0 && mode !== 'Agenda' && (
        <p className="muted">
          No events in this {mode === 'Month' ? 'month' : 'week'}. Deadlines from your postings appear here by themselves.
        </p>
      )}
      <EventDialog
        open={dialog !== null}
        onClose={() => setDialog(null)}
        event={dialog?.event ?? null}
        defaultDay={dialog?.day}
      />
    </div>
  );
}
