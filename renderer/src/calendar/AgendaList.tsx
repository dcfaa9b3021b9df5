import { format, isToday, parseISO } from 'date-fns';
import type { CalendarItem } from '../../../shared/api-calendar';
import { useNavigation } from '../navigation';
import { dayKey, eventLabel, longDay, timeOf } from './dates';
import { useDeleteEvent } from './useDeleteEvent';

/** Upcoming events grouped by day, with passed deadlines of open applications on top. */
export function AgendaList({
  days,
  byDay,
  passed,
  onEdit,
}: {
  days: Date[];
  byDay: Map<string, CalendarItem[]>;
  passed: CalendarItem[];
  onEdit: (event: CalendarItem) => void;
}) {
  const withEvents = days.filter((d) => (byDay.get(dayKey(d)) ?? []).length > 0);
  return (
    <div className="cal-agenda">
      {passed.length > 0 && (
        <section className="cal-agenda-day cal-agenda-passed" aria-label="Passed deadlines">
          <h2>Passed deadlines</h2>
          <ul>
            {passed.map((e) => (
              <AgendaItem key={e.id} event={e} onEdit={onEdit} showDay />
            ))}
          </ul>
        </section>
      )}
      {withEvents.length === 0 && (
        <p className="empty-state">Nothing in the next {days.length} days. Add an interview or a follow-up with “Add event”.</p>
      )}
      {withEvents.map((d) => {
        const key = dayKey(d);
        return (
          <section key={key} className="cal-agenda-day" aria-label={longDay(key)}>
            <h2>
              {isToday(d) ? 'Today, ' : ''}
              {longDay(key)}
            </h2>
            <ul>
              {(byDay.get(key) ?? []).map((e) => (
                <AgendaItem key={e.id} event={e} onEdit={onEdit} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function AgendaItem({ event, onEdit, showDay }: { event: CalendarItem; onEdit: (e: CalendarItem) => void; showDay?: boolean }) {
  const nav = useNavigation();
  const deleteEvent = useDeleteEvent();
  const label = eventLabel(event);
  return (
    <li className={event.passed ? 'cal-agenda-item cal-chip-passed' : 'cal-agenda-item'}>
      <span className="cal-agenda-time">{showDay && event.day ? format(parseISO(event.day), 'd MMM') : timeOf(event)}</span>
      <button type="button" className="link-button" onClick={() => nav.openApplication(event.applicationId)}>
        {label}
      </button>
      {event.passed && <span className="cal-passed-badge">Passed</span>}
      {event.location && <span className="muted">{event.location}</span>}
      <span className="cal-agenda-actions">
        <button type="button" aria-label={`Edit ${label}`} onClick={() => onEdit(event)}>
          Edit
        </button>
        <button type="button" aria-label={`Delete ${label}`} onClick={() => void deleteEvent(event.id, 'Event deleted.')}>
          Delete
        </button>
      </span>
    </li>
  );
}
