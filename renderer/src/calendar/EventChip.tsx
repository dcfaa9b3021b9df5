import { useDraggable, useDroppable } from '@dnd-kit/core';
import { format, isSameMonth, isToday } from 'date-fns';
import type { ReactNode } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { useNavigation } from '../navigation';
import { dayKey, eventLabel, longDay, timeOf } from './dates';

/** Drag data: which event, from which day. */
export interface EventDrag {
  type: 'calendar-event';
  event: CalendarItem;
  fromDay: string;
}
export const isEventDrag = (d: unknown): d is EventDrag => (d as EventDrag | null)?.type === 'calendar-event';

/** One event in a day: a button that opens its application, and the handle that drags it to another day. */
export function EventChip({ event, day, overlay }: { event: CalendarItem; day: string; overlay?: boolean }) {
  const nav = useNavigation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `event-${event.id}`,
    data: { type: 'calendar-event', event, fromDay: day } satisfies EventDrag,
    disabled: overlay,
  });
  const label = eventLabel(event);
  const time = timeOf(event);
  const classes = [
    'cal-chip',
    `cal-chip-${event.kind}`,
    event.passed ? 'cal-chip-passed' : '',
    isDragging ? 'cal-chip-dragging' : '',
    overlay ? 'cal-chip-overlay' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={classes}
      {...attributes}
      {...listeners}
      aria-roledescription="event"
      aria-label={`${label}, ${time}${event.passed ? ', deadline passed' : ''}. Opens the application; drag to another day to reschedule.`}
      onClick={() => nav.openApplication(event.applicationId)}
    >
      {!event.allDay && <span className="cal-chip-time">{time}</span>} <span className="cal-chip-text">{label}</span>
      {event.passed && <span className="cal-passed-badge">Passed</span>}
    </button>
  );
}

/** A day that events can be dropped on. */
export function DayCell({
  date,
  monthAnchor,
  events,
  onAdd,
  children,
}: {
  date: Date;
  monthAnchor?: Date;
  events: CalendarItem[];
  onAdd: (day: string) => void;
  children?: ReactNode;
}) {
  const key = dayKey(date);
  const { setNodeRef, isOver } = useDroppable({ id: `day-${key}`, data: { day: key } });
  const outside = monthAnchor && !isSameMonth(date, monthAnchor);
  const classes = [
    'cal-day',
    outside ? 'cal-day-outside' : '',
    isToday(date) ? 'cal-day-today' : '',
    isOver ? 'cal-day-over' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div ref={setNodeRef} className={classes} role="group" aria-label={longDay(key)} data-cal-cell="">
      <div className="cal-day-head">
        <span className="cal-day-number" aria-hidden="true">
          {format(date, 'd')}
        </span>
        {isToday(date) && <span className="cal-today-mark">Today</span>}
        <button type="button" className="cal-add-day" aria-label={`Add event on ${longDay(key)}`} onClick={() => onAdd(key)}>
          +
        </button>
      </div>
      <ul className="cal-day-events">
        {events.map((e) => (
          <li key={e.id}>
            <EventChip event={e} day={key} />
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
