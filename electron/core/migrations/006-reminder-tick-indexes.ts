import type { Database } from 'better-sqlite3';

/**
 * A cheap reminder tick at 100,000 applications (issue 14): the scheduler asks after every write which
 * reminders are due. `reminders_pending` holds only the rows still to deliver, by the time they fire (the
 * snooze time if snoozed), so that question reads the due rows and stops; before, it walked every pending
 * reminder (128,000 at that size) through `reminders_active`.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX reminders_pending ON reminders(coalesce(snoozed_until, due_at))
      WHERE dismissed_at IS NULL AND delivered_at IS NULL;
  `);
}
