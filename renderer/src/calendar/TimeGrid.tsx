import { DayDropZone } from './DayDropZone';
import { format, isToday } from 'date-fns';
import { useEffect, useRef, type CSSProperties } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { AllDayStrip } from './AllDayStrip';
import { dayKey, longDay } from './dates';
import { EventChip, type KeyMove } from './EventChip';
import { MONTH_CHIPS, type DayActions } from './MonthGrid';
import { HOUR_PX, layoutDay, PX_PER_MINUTE } from './time-layout';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** Where the hours open: the working morning, not midnight. */
const FIRST_SHOWN_HOUR = 7;

/**
 * The week or the day as an hour grid: all-day items in a strip on top, timed events at their time and as
 * tall as they last, side by side where they overlap. One column per day, each a drop target.
 */
export function TimeGrid({
  days,
  allDay,
  timed,
  label,
  onAdd,
  onOpenDay,
  onKeyMove,
}: DayActions & {
  days: Date[];
  allDay: Map<string, CalendarItem[]>;
  timed: Map<string, CalendarItem[]>;
  label: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A little above the hour, so its label is not cut off.
    if (scroller.current) scroller.current.scrollTop = FIRST_SHOWN_HOUR * HOUR_PX - 12;
  }, []);
  const week = days.length > 1;
  const columns = { '--cal-days': days.length } as CSSProperties;
  return (
    <section className={week ? 'cal-time cal-time-week' : 'cal-time cal-time-day'} aria-label={label} style={columns}>
      <div className="cal-time-row cal-time-head">
        <div className="cal-time-gutter" aria-hidden="true" />
        {days.map((d) => {
          const key = dayKey(d);
          return (
            <div key={key} className={isToday(d) ? 'cal-time-dayhead cal-day-today' : 'cal-time-dayhead'}>
              {week ? (
                <button type="button" className="link-button" aria-label={`Open ${longDay(key)}`} onClick={() => onOpenDay(key)}>
                  {format(d, 'EEE d')}
                </button>
              ) : (
                <span>{format(d, 'EEEE d')}</span>
              )}
              <button
                type="button"
                className="cal-add-day"
                aria-label={`Add event on ${longDay(key)}`}
                onClick={() => onAdd(key)}
              >
                +
              </button>
            </div>
          );
        })}
      </div>
      <AllDayStrip
        days={days}
        byDay={allDay}
        limit={week ? MONTH_CHIPS : undefined}
        onOpenDay={onOpenDay}
        onKeyMove={onKeyMove}
      />
      <div ref={scroller} className="cal-time-scroll" role="region" aria-label="Hours" tabIndex={0}>
        <div className="cal-time-row cal-time-body">
          <div className="cal-time-gutter cal-hours" aria-hidden="true">
            {HOURS.map((h) => (
              <div key={h} className="cal-hour-label">
                {h === 0 ? '' : `${String(h).padStart(2, '0')}:00`}
              </div>
            ))}
          </div>
          {days.map((d) => (
            <TimeColumn key={dayKey(d)} date={d} events={timed.get(dayKey(d)) ?? []} onKeyMove={onKeyMove} />
          ))}
        </div>
      </div>
    </section>
  );
}

function TimeColumn({
  date,
  events,
  onKeyMove,
}: {
  date: Date;
  events: CalendarItem[];
  onKeyMove: (event: CalendarItem, move: KeyMove) => void;
}) {
  const key = dayKey(date);
  return (
    <DayDropZone
      idPrefix="col"
      day={key}
      area="time"
      className="cal-time-col"
      aria-label={`${longDay(key)}, by the hour`}
      data-cal-col=""
    >
      {layoutDay(date, events).map(({ event, start, end, lane, lanes }) => (
        <EventChip
          key={event.id}
          event={event}
          day={key}
          area="time"
          onKeyMove={onKeyMove}
          style={{
            top: start * PX_PER_MINUTE,
            height: (end - start) * PX_PER_MINUTE,
            left: `${(lane / lanes) * 100}%`,
            width: `${100 / lanes}%`,
          }}
        />
      ))}
    </DayDropZone>
  );
}
