import type { BadDate, BadDateField } from '../../../shared/api-system';
import { isRealDay, isRealInstant, MAX_YEAR, MIN_YEAR } from '../../../shared/real-date';
import { dataVersion } from './data-version';
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

/**
 * Values SQLite alone can vouch for, as the API writes them: `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM:SS.sssZ`, on a
 * day that exists (`date(v) = v` fails for 30 February and month 13) in years 1900 to 2200. Every value these
 * accept, the shared check accepts too; only the rest is handed to it. Calling into JavaScript for each of
 * the hundreds of thousands of dates in a large database made `system.status` take 150 ms at 10,000
 * applications (1.5 s at 100,000), on every start of the app.
 */
const PLAIN_DAY = (v: string): string =>
  `(typeof(${v}) = 'text' AND ${v} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND ${v} BETWEEN '${MIN_YEAR}-01-01' AND '${MAX_YEAR}-12-31' AND date(${v}) = ${v})`;
const PLAIN_INSTANT = (v: string): string =>
  `(typeof(${v}) = 'text' AND ${v} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z'
    AND substr(${v}, 12, 2) < '24' AND ${PLAIN_DAY(`substr(${v}, 1, 10)`)})`;

/** The SQL that is 1 for a real date: the plain shapes in SQL, anything else through the shared check. */
export const realDateSql = (kind: 'day' | 'instant', v: string): string =>
  kind === 'day'
    ? `CASE WHEN ${PLAIN_DAY(v)} THEN 1 ELSE pursuit_real_day(${v}) END`
    : `CASE WHEN ${PLAIN_INSTANT(v)} THEN 1 ELSE pursuit_real_instant(${v}) END`;

/** Every stored date that is not a real one, by application (at most `limit` rows; `count` is all of them). */
export function findBadDates(db: Db, limit = 200): { count: number; rows: BadDate[] } {
  registerDateFunctions(db);
  const union = SOURCES.map(
    (s) => `SELECT applicationId, '${s.field}' AS field, value FROM (${s.sql}) WHERE ${realDateSql(s.kind, 'value')} = 0`,
  ).join(' UNION ALL ');
  const rows = db
    .prepare(
      `SELECT b.applicationId, b.field, CAST(b.value AS TEXT) AS value, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company
       FROM (${union}) b JOIN applications a ON a.id = b.applicationId JOIN postings p ON p.id = a.posting_id
       ORDER BY b.applicationId, b.field`,
    )
    .all() as (Omit<BadDate, 'value'> & { value: string | null })[];
  return {
    count: new Set(rows.map((r) => r.applicationId)).size,
    rows: rows.slice(0, limit).map((r) => ({ ...r, value: r.value ?? '' })),
  };
}

/** The last `findBadDates` answer per connection, with the state of the data it was read from. */
const lastAnswer = new WeakMap<Db, { version: string; limit: number; answer: { count: number; rows: BadDate[] } }>();

/**
 * `findBadDates`, read again only when the data may have changed: the check reads every stored date (about
 * 1 s at 100,000 applications on a busy machine) and `system.status` asks at every page load. The answer is
 * the same while the data version stays (data-version.ts: neither this connection has written data nor another
 * one has committed), so nothing stale is ever returned; the reminders' own bookkeeping holds no date it checks.
 */
export function badDatesNow(db: Db, limit = 200): { count: number; rows: BadDate[] } {
  const version = dataVersion(db);
  const last = lastAnswer.get(db);
  if (last?.version === version && last.limit === limit) return last.answer;
  const answer = findBadDates(db, limit);
  lastAnswer.set(db, { version, limit, answer });
  return answer;
}

const logged = new Set<string>();

/** Logs a skipped bad row once per process (the scheduler ticks every 30 s; the log should not fill up). */
export function logBadRowOnce(where: string, key: string, value: unknown): void {
  const id = `${where}|${key}|${String(value)}`;
  if (logged.has(id)) return;
  logged.add(id);
  console.warn(`[pursuit] ${where}: skipped ${key}, its date ${JSON.stringify(value)} is not a real date; fix it in the app.`);
}
