import { nowIso, type Db } from './db';

export interface ReminderRow {
  id: number;
  eventId: number;
  offsetMinutes: number;
  dueAt: string;
  deliveredAt: string | null;
  missed: boolean;
  snoozedUntil: string | null;
  dismissedAt: string | null;
}

const SELECT = `SELECT id, event_id AS eventId, offset_minutes AS offsetMinutes, due_at AS dueAt, delivered_at AS deliveredAt,
  missed, snoozed_until AS snoozedUntil, dismissed_at AS dismissedAt FROM reminders`;
type Row = Omit<ReminderRow, 'missed'> & { missed: number };
const toReminder = (r: Row): ReminderRow => ({ ...r, missed: r.missed === 1 });

export function addReminder(db: Db, eventId: number, offsetMinutes: number, dueAt: string): ReminderRow {
  const info = db
    .prepare('INSERT INTO reminders (event_id, offset_minutes, due_at, created_at) VALUES (?, ?, ?, ?)')
    .run(eventId, offsetMinutes, dueAt, nowIso());
  return toReminder(db.prepare(`${SELECT} WHERE id = ?`).get(Number(info.lastInsertRowid)) as Row);
}

export function listRemindersForEvent(db: Db, eventId: number): ReminderRow[] {
  return (db.prepare(`${SELECT} WHERE event_id = ? ORDER BY due_at`).all(eventId) as Row[]).map(
    toReminder,
  );
}
