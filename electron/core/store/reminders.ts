import type { ActiveReminder, PlannedReminder, ReminderState, SnoozedReminder } from '../../../shared/api-calendar';
import type { Page } from '../../../shared/api-pages';
import { ApiError } from '../../../shared/envelope';
import { cached, type Db } from './db';

/**
 * A reminder row's life: planned (due_at) → delivered (delivered_at, missed if Pursuit was closed or asleep
 * at the time) → dismissed (dismissed_at). Snoozing a delivered one clears delivered_at and sets
 * snoozed_until, so it is delivered once more at that time. A reminder planned when its time had already
 * passed is "skipped": dismissed_at set, never delivered, never snoozed.
 */
export interface ReminderRow {
  id: number;
  eventId: number;
  offsetMinutes: number;
  dueAt: string;
  deliveredAt: string | null;
  missed: boolean;
  snoozedUntil: string | null;
  dismissedAt: string | null;
  basis: string | null;
}

const SELECT = `SELECT id, event_id AS eventId, offset_minutes AS offsetMinutes, due_at AS dueAt, delivered_at AS deliveredAt,
  missed, snoozed_until AS snoozedUntil, dismissed_at AS dismissedAt, basis FROM reminders`;
type Row = Omit<ReminderRow, 'missed'> & { missed: number };
const toReminder = (r: Row): ReminderRow => ({ ...r, missed: r.missed === 1 });

export function stateOf(r: ReminderRow): ReminderState {
  if (r.dismissedAt) return r.deliveredAt || r.snoozedUntil ? 'dismissed' : 'skipped';
  if (r.deliveredAt) return 'shown';
  return r.snoozedUntil ? 'snoozed' : 'pending';
}

export const toPlanned = (r: ReminderRow): PlannedReminder => ({
  id: r.id,
  offsetMinutes: r.offsetMinutes,
  dueAt: r.dueAt,
  state: stateOf(r),
});

export function getReminder(db: Db, id: number): ReminderRow {
  const row = cached(db, `${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'That reminder no longer exists; its event may have been deleted.');
  return toReminder(row);
}

export function listRemindersForEvent(db: Db, eventId: number): ReminderRow[] {
  return (cached(db, `${SELECT} WHERE event_id = ? ORDER BY due_at, id`).all(eventId) as Row[]).map(toReminder);
}

/** The reminders of many events at once, by event (the calendar lists a month of events in one query). */
export function listRemindersForEvents(db: Db, eventIds: number[]): Map<number, ReminderRow[]> {
  const rows = cached(db, `${SELECT} WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, due_at, id`).all(
    JSON.stringify(eventIds),
  ) as Row[];
  const map = new Map<number, ReminderRow[]>();
  for (const r of rows) map.set(r.eventId, [...(map.get(r.eventId) ?? []), toReminder(r)]);
  return map;
}

export function addReminder(
  db: Db,
  eventId: number,
  offsetMinutes: number,
  dueAt: string,
  basis: string | null,
  skippedAt: string | null,
  at: string,
): ReminderRow {
  const info = cached(
    db,
    'INSERT INTO reminders (event_id, offset_minutes, due_at, basis, dismissed_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(eventId, offsetMinutes, dueAt, basis, skippedAt, at);
  return getReminder(db, Number(info.lastInsertRowid));
}

/** The event moved: the reminder starts over at its new time (or is skipped if that time has passed). */
export function restartReminder(db: Db, id: number, dueAt: string, basis: string, skippedAt: string | null): void {
  cached(
    db,
    'UPDATE reminders SET due_at = ?, basis = ?, delivered_at = NULL, missed = 0, snoozed_until = NULL, dismissed_at = ? WHERE id = ?',
  ).run(dueAt, basis, skippedAt, id);
}

/** Same event, new time of day (morning time or time zone changed): only the due time moves. */
export function setReminderDue(db: Db, id: number, dueAt: string): void {
  cached(db, 'UPDATE reminders SET due_at = ? WHERE id = ?').run(dueAt, id);
}

export function deleteReminder(db: Db, id: number): void {
  cached(db, 'DELETE FROM reminders WHERE id = ?').run(id);
}

/**
 * The due-reminder query, read through `reminders_pending` (migration 006: only undelivered, undismissed rows,
 * by their effective time), so a tick reads the due rows and no others. Named, since SQLite would otherwise
 * pick `reminders_active` and walk every pending reminder. Exported for the test that checks the plan.
 */
export const DUE_REMINDERS_SQL = `${SELECT} INDEXED BY reminders_pending
  WHERE dismissed_at IS NULL AND delivered_at IS NULL AND coalesce(snoozed_until, due_at) <= ?
  ORDER BY coalesce(snoozed_until, due_at), id LIMIT ?`;

/** Reminders whose (snoozed) time has come and that have not been delivered yet; the first `limit` of them. */
export function listDueReminders(db: Db, atIso: string, limit = 500): ReminderRow[] {
  return (cached(db, DUE_REMINDERS_SQL).all(atIso, limit) as Row[]).map(toReminder);
}

/**
 * Marks a reminder delivered. Only one caller can win (the row is claimed with a conditional update), so two
 * processes on the same data folder, or a restart mid-tick, never deliver it twice.
 */
export function claimReminder(db: Db, id: number, atIso: string, missed: boolean): boolean {
  return (
    cached(
      db,
      'UPDATE reminders SET delivered_at = ?, missed = ? WHERE id = ? AND delivered_at IS NULL AND dismissed_at IS NULL',
    ).run(atIso, missed ? 1 : 0, id).changes === 1
  );
}

const JOINED_COLUMNS = `SELECT r.id, r.event_id AS eventId, r.offset_minutes AS offsetMinutes, r.due_at AS dueAt, r.delivered_at AS deliveredAt,
    r.missed, r.snoozed_until AS snoozedUntil,
    e.kind, e.title AS eventTitle, e.all_day AS allDay, e.day, e.starts_at AS startsAt, e.location, e.url, e.round_name AS roundName,
    a.id AS applicationId, coalesce(p.title, '') AS appTitle, coalesce(p.company, '') AS company`;
const JOINED = `${JOINED_COLUMNS}
  FROM reminders r JOIN events e ON e.id = r.event_id JOIN applications a ON a.id = e.application_id JOIN postings p ON p.id = a.posting_id`;

interface JoinedRow {
  id: number;
  eventId: number;
  offsetMinutes: number;
  dueAt: string;
  deliveredAt: string | null;
  missed: number;
  snoozedUntil: string | null;
  kind: ActiveReminder['event']['kind'];
  eventTitle: string;
  allDay: number;
  day: string | null;
  startsAt: string | null;
  location: string | null;
  url: string | null;
  roundName: string | null;
  applicationId: number;
  appTitle: string;
  company: string;
}

const eventPart = (r: JoinedRow): ActiveReminder['event'] => ({
  kind: r.kind,
  title: r.eventTitle,
  allDay: r.allDay === 1,
  day: r.day,
  startsAt: r.startsAt,
  location: r.location,
  url: r.url,
  roundName: r.roundName,
});
const appPart = (r: JoinedRow): ActiveReminder['application'] => ({ id: r.applicationId, title: r.appTitle, company: r.company });

const toActive = (r: JoinedRow): ActiveReminder => ({
  id: r.id,
  eventId: r.eventId,
  offsetMinutes: r.offsetMinutes,
  dueAt: r.snoozedUntil ?? r.dueAt,
  deliveredAt: r.deliveredAt ?? '',
  missed: r.missed === 1,
  event: eventPart(r),
  application: appPart(r),
});

export function getActiveReminder(db: Db, id: number): ActiveReminder {
  const row = cached(db, `${JOINED} WHERE r.id = ?`).get(id) as JoinedRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'That reminder no longer exists; its event may have been deleted.');
  return toActive(row);
}

/** Delivered and not dismissed: what the reminders panel lists, newest first. An archived application needs no reminding. */
const ACTIVE = 'r.delivered_at IS NOT NULL AND r.dismissed_at IS NULL AND a.archived = 0';
/**
 * Read from the fired reminders (`reminders_active`, newest last) outwards, one lookup per row: left to itself
 * SQLite walked every application, its events and their reminders and sorted the lot (185 ms for the first
 * page at 10,000 sample applications, on every page load; 2 ms this way, the index giving the order).
 */
const ACTIVE_FROM = `FROM reminders r INDEXED BY reminders_active
  CROSS JOIN events e ON e.id = r.event_id CROSS JOIN applications a ON a.id = e.application_id`;
const NEWEST_FIRST = 'ORDER BY r.delivered_at DESC, r.id DESC';
/** The badge's page of fired reminders; exported for the test that checks its plan. */
export const ACTIVE_PAGE_SQL = `${JOINED_COLUMNS} ${ACTIVE_FROM} JOIN postings p ON p.id = a.posting_id WHERE ${ACTIVE} ${NEWEST_FIRST} LIMIT ? OFFSET ?`;
/**
 * How many: every fired reminder (counted in the index alone) less those of archived applications (few): a
 * count through the joins looked up an event and an application per reminder, 50-85 ms at 100,000 sample
 * applications (39,000 fired) on every badge load. A reminder always has its event and application
 * (foreign keys, deleted with them), so the two counts agree.
 */
export const ACTIVE_COUNT_SQL = `SELECT
  (SELECT count(*) FROM reminders r INDEXED BY reminders_active WHERE r.delivered_at IS NOT NULL AND r.dismissed_at IS NULL)
  - (SELECT count(*) FROM applications a CROSS JOIN events e ON e.application_id = a.id CROSS JOIN reminders r ON r.event_id = e.id
      WHERE a.archived = 1 AND r.delivered_at IS NOT NULL AND r.dismissed_at IS NULL) AS total`;

/** The same list a page at a time, with how many there are in all. */
export function pageActiveReminders(db: Db, offset: number, limit: number): Page<ActiveReminder> {
  const items = (cached(db, ACTIVE_PAGE_SQL).all(limit, offset) as JoinedRow[]).map(toActive);
  const { total } = cached(db, ACTIVE_COUNT_SQL).get() as { total: number };
  return { total, offset, items };
}

export function listActiveReminders(db: Db): ActiveReminder[] {
  return (
    cached(
      db,
      `${JOINED_COLUMNS} ${ACTIVE_FROM} JOIN postings p ON p.id = a.posting_id WHERE ${ACTIVE} ${NEWEST_FIRST}`,
    ).all() as JoinedRow[]
  ).map(toActive);
}

export function listSnoozedReminders(db: Db): SnoozedReminder[] {
  return (
    cached(
      db,
      `${JOINED} WHERE r.delivered_at IS NULL AND r.dismissed_at IS NULL AND r.snoozed_until IS NOT NULL AND a.archived = 0 ORDER BY r.snoozed_until, r.id`,
    ).all() as JoinedRow[]
  ).map((r) => ({ id: r.id, snoozedUntil: r.snoozedUntil ?? '', event: eventPart(r), application: appPart(r) }));
}

export function snoozeReminder(db: Db, id: number, untilIso: string): void {
  const r = getReminder(db, id);
  if (r.dismissedAt) throw new ApiError('CONFLICT', 'That reminder was already dismissed.');
  cached(db, 'UPDATE reminders SET snoozed_until = ?, delivered_at = NULL, missed = 0 WHERE id = ?').run(untilIso, id);
}

export function dismissReminder(db: Db, id: number, atIso: string): void {
  getReminder(db, id);
  cached(db, 'UPDATE reminders SET dismissed_at = coalesce(dismissed_at, ?) WHERE id = ?').run(atIso, id);
}
