import type { CalendarEvent, EventKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { nowIso, type Db } from './db';

export interface NewEvent {
  applicationId: number;
  kind: EventKind;
  title?: string;
  allDay: boolean;
  day?: string | null;
  startsAt?: string | null;
  durationMinutes?: number | null;
  location?: string | null;
  url?: string | null;
  roundName?: string | null;
  notes?: string;
}

const SELECT = `SELECT id, application_id AS applicationId, kind, title, all_day AS allDay, day, starts_at AS startsAt,
  duration_minutes AS durationMinutes, location, url, round_name AS roundName, notes FROM events`;

type EventRow = Omit<CalendarEvent, 'allDay'> & { allDay: number };
const toEvent = (r: EventRow): CalendarEvent => ({ ...r, allDay: r.allDay === 1 });

export function createEvent(db: Db, e: NewEvent): CalendarEvent {
  const now = nowIso();
  const info = db
    .prepare(
      `INSERT INTO events (application_id, kind, title, all_day, day, starts_at, duration_minutes, location, url, round_name, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      e.applicationId,
      e.kind,
      e.title ?? '',
      e.allDay ? 1 : 0,
      e.allDay ? (e.day ?? null) : null,
      e.allDay ? null : (e.startsAt ?? null),
      e.durationMinutes ?? null,
      e.location ?? null,
      e.url ?? null,
      e.roundName ?? null,
      e.notes ?? '',
      now,
      now,
    );
  return getEvent(db, Number(info.lastInsertRowid));
}

export function getEvent(db: Db, id: number): CalendarEvent {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as EventRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `There is no event #${id}.`);
  return toEvent(row);
}

export function listEventsForApplication(db: Db, applicationId: number): CalendarEvent[] {
  return (
    db.prepare(`${SELECT} WHERE application_id = ? ORDER BY coalesce(day, starts_at), id`).all(applicationId) as EventRow[]
  ).map(toEvent);
}

/** Keeps the one deadline event of an application in step with its posting's deadline. */
export function syncDeadlineEvent(db: Db, applicationId: number, deadline: string | null, title: string): void {
  const existing = db.prepare("SELECT id FROM events WHERE application_id = ? AND kind = 'deadline' ORDER BY id LIMIT 1").get(
    applicationId,
  ) as { id: number } | undefined;
  if (!deadline) {
    if (existing) db.prepare('DELETE FROM events WHERE id = ?').run(existing.id);
    return;
  }
  if (existing) {
    db.prepare('UPDATE events SET day = ?, title = ?, updated_at = ? WHERE id = ?').run(deadline, title, nowIso(), existing.id);
  } else {
    createEvent(db, { applicationId, kind: 'deadline', title, allDay: true, day: deadline });
  }
}
