import { useState } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import type { CalendarEvent } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { eventDay, KIND_LABELS, longDay, timeOf } from '../calendar/dates';
import { EventDialog } from '../calendar/EventDialog';
import { useDeleteEvent } from '../calendar/useDeleteEvent';
import { useNotify } from '../components/Toasts';

/**
 * The application's events in its detail: add, edit and delete them (Undo brings one back).
 * `applicationId` should always be passed; without it (an older caller) it is read from the events, and
 * "Add event" only shows when there is one to read it from.
 */
export function EventsSection({ applicationId: given, events }: { applicationId?: number; events: CalendarEvent[] }) {
  const applicationId = given ?? events[0]?.applicationId;
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CalendarItem | null>(null);

  const nameOf = (e: CalendarEvent) => `${e.title.trim() || KIND_LABELS[e.kind]}${e.roundName ? ` (${e.roundName})` : ''}`;

  async function edit(e: CalendarEvent) {
    try {
      setEditing(await call('events.get', { id: e.id }));
    } catch (err) {
      notify({ kind: 'error', message: errorMessage(err) });
    }
  }

  const deleteEvent = useDeleteEvent();

  return (
    <section className="detail-section cal-events-section" aria-labelledby={`events-${applicationId ?? 'list'}`}>
      <div className="cal-events-head">
        <h3 id={`events-${applicationId ?? 'list'}`}>Events</h3>
        {applicationId !== undefined && (
          <button type="button" onClick={() => setAdding(true)}>
            Add event
          </button>
        )}
      </div>
      {events.length === 0 ? (
        <p className="muted">No deadline or interview yet.</p>
      ) : (
        <ul className="cal-events-list">
          {events.map((e) => (
            <li key={e.id}>
              <span className="cal-events-when">
                {longDay(eventDay(e))}
                {e.allDay ? '' : `, ${timeOf(e)}`}
              </span>{' '}
              <strong>{nameOf(e)}</strong>
              {e.location && <span className="muted"> · {e.location}</span>}
              {e.url && (
                <span className="muted">
                  {' '}
                  ·{' '}
                  <a href={e.url} target="_blank" rel="noreferrer">
                    video link
                  </a>
                </span>
              )}
              <span className="cal-agenda-actions">
                <button type="button" aria-label={`Edit ${nameOf(e)}`} onClick={() => void edit(e)}>
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${nameOf(e)}`}
                  onClick={() => void deleteEvent(e.id, `Deleted ${nameOf(e)}.`)}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {applicationId !== undefined && (
        <EventDialog open={adding} onClose={() => setAdding(false)} applicationId={applicationId} />
      )}
      <EventDialog open={editing !== null} onClose={() => setEditing(null)} event={editing} />
    </section>
  );
}
