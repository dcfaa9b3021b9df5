import type { Database } from 'better-sqlite3';

/**
 * Undo for "delete application": the deleted application's rows (posting, notes, contacts, documents,
 * events, reminders, history) kept as one JSON snapshot, so the Undo in the message can bring it all back
 * even after a restart. Only the most recent deletions are kept (see store/deleted-applications.ts).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE deleted_applications (
      application_id INTEGER PRIMARY KEY,
      snapshot       TEXT NOT NULL,
      deleted_at     TEXT NOT NULL
    );
    CREATE INDEX deleted_applications_at ON deleted_applications(deleted_at);
  `);
}
