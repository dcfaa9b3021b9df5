import { useDroppable } from '@dnd-kit/core';
import { format, isSameMonth, isToday } from 'date-fns';
import type { CalendarItem } from '../../../shared/api-calendar';
import { dayKey, longDay } from './dates';
import { CappedChips } from './CappedChips';
import type { KeyMove } from './EventChip';

/** A month cell keeps its size: this many chips, then a "+N more" button that opens the day. */
export const MONTH_CHIPS = 3;

export interface DayActions {
  onAdd: (day: string) => void;
  onOpenDay: (day: string) => void;
  onKeyMove: (event: CalendarItem, move: KeyMove) => void;
}

/** The month: whole weeks, each day a cell that events can be dropped on. */
export function MonthGrid({
  days,
  anchor,
  byDay,
  label,
  ...actions
}: DayActions & { days: Date[]; anchor: Date; byDay: Map<string, CalendarItem[]>; label: string }) {
  return (
    <section className="cal-grid cal-month" aria-label={label}>
      {days.slice(0, 7).map((d) => (
        <div key={`h-${dayKey(d)}`} className="cal-weekday" aria-hidden="true">
          {format(d, 'EEE')}
        </div>
      ))}
      {days.map((d) => (
        <DayCell key={dayKey(d)} date={d} outside={!isSameMonth(d, anchor)} events={byDay.get(dayKey(d)) ?? []} {...actions} />
      ))}
    </section>
  );
}

/** A day that events can be dropped on: its first chips and how many more there are. */
export function DayCell({
  date,
  outside,
  events,
  limit = MONTH_CHIPS,
  onAdd,
  onOpenDay,
  onKeyMove,
}: DayActions & { date: Date; outside?: boolean; events: CalendarItem[]; limit?: number }) {
  const key = dayKey(date);
  const { setNodeRef, isOver } = useDroppable({ id: `day-${key}`, data: { day: key, area: 'day' } });
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
          {date.getDate()}
        </span>
        {isToday(date) && <span className="cal-today-mark">Today</span>}
        <button type="button" className="cal-add-day" aria-label={`Add event on ${longDay(key)}`} onClick={() => onAdd(key)}>
          +
        </button>
      </div>
      <CappedChips day={key} events={events} limit={limit} onOpenDay={onOpenDay} onKeyMove={onKeyMove} />
    </div>
  );
}
