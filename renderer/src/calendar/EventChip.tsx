import { useDraggable } from '@dnd-kit/core';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { useNavigation } from '../navigation';
import { chipFullText, chipText, timeOf } from './dates';

/** Where a drag started: a day cell or all-day strip (moves by day), or the hour grid (moves by day and time). */
export type DragArea = 'day' | 'time';

/** Drag data: which event, from which day and area. */
export interface EventDrag {
  type: 'calendar-event';
  event: CalendarItem;
  fromDay: string;
  area: DragArea;
}
export const isEventDrag = (d: unknown): d is EventDrag => (d as EventDrag | null)?.type === 'calendar-event';

/** A keyboard move asked for with Alt+arrow keys on a focused chip. */
export type KeyMove = 'earlier' | 'later' | 'previous-day' | 'next-day';
const KEY_MOVES: Record<string, KeyMove> = {
  ArrowUp: 'earlier',
  ArrowDown: 'later',
  ArrowLeft: 'previous-day',
  ArrowRight: 'next-day',
};

/** The id of the visible hint that says how to move events; every chip points at it. */
export const MOVE_HINT_ID = 'cal-move-hint';

/**
 * One event: a button that opens its application. Drag it (or press Space, arrows, Space) to another day or
 * time; Alt+arrows move it straight away. It shows the company first; the full text is its tooltip and name.
 */
export function EventChip({
  event,
  day,
  area = 'day',
  overlay,
  style,
  onKeyMove,
}: {
  event: CalendarItem;
  day: string;
  area?: DragArea;
  overlay?: boolean;
  style?: CSSProperties;
  onKeyMove?: (event: CalendarItem, move: KeyMove) => void;
}) {
  const nav = useNavigation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `event-${event.id}`,
    data: { type: 'calendar-event', event, fromDay: day, area } satisfies EventDrag,
    disabled: overlay,
  });
  const full = chipFullText(event);
  const classes = [
    'cal-chip',
    `cal-chip-${event.kind}`,
    area === 'time' ? 'cal-chip-timed' : '',
    event.passed ? 'cal-chip-passed' : '',
    isDragging ? 'cal-chip-dragging' : '',
    overlay ? 'cal-chip-overlay' : '',
  ]
    .filter(Boolean)
    .join(' ');

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    const move = KEY_MOVES[e.key];
    if (e.altKey && move && onKeyMove) {
      e.preventDefault();
      onKeyMove(event, move);
      return;
    }
    listeners?.onKeyDown?.(e);
  }

  return (
    <button
      ref={setNodeRef}
      type="button"
      className={classes}
      style={style}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      data-event-id={overlay ? undefined : event.id}
      aria-roledescription="event"
      aria-label={full}
      aria-describedby={MOVE_HINT_ID}
      title={full}
      onClick={() => nav.openApplication(event.applicationId)}
    >
      {!event.allDay && <span className="cal-chip-time">{timeOf(event)} </span>}
      <span className="cal-chip-text">{chipText(event)}</span>
      {event.passed && <span className="cal-passed-badge">Passed</span>}
    </button>
  );
}
