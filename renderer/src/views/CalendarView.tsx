import { call } from '../api-client';
import { useLoad } from '../hooks';

/** Until the calendar lands: the deadlines of open applications, soonest first. */
export function CalendarView() {
  const apps = useLoad(() => call('applications.list', { hasDeadline: true }), [], ['applications', 'postings']);
  const upcoming = [...(apps.data ?? [])].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
  return (
    <div>
      <div className="toolbar">
        <h1>Calendar</h1>
      </div>
      {apps.data && upcoming.length === 0 && <p className="empty-state">No deadlines yet. Deadlines from your postings appear here.</p>}
      <ul className="agenda" aria-label="Deadlines">
        {upcoming.map((a) => (
          <li key={a.id}>
            <time dateTime={a.deadline ?? ''}>{a.deadline}</time> — {a.title} at {a.company}
          </li>
        ))}
      </ul>
    </div>
  );
}
