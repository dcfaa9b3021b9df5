import type { BadDate, BadDateField } from '../../../shared/api-system';
import { isRealDay, isRealInstant } from '../../../shared/real-date';
import type { Db } from './db';

/**
 * Dates already stored that are not real (a database written by an older build, which checked days with a
 * regex only, or edited by hand). Background work skips such rows; `system.status` lists them so the app can
 * say which applications need a date fixed. The check itself is the shared one (real-date.ts), run inside
 * SQLite as a function so that only the bad rows come back, however large the database.
 */

const SOURCES: { field: BadDateField; kind: 'day' | 'instant'; sql: string }[] = [
  {
    field: 'deadline',
    kind: 'day',
    sql: 'SELECT a.id AS applicationId, p.deadline AS value FROM applications a JOIN postings p ON p.id = a.posting_id WHERE p.deadline IS NOT NULL',
  },
  {
    field: 'postedAt',
    kind: 'day',
    sql: 'SELECT a.id AS applicationId, p.posted_at AS value FROM applications a JOIN postings p ON p.id = a.posting_id WHERE p.posted_at IS NOT NULL',
  },
  { field: 'dateSaved', kind: 'day', sql: 'SELECT a.id AS applicationId, a.date_saved AS value FROM applications a' },
  {
    field: 'dateApplied',
    kind: 'day',
    sql: 'SELECT a.id AS applicationId, a.date_applied AS value FROM applications a WHERE a.date_applied IS NOT NULL',
  },
  {
    field: 'lastActivityAt',
    kind: 'instant',
    sql: 'SELECT a.id AS applicationId, a.last_activity_at AS value FROM applications a',
  },
  {
    field: 'eventDay',
    kind: 'day',
    sql: 'SELECT e.application_id AS applicationId, e.day AS value FROM events e WHERE e.all_day = 1',
  },
  {
    field: 'eventStart',
    kind: 'instant',
    sql: 'SELECT e.application_id AS applicationId, e.starts_at AS value FROM events e WHERE e.all_day = 0',
  },
];

const FUNCTIONS = new WeakSet<Db>();

/** Registers `pursuit_real_day(x)` and `pursuit_real_instant(x)` on this connection (once). */
export function registerDateFunctions(db: Db): void {
  if (FUNCTIONS.has(db)) return;
  db.function('pursuit_real_day', { deterministic: true }, (v: unknown) => (isRealDay(v) ? 1 : 0));
  db.function('pursuit_real_instant', { deterministic: true }, (v: unknown) => (isRealInstant(v) ? 1 : 0));
  FUNCTIONS.add(db);
}

/** Every stored date that is not a real one, by application (at most `limit` rows; `count` is all of them). */
export function findBadDates(db: Db, limit = 200): { count: number; rows: BadDate[] } {
  registerDateFunctions(db);
  const union = SOURCES.map(
    (s) =>
      `SELECT applicationId, '${s.field}' AS field, value FROM (${s.sql}) WHERE ${s.kind === 'day' ? 'pursuit_real_day' : 'pursuit_real_instant'}(value) = 0`,
  ).join(' UNION ALL ');
  const rows = db
    .prepare(
      `SELECT b.applicationId, b.field, CAST(b.value AS TEXT) AS value, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company
       FROM (${union}) b JOIN applications a ON a.id = b.applicationId JOIN postings p ON p.id = a.posting_id
       ORDER BY b.applicationId, b.field`,
    )
    .all() as (BadDate & { value: string | null })[];
  return {
    count: new Set(rows.map((r) => r.applicationId)).size,
    rows: rows.slice(0, limit).map((r) => ({ ...r, value: r.value ?? '' })),
  };
}

const logged = new Set<string>();

/** Logs a skipped bad row once per process (the scheduler ticks every 30 s; the log should not fill up). */
export function logBadRowOnce(where: string, key: string, value: unknown): void {
  const id = `${where}|${key}|${String(value)}`;
  if (logged.has(id)) return;
  logged.add(id);
  console.warn(`[pursuit] ${where}: skipped ${key}, its date ${JSON.stringify(value)} is not a real date; fix it in the app.`);
}
