import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { addDays, addMonths, addWeeks, format, parseISO, startOfDay } from 'date-fns';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { isRealInstant } from '../../../shared/real-date';
import { call } from '../api-client';
import { AgendaList } from '../calendar/AgendaList';
import { CalendarToolbar, type Mode } from '../calendar/CalendarToolbar';
import { dayKey, eventDay, localeWeekStart, longDay, monthDays, weekDays, type WeekStart } from '../calendar/dates';
import { announcements, collisions, dropTarget, gridSteps, snapToQuarterHours } from '../calendar/drag';
import { EventChip, isEventDrag, type EventDrag } from '../calendar/EventChip';
import { EventDialog } from '../calendar/EventDialog';
import { MonthGrid } from '../calendar/MonthGrid';
import { markDataReady, usePaintMark } from '../calendar/render-marks';
import { TimeGrid } from '../calendar/TimeGrid';
import { useEventMoves } from '../calendar/useEventMoves';
import { useApi, useApiWith } from '../query';

const AGENDA_DAYS = 60;

function groupByDay(items: readonly CalendarItem[]): Map<string, CalendarItem[]> {
  const map = new Map<string, CalendarItem[]>();
  for (const e of items) {
    const key = eventDay(e);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

/** Month, week, day and agenda views of every event; drag an event (or use the keyboard) to reschedule it. */
export function CalendarView() {
  const [mode, setMode] = useState<Mode>('Month');
  const [anchor, setAnchor] = useState(() => startOfDay(new Date()));
  const [dialog, setDialog] = useState<{ day?: string; event?: CalendarItem } | null>(null);
  const [dragging, setDragging] = useState<EventDrag | null>(null);

  const settings = useApi('reminders.settings', {});
  const weekStartsOn = (settings.data?.weekStartsOn ?? localeWeekStart()) as WeekStart;

  const days = useMemo(() => {
    if (mode === 'Month') return monthDays(anchor, weekStartsOn);
    if (mode === 'Week') return weekDays(anchor, weekStartsOn);
    if (mode === 'Day') return [anchor];
    return Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(startOfDay(new Date()), i));
  }, [mode, anchor, weekStartsOn]);
  const from = dayKey(days[0] ?? anchor);
  const to = dayKey(days[days.length - 1] ?? anchor);
  const loaded = useApiWith('calendar.range', { from, to }, 'marked', () =>
    call('calendar.range', { from, to }).then((items) => markDataReady({ range: `${from}..${to}`, items })),
  );
  // Only the answer for the days on screen: another range's events are not drawn into this grid meanwhile.
  const items = loaded.data?.range === `${from}..${to}` ? loaded.data.items : null;
  // Passed deadlines of open applications, shown above the agenda so they are not forgotten.
  const passed = useApi(
    'calendar.range',
    { from: dayKey(addDays(new Date(), -365)), to: dayKey(addDays(new Date(), -1)) },
    { enabled: mode === 'Agenda' },
  );

  // A keyboard move past the edge of what is shown takes the view along.
  const follow = useCallback(
    (day: string) => {
      if (day < from || day > to) setAnchor(parseISO(day));
    },
    [from, to],
  );
  const moves = useEventMoves(items, follow);
  // The month and agenda list each day's events; the hour grid splits them into the all-day strip and the hours.
  const hourGrid = mode === 'Week' || mode === 'Day';
  const { byDay, allDay, timed } = useMemo(() => {
    if (!hourGrid)
      return {
        byDay: groupByDay(moves.shown),
        allDay: new Map<string, CalendarItem[]>(),
        timed: new Map<string, CalendarItem[]>(),
      };
    const hasTime = moves.shown.map((e) => !e.allDay && isRealInstant(e.startsAt));
    return {
      byDay: new Map<string, CalendarItem[]>(),
      allDay: groupByDay(moves.shown.filter((_, i) => !hasTime[i])),
      timed: groupByDay(moves.shown.filter((_, i) => hasTime[i])),
    };
  }, [moves.shown, hourGrid]);
  usePaintMark(mode, items);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: gridSteps,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    const data = e.active.data.current;
    const target = dropTarget(e.over);
    if (isEventDrag(data) && target) moves.drop(data, target, e.delta);
  }

  // "+N more" and a week's day heading open the day; focus goes to its heading, as the button is gone.
  const [focusHeading, setFocusHeading] = useState(false);
  useEffect(() => {
    if (!focusHeading) return;
    document.querySelector<HTMLElement>('.cal-heading')?.focus();
    setFocusHeading(false);
  }, [focusHeading]);
  const openDay = (day: string) => {
    setAnchor(parseISO(day));
    setMode('Day');
    setFocusHeading(true);
  };
  const step = (n: number) =>
    setAnchor((a) =>
      mode === 'Month' ? addMonths(a, n) : mode === 'Week' ? addWeeks(a, n) : addDays(a, n * (mode === 'Day' ? 1 : AGENDA_DAYS)),
    );
  const heading =
    mode === 'Month'
      ? format(anchor, 'MMMM yyyy')
      : mode === 'Week'
        ? `${format(days[0] ?? anchor, 'd MMM')} – ${format(days[6] ?? anchor, 'd MMM yyyy')}`
        : mode === 'Day'
          ? longDay(dayKey(anchor))
          : 'Upcoming';
  const actions = { onAdd: (day: string) => setDialog({ day }), onOpenDay: openDay, onKeyMove: moves.keyMove };

  return (
    <div className="cal">
      <CalendarToolbar
        mode={mode}
        heading={heading}
        onMode={setMode}
        onAdd={() => setDialog({ day: dayKey(mode === 'Agenda' ? new Date() : anchor) })}
        onToday={() => setAnchor(startOfDay(new Date()))}
        onStep={step}
      />
      {loaded.error && <p role="alert">{loaded.error}</p>}

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
          accessibility={{ announcements }}
          onDragStart={(e: DragStartEvent) => setDragging(isEventDrag(e.active.data.current) ? e.active.data.current : null)}
          onDragCancel={() => setDragging(null)}
          onDragEnd={onDragEnd}
        >
          {mode === 'Month' ? (
            <MonthGrid days={days} anchor={anchor} byDay={byDay} label={`Month of ${heading}`} {...actions} />
          ) : (
            <TimeGrid
              days={days}
              allDay={allDay}
              timed={timed}
              label={mode === 'Week' ? `Week of ${heading}` : heading}
              {...actions}
            />
          )}
          <DragOverlay modifiers={[snapToQuarterHours]}>
            {dragging ? <EventChip event={dragging.event} day={dragging.fromDay} area={dragging.area} overlay /> : null}
          </DragOverlay>
        </DndContext>
      )}
      {items && items.length === 0 && mode !== 'Agenda' && (
        <p className="muted">No events this {mode.toLowerCase()}. Deadlines from your postings appear here by themselves.</p>
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
