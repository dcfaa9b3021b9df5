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
import { addDays, addMonths, addWeeks, parseISO, startOfDay } from 'date-fns';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { AgendaList } from '../calendar/AgendaList';
import { CalendarToolbar, type Mode } from '../calendar/CalendarToolbar';
import { dayKey } from '../calendar/dates';
import { announcements, collisions, dropTarget, gridSteps, snapToQuarterHours } from '../calendar/drag';
import { EventChip, isEventDrag, type EventDrag } from '../calendar/EventChip';
import { EventDialog } from '../calendar/EventDialog';
import { MonthGrid } from '../calendar/MonthGrid';
import { usePaintMark } from '../calendar/render-marks';
import { AGENDA_DAYS, splitByDay, useCalendarRange } from '../calendar/useCalendarRange';
import { TimeGrid } from '../calendar/TimeGrid';
import { useEventMoves } from '../calendar/useEventMoves';

/** Month, week, day and agenda views of every event; drag an event (or use the keyboard) to reschedule it. */
export function CalendarView() {
  const [mode, setMode] = useState<Mode>('Month');
  const [anchor, setAnchor] = useState(() => startOfDay(new Date()));
  const [dialog, setDialog] = useState<{ day?: string; event?: CalendarItem } | null>(null);
  const [dragging, setDragging] = useState<EventDrag | null>(null);

  const { days, from, to, items, passed, heading, error } = useCalendarRange(mode, anchor);

  // A keyboard move past the edge of what is shown takes the view along.
  const follow = useCallback(
    (day: string) => {
      if (day < from || day > to) setAnchor(parseISO(day));
    },
    [from, to],
  );
  const moves = useEventMoves(items, follow);
  const { byDay, allDay, timed } = useMemo(() => splitByDay(moves.shown, mode === 'Week' || mode === 'Day'), [moves.shown, mode]);
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
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    document.querySelector<HTMLElement>('.cal-heading')?.focus();
  });
  const openDay = (day: string) => {
    focusHeading.current = true;
    setAnchor(parseISO(day));
    setMode('Day');
  };
  const step = (n: number) =>
    setAnchor((a) =>
      mode === 'Month' ? addMonths(a, n) : mode === 'Week' ? addWeeks(a, n) : addDays(a, n * (mode === 'Day' ? 1 : AGENDA_DAYS)),
    );
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
      {error && <p role="alert">{error}</p>}

      {mode === 'Agenda' ? (
        <AgendaList days={days} byDay={byDay} passed={passed} onEdit={(event) => setDialog({ event })} />
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
      {items?.length === 0 && mode !== 'Agenda' && (
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
