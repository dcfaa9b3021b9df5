import type { CalendarItem } from '../../../shared/api-calendar';
import { dayKey, longDay } from './dates';
import { CappedChips } from './CappedChips';
import { DayDropZone } from './DayDropZone';
import type { DayActions } from './MonthGrid';

/**
 * The strip above the hours: deadlines, follow-ups and other all-day items of each day (and timed events
 * whose time is not a real instant). In the week it keeps to a few per day with "+N more"; the day shows all.
 */
export function AllDayStrip({
  days,
  byDay,
  limit,
  onOpenDay,
  onKeyMove,
}: Pick<DayActions, 'onOpenDay' | 'onKeyMove'> & {
  days: Date[];
  byDay: Map<string, CalendarItem[]>;
  /** Chips per day before "+N more"; none for the day view. */
  limit?: number;
}) {
  return (
    <div className="cal-time-row cal-allday" role="group" aria-label="All-day events">
      <div className="cal-time-gutter cal-allday-label" aria-hidden="true">
        All day
      </div>
      {days.map((d) => (
        <StripCell
          key={dayKey(d)}
          date={d}
          events={byDay.get(dayKey(d)) ?? []}
          limit={limit}
          onOpenDay={onOpenDay}
          onKeyMove={onKeyMove}
        />
      ))}
    </div>
  );
}

function StripCell({
  date,
  events,
  limit = Infinity,
  onOpenDay,
  onKeyMove,
}: Pick<DayActions, 'onOpenDay' | 'onKeyMove'> & { date: Date; events: CalendarItem[]; limit?: number }) {
  const key = dayKey(date);
  return (
    <DayDropZone idPrefix="strip" day={key} area="day" className="cal-allday-cell" aria-label={`All day, ${longDay(key)}`}>
      <CappedChips day={key} events={events} limit={limit} onOpenDay={onOpenDay} onKeyMove={onKeyMove} />
    </DayDropZone>
  );
}
