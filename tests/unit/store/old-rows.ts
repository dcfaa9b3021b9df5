import type { Db } from '../../../electron/core/store/db';

/**
 * One application written with plain SQL, as an older schema (before migration 2) holds it: a posting titled
 * "Baker" at `company` with `text`, in the first stage. For migration tests, which cannot use today's store.
 */
export function insertOldApplication(db: Db, company: string, text: string): void {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO postings (title, company, clean_text, content_hash, created_at, updated_at) VALUES ('Baker', ?, ?, 'h', ?, ?)`,
  ).run(company, text, now, now);
  db.prepare(
    `INSERT INTO applications (posting_id, stage_id, position, date_saved, created_at, updated_at, last_activity_at) VALUES (1, 1, 0, '2026-01-01', ?, ?, ?)`,
  ).run(now, now, now);
}
