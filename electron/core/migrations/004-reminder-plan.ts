import type { Database } from 'better-sqlite3';

/**
 * Reminders that follow their events (issue 5):
 * - `events.reminder_offsets`: a JSON array of minutes-before for this one event; NULL uses the defaults
 *   in Settings. For all-day events the offset counts back from the morning hour of the day.
 * - `reminders.basis`: the event's schedule (day or start) the row was computed from. When the event moves
 *   the basis changes and the reminder starts over; when only the time zone or the morning hour changes, a
 *   reminder already shown keeps its state, so nothing fires twice.
 * - `nudge_dismissals`: a follow-up or "ghosted?" suggestion dismissed for the application's activity at
 *   that time; new activity starts the count again.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE events ADD COLUMN reminder_offsets TEXT;
    ALTER TABLE reminders ADD COLUMN basis TEXT;
    DELETE FROM reminders WHERE id NOT IN (SELECT min(id) FROM reminders GROUP BY event_id, offset_minutes);
    CREATE UNIQUE INDEX reminders_event_offset ON reminders(event_id, offset_minutes);
    CREATE INDEX reminders_active ON reminders(delivered_at) WHERE dismissed_at IS NULL;
    CREATE INDEX events_updated ON events(updated_at);
    CREATE TABLE nudge_dismissals (
      application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      kind           TEXT NOT NULL CHECK (kind IN ('follow-up', 'ghosted')),
      activity_at    TEXT NOT NULL,
      dismissed_at   TEXT NOT NULL,
      PRIMARY KEY (application_id, kind)
    ) WITHOUT ROWID;
  `);
}
