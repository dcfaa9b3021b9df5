import { addDays, parseISO } from 'date-fns';
import type { EventKind } from '../../../shared/domain';
import type { Db } from '../store/db';
import { localDay } from '../../../shared/dates';

/** An upcoming event as the tray menu lists it. */
export interface AgendaItem {
  eventId: number;
  applicationId: number;
  kind: EventKind;
  title: string;
  allDay: boolean;
  /** The day (all-day) or the start instant (timed). */
  at: string;
  applicationTitle: string;
  company: string;
}

// Events of applications still in play: a rejected, ghosted or archived one needs no reminding.
const OPEN_EVENTS = `FROM events e JOIN applications a ON a.id = e.application_id JOIN postings p ON p.id = a.posting_id
  JOIN stages s ON s.id = a.stage_id WHERE s.is_closed = 0 AND a.archived = 0`;

/** Today's bounds in the user's time zone: a day for all-day events, instants for timed ones. */
function todayBounds(now: Date) {
  const today = localDay(now);
  return { today, fromIso: parseISO(today).toISOString(), toIso: addDays(parseISO(today), 1).toISOString() };
}

type AgendaRow = Omit<AgendaItem, 'allDay'> & { allDay: number };
const AGENDA_SELECT = `SELECT e.id AS eventId, e.application_id AS applicationId, e.kind, e.title, e.all_day AS allDay,
  coalesce(e.starts_at, e.day) AS at, coalesce(p.title, '') AS applicationTitle, coalesce(p.company, '') AS company`;

/** The next events from now (today's all-day ones included), soonest first: the tray's "next due items". */
export function upcomingEvents(db: Db, now: Date, limit = 3): AgendaItem[] {
  const { today } = todayBounds(now);
  const allDay = db
    .prepare(`${AGENDA_SELECT} ${OPEN_EVENTS} AND e.all_day = 1 AND e.day >= ? ORDER BY e.day, e.id LIMIT ?`)
    .all(today, limit) as AgendaRow[];
  const timed = db
    .prepare(`${AGENDA_SELECT} ${OPEN_EVENTS} AND e.all_day = 0 AND e.starts_at >= ? ORDER BY e.starts_at, e.id LIMIT ?`)
    .all(now.toISOString(), limit) as AgendaRow[];
  // An all-day event sorts at the start of its day in local time, so today's deadline comes before a 14:00 interview.
  const startOf = (r: AgendaRow) => (r.allDay ? parseISO(r.at).getTime() : Date.parse(r.at));
  return [...allDay, ...timed]
    .sort((a, b) => startOf(a) - startOf(b) || a.eventId - b.eventId)
    .slice(0, limit)
    .map((r) => ({ ...r, allDay: r.allDay === 1 }));
}

/**
 * What the macOS dock badge counts: events of open applications that are today, plus those whose reminder
 * is waiting in the reminders panel (delivered, not dismissed: due or overdue and not yet dealt with).
 */
export function countDueItems(db: Db, now: Date): number {
  const { today, fromIso, toIso } = todayBounds(now);
  const row = db
    .prepare(
      `SELECT count(DISTINCT e.id) AS n ${OPEN_EVENTS} AND (
         (e.all_day = 1 AND e.day = ?) OR (e.all_day = 0 AND e.starts_at >= ? AND e.starts_at < ?)
         OR EXISTS (SELECT 1 FROM reminders r WHERE r.event_id = e.id AND r.delivered_at IS NOT NULL AND r.dismissed_at IS NULL))`,
    )
    .get(today, fromIso, toIso) as { n: number };
  return row.n;
}
