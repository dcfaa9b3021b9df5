import type { ReminderSettings } from '../../../shared/api-calendar';
import { isRealDay, isRealInstant } from '../../../shared/real-date';
import { logBadRowOnce } from '../store/bad-dates';
import type { Db } from '../store/db';
import { writeTransaction } from '../store/db';
import { getEventWithPlan, listEventsWithPlan, type EventWithPlan } from '../store/events';
import {
  addReminder,
  deleteReminder,
  listRemindersForEvents,
  restartReminder,
  setReminderDue,
  type ReminderRow,
} from '../store/reminders';
import { basisOf, reminderDueAt } from './schedule';
import { getReminderSettings, morningMinutes, offsetsFor } from './settings';

export interface PlanOptions {
  /** Only these events (after a change through the API); default all. */
  eventIds?: number[];
  /** Only events whose `updated_at` is at or after this (the scheduler's incremental pass). */
  changedSince?: string;
  /**
   * When the change being planned for happened. A reminder whose time is already past at that moment is
   * skipped, never shown: adding an interview for in an hour does not fire its "1 day before" reminder. The
   * event's own `updated_at` is used too, so a deadline saved by the CLI while the app was closed still gets
   * its reminders delivered (as missed) when the app starts.
   */
  changedAt?: Date;
  settings?: ReminderSettings;
}

/**
 * Brings the reminder rows of events in line with their schedules and the settings; idempotent, so it is safe
 * to run on every tick. Returns how many rows it inserted, moved or deleted.
 */
export function planReminders(db: Db, options: PlanOptions = {}): number {
  const settings = options.settings ?? getReminderSettings(db);
  const morning = morningMinutes(settings);
  return writeTransaction(db, () => {
    const events = options.eventIds
      ? options.eventIds.flatMap((id) => {
          try {
            return [getEventWithPlan(db, id)];
          } catch {
            return []; // deleted meanwhile; its reminders went with it
          }
        })
      : listEventsWithPlan(db, options.changedSince);
    const rows = listRemindersForEvents(
      db,
      events.map((e) => e.id),
    );
    let changes = 0;
    for (const event of events) {
      // A day or start an older build (or a hand edit) stored that is not a real date cannot be planned:
      // skip it (system.status lists it for the user to fix) instead of throwing on every tick.
      if (!hasRealSchedule(event)) {
        logBadRowOnce('reminder planner', `event #${event.id}`, event.allDay ? event.day : event.startsAt);
        continue;
      }
      changes += planEvent(db, event, rows.get(event.id) ?? [], settings, morning, options.changedAt);
    }
    return changes;
  });
}

/** Whether the event's day (all-day) or start (timed) is a real date, so its reminders can be computed. */
export const hasRealSchedule = (event: Pick<EventWithPlan, 'allDay' | 'day' | 'startsAt'>): boolean =>
  event.allDay ? isRealDay(event.day) : isRealInstant(event.startsAt);

function planEvent(
  db: Db,
  event: EventWithPlan,
  rows: ReminderRow[],
  settings: ReminderSettings,
  morning: number,
  changedAt?: Date,
): number {
  const wanted = offsetsFor(settings, event.kind, event.reminderOffsets);
  const basis = basisOf(event);
  const threshold = Math.max(Date.parse(event.updatedAt) || 0, changedAt?.getTime() ?? 0);
  const skippedAt = (due: Date) => (due.getTime() <= threshold ? new Date(threshold).toISOString() : null);
  const existing = new Map(rows.map((r) => [r.offsetMinutes, r]));
  let changes = 0;
  for (const offset of wanted) {
    const due = reminderDueAt(event, offset, morning);
    const dueIso = due.toISOString();
    const row = existing.get(offset);
    existing.delete(offset);
    if (!row) {
      addReminder(db, event.id, offset, dueIso, basis, skippedAt(due));
      changes++;
    } else if (row.basis !== basis) {
      restartReminder(db, row.id, dueIso, basis, skippedAt(due));
      changes++;
    } else if (row.dueAt !== dueIso && !row.deliveredAt && !row.dismissedAt) {
      // Same schedule, different wall clock (morning time or time zone changed): move it if not yet shown.
      setReminderDue(db, row.id, dueIso);
      changes++;
    }
  }
  for (const row of existing.values()) {
    deleteReminder(db, row.id);
    changes++;
  }
  return changes;
}
