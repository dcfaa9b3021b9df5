import type { EventInput } from '../../../shared/api-calendar';
import type { CalendarEvent } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { cached, type Db } from './db';
import { column, columnValues, insertSql, pickFields, setClause, type AllFields, type FieldColumns } from './field-columns';

/** An event as the contract takes it (`reminderOffsets` null or absent: the defaults for its kind). */
export type NewEvent = EventInput & { applicationId: number };
export type EventPatch = Partial<EventInput>;

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

const offsetsJson = (v: number[] | null): string | null => (v ? JSON.stringify([...new Set(v)].sort((a, b) => b - a)) : null);

/** Each event field of the contract (shared/api-calendar.ts) and its column: INSERT and UPDATE come from it. */
export const EVENT_COLUMNS: FieldColumns<EventInput> = {
  kind: column('kind'),
  title: column('title'),
  allDay: { all_day: (allDay: boolean) => (allDay ? 1 : 0) },
  day: column('day'),
  startsAt: column('starts_at'),
  durationMinutes: column('duration_minutes'),
  location: column('location'),
  url: column('url'),
  roundName: column('round_name'),
  notes: column('notes'),
  reminderOffsets: { reminder_offsets: offsetsJson },
};
export const EVENT_OWN_COLUMNS = ['application_id', 'created_at', 'updated_at'] as const;
const INSERT_EVENT = insertSql('events', EVENT_OWN_COLUMNS, EVENT_COLUMNS);

/** Every field as stored: defaults for the ones left out; a day only when all-day, a start only when timed. */
const storedFields = (e: EventInput): AllFields<EventInput> => ({
  kind: e.kind,
  title: e.title ?? '',
  allDay: e.allDay,
  day: e.allDay ? (e.day ?? null) : null,
  startsAt: e.allDay ? null : (e.startsAt ?? null),
  durationMinutes: e.durationMinutes ?? null,
  location: e.location ?? null,
  url: e.url ?? null,
  roundName: e.roundName ?? null,
  notes: e.notes ?? '',
  reminderOffsets: e.reminderOffsets ?? null,
});

/** A saved event's fields, what an update starts from. */
const fieldsOf = ({ id: _id, applicationId: _app, updatedAt: _at, ...fields }: EventWithPlan): AllFields<EventInput> => fields;

/** `at`: when the change happens (the core's clock); it stamps `updated_at`, which the reminder planner reads. */
export function createEvent(db: Db, e: NewEvent, at: string): CalendarEvent {
  const info = cached(db, INSERT_EVENT).run(e.applicationId, at, at, ...columnValues(EVENT_COLUMNS, storedFields(e)));
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
  // The saved fields with the patch's given ones over them; every column is written (a whole-row update).
  const next: EventInput = { ...fieldsOf(getEventWithPlan(db, id)), ...pickFields(patch, EVENT_COLUMNS) };
  if (next.allDay && !next.day) throw new ApiError('BAD_INPUT', 'An all-day event needs a day: pick a date.');
  if (!next.allDay && !next.startsAt) throw new ApiError('BAD_INPUT', 'A timed event needs a start: pick a date and a time.');
  const set = setClause(EVENT_COLUMNS, storedFields(next), ['updated_at']);
  cached(db, `UPDATE events ${set.sql} WHERE id = ?`).run(...set.values, at, id);
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
