import type { CalendarEvent, EventKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { cached, type Db } from './db';

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
  /** This event's own reminders (minutes before); null or absent: the defaults for its kind. */
  reminderOffsets?: number[] | null;
}

export type EventPatch = Partial<Omit<NewEvent, 'applicationId'>>;

const COLUMNS = `e.id, e.application_id AS applicationId, e.kind, e.title, e.all_day AS allDay, e.day, e.starts_at AS startsAt,
  e.duration_minutes AS durationMinutes, e.location, e.url, e.round_name AS roundName, e.notes`;
const SELECT = `SELECT ${COLUMNS} FROM events e`;

type EventRow = Omit<CalendarEvent, 'allDay'> & { allDay: number };
const toEvent = (r: EventRow): CalendarEvent => ({ ...r, allDay: r.allDay === 1 });

/** An event with what the calendar and the reminder planner need besides it. */
export interface EventWithPlan extends CalendarEvent {
  reminderOffsets: number[] | null;
  updatedAt: string;
}
type PlanRow = EventRow & { reminderOffsets: string | null; updatedAt: string };
const PLAN_SELECT = `SELECT ${COLUMNS}, e.reminder_offsets AS reminderOffsets, e.updated_at AS updatedAt FROM events e`;
const toPlan = (r: PlanRow): EventWithPlan => ({
  ...toEvent(r),
  reminderOffsets: r.reminderOffsets === null ? null : (JSON.parse(r.reminderOffsets) as number[]),
  updatedAt: r.updatedAt,
});

const offsetsJson = (v: number[] | null | undefined): string | null =>
  v ? JSON.stringify([...new Set(v)].sort((a, b) => b - a)) : null;

/** `at`: when the change happens (the core's clock); it stamps `updated_at`, which the reminder planner reads. */
export function createEvent(db: Db, e: NewEvent, at: string): CalendarEvent {
  const info = cached(
    db,
    `INSERT INTO events (application_id, kind, title, all_day, day, starts_at, duration_minutes, location, url, round_name, notes, reminder_offsets, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    offsetsJson(e.reminderOffsets),
    at,
    at,
  );
  return getEvent(db, Number(info.lastInsertRowid));
}

export function getEvent(db: Db, id: number): CalendarEvent {
  const row = cached(db, `${SELECT} WHERE e.id = ?`).get(id) as EventRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `There is no event #${id}; it may have been deleted.`);
  return toEvent(row);
}

export function getEventWithPlan(db: Db, id: number): EventWithPlan {
  const row = cached(db, `${PLAN_SELECT} WHERE e.id = ?`).get(id) as PlanRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `There is no event #${id}; it may have been deleted.`);
  return toPlan(row);
}

/**
 * The incremental pass's query: events changed at or after a time. Read through `events_updated` (named, since
 * with `ORDER BY id` SQLite would rather scan the whole table in id order), so after one change it reads one
 * row, not 100,000. Exported for the test that checks the plan.
 */
export const CHANGED_EVENTS_SQL = `${PLAN_SELECT} INDEXED BY events_updated WHERE e.updated_at >= ?`;

/**
 * Events with their plans: all of them, those changed at or after `changedSince`, or those with an id in
 * [from, to) (the scheduler's first pass, a slice at a time); by id.
 */
export function listEventsWithPlan(db: Db, changedSince?: string, idRange?: readonly [number, number]): EventWithPlan[] {
  const rows = changedSince
    ? (cached(db, CHANGED_EVENTS_SQL).all(changedSince) as PlanRow[]).sort((a, b) => a.id - b.id)
    : idRange
      ? (cached(db, `${PLAN_SELECT} WHERE e.id >= ? AND e.id < ? ORDER BY e.id`).all(idRange[0], idRange[1]) as PlanRow[])
      : (cached(db, `${PLAN_SELECT} ORDER BY e.id`).all() as PlanRow[]);
  return rows.map(toPlan);
}

/** The highest event id (0 with none): the end of the scheduler's sliced first pass. */
export const maxEventId = (db: Db): number =>
  (cached(db, 'SELECT coalesce(max(id), 0) AS id FROM events').get() as { id: number }).id;

/**
 * Events in a range: all-day ones by day in [fromDay, toDay]; timed ones by start in [fromIso, toIso).
 * The caller turns the days into instants in the user's time zone.
 */
export function listEventsInRange(db: Db, fromDay: string, toDay: string, fromIso: string, toIso: string): EventWithPlan[] {
  return (
    cached(
      db,
      `${PLAN_SELECT} WHERE (e.all_day = 1 AND e.day BETWEEN ? AND ?) OR (e.all_day = 0 AND e.starts_at >= ? AND e.starts_at < ?)
         ORDER BY coalesce(e.starts_at, e.day), e.id`,
    ).all(fromDay, toDay, fromIso, toIso) as PlanRow[]
  ).map(toPlan);
}

export function listEventsForApplication(db: Db, applicationId: number): CalendarEvent[] {
  return (
    cached(db, `${SELECT} WHERE e.application_id = ? ORDER BY coalesce(e.day, e.starts_at), e.id`).all(
      applicationId,
    ) as EventRow[]
  ).map(toEvent);
}

/** Applies a patch; switching between all-day and timed needs the matching day or start. */
export function updateEvent(db: Db, id: number, patch: EventPatch, at: string): CalendarEvent {
  const current = getEventWithPlan(db, id);
  const allDay = patch.allDay ?? current.allDay;
  const day = patch.day !== undefined ? patch.day : current.day;
  const startsAt = patch.startsAt !== undefined ? patch.startsAt : current.startsAt;
  if (allDay && !day) throw new ApiError('BAD_INPUT', 'An all-day event needs a day: pick a date.');
  if (!allDay && !startsAt) throw new ApiError('BAD_INPUT', 'A timed event needs a start: pick a date and a time.');
  const pick = <K extends keyof EventPatch>(k: K, fallback: EventPatch[K]) => (patch[k] !== undefined ? patch[k] : fallback);
  cached(
    db,
    `UPDATE events SET kind = ?, title = ?, all_day = ?, day = ?, starts_at = ?, duration_minutes = ?, location = ?, url = ?,
       round_name = ?, notes = ?, reminder_offsets = ?, updated_at = ? WHERE id = ?`,
  ).run(
    pick('kind', current.kind),
    pick('title', current.title) ?? '',
    allDay ? 1 : 0,
    allDay ? day : null,
    allDay ? null : startsAt,
    pick('durationMinutes', current.durationMinutes) ?? null,
    pick('location', current.location) ?? null,
    pick('url', current.url) ?? null,
    pick('roundName', current.roundName) ?? null,
    pick('notes', current.notes) ?? '',
    patch.reminderOffsets !== undefined ? offsetsJson(patch.reminderOffsets) : offsetsJson(current.reminderOffsets),
    at,
    id,
  );
  return getEvent(db, id);
}

/** Deletes the event (its reminders go with it) and returns it as it was. */
export function deleteEvent(db: Db, id: number): EventWithPlan {
  const event = getEventWithPlan(db, id);
  cached(db, 'DELETE FROM events WHERE id = ?').run(id);
  return event;
}

/** Planning, moving or changing an event counts as activity on its application (it quiets the follow-up nudge). */
export function touchApplicationActivity(db: Db, applicationId: number, at: string): void {
  cached(db, 'UPDATE applications SET last_activity_at = max(last_activity_at, ?) WHERE id = ?').run(at, applicationId);
}

/**
 * Keeps the one deadline event of an application in step with its posting's deadline. Reminders follow
 * without the caller doing anything: the reminder scheduler re-plans every event whose `updated_at` moved.
 */
export function syncDeadlineEvent(db: Db, applicationId: number, deadline: string | null, title: string, at: string): void {
  const existing = cached(
    db,
    "SELECT id, day FROM events WHERE application_id = ? AND kind = 'deadline' ORDER BY id LIMIT 1",
  ).get(applicationId) as { id: number; day: string | null } | undefined;
  if (!deadline) {
    if (existing) cached(db, 'DELETE FROM events WHERE id = ?').run(existing.id);
    return;
  }
  if (existing) {
    if (existing.day !== deadline)
      cached(db, 'UPDATE events SET day = ?, all_day = 1, starts_at = NULL, updated_at = ? WHERE id = ?').run(
        deadline,
        at,
        existing.id,
      );
  } else {
    createEvent(db, { applicationId, kind: 'deadline', title, allDay: true, day: deadline }, at);
  }
}

/**
 * The reverse of `syncDeadlineEvent`: after the deadline event is moved, edited or deleted in the calendar,
 * the posting's deadline (shown on the board card) follows it.
 */
export function mirrorDeadlineToPosting(db: Db, applicationId: number, at: string): void {
  const first = cached(
    db,
    "SELECT day FROM events WHERE application_id = ? AND kind = 'deadline' AND all_day = 1 ORDER BY id LIMIT 1",
  ).get(applicationId) as { day: string } | undefined;
  cached(
    db,
    'UPDATE postings SET deadline = ?, updated_at = ? WHERE id = (SELECT posting_id FROM applications WHERE id = ?) AND deadline IS NOT ?',
  ).run(first?.day ?? null, at, applicationId, first?.day ?? null);
}
