import type { CalendarItem } from '../../../shared/api-calendar';
import { longDay } from './dates';
import { EventChip, type KeyMove } from './EventChip';

/**
 * A day's chips up to `limit`, then "+N more", which opens the day: a month cell and a week's all-day strip
 * keep their size however crowded the day is.
 */
export function CappedChips({
  day,
  events,
  limit,
  onOpenDay,
  onKeyMove,
}: {
  day: string;
  events: CalendarItem[];
  limit: number;
  onOpenDay: (day: string) => void;
  onKeyMove: (event: CalendarItem, move: KeyMove) => void;
}) {
  const shown = events.length > limit ? events.slice(0, limit) : events;
  const more = events.length - shown.length;
  return (
    <>
      <ul className="cal-day-events">
        {shown.map((e) => (
          <li key={e.id}>
            <EventChip event={e} day={day} onKeyMove={onKeyMove} />
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          className="link-button cal-more"
          aria-label={`+${more} more on ${longDay(day)}: open the day`}
          title={`Show all ${events.length} on ${longDay(day)}`}
          onClick={() => onOpenDay(day)}
        >
          +{more} more
        </button>
      )}
    </>
  );
}
