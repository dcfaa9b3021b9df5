import { addDays, parseISO } from 'date-fns';
import type { ReminderSettings } from '../../../shared/api-calendar';
import { isRealDay, isRealInstant } from '../../../shared/real-date';
import { logBadRowOnce } from '../store/bad-dates';
import { untrackedWrite } from '../store/data-version';
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
  /** Only events with an id in [from, to): the scheduler's first pass, in slices that leave the host answering. */
  idRange?: readonly [number, number];
  /**
   * When the change being planned for happened. A reminder whose time is already past at that moment is
   * skipped: adding an interview for tomorrow morning does not fire its "3 days before" reminder. But when
   * every reminder of an event that is still ahead has passed (an interview added 40 minutes before it starts,
   * with a 1-hour reminder), the latest of them fires at once, once, instead of the event going unannounced.
   * The event's own `updated_at` is used too, so a deadline saved by the CLI while the app was closed still
   * gets its reminders delivered (as missed) when the app starts.
   */
  changedAt?: Date;
  /** The clock now (the scheduler's); a reminder held to fire at once is not moved back into the past. */
  now?: Date;
  settings?: ReminderSettings;
}

/**
 * Brings the reminder rows of events in line with their schedules and the settings; idempotent, so it is safe
 * to run on every tick. Returns how many rows it inserted, moved or deleted.
 */
export function planReminders(db: Db, options: PlanOptions = {}): number {
  const settings = options.settings ?? getReminderSettings(db);
  const morning = morningMinutes(settings);
  // Reminders only: their rows leave the data version (and system.status's cached dates check) as it was.
  return untrackedWrite(db, () =>
    writeTransaction(db, () => {
      const events = options.eventIds
        ? options.eventIds.flatMap((id) => {
            try {
              return [getEventWithPlan(db, id)];
            } catch {
              return []; // deleted meanwhile; its reminders went with it
            }
          })
        : listEventsWithPlan(db, options.changedSince, options.idRange);
      const rows = listRemindersForEvents(
        db,
        events.map((e) => e.id),
      );
      let changes = 0;
      const at = { changedAt: options.changedAt, now: options.now ?? options.changedAt ?? new Date() };
      for (const event of events) {
        // A day or start an older build (or a hand edit) stored that is not a real date cannot be planned:
        // skip it (system.status lists it for the user to fix) instead of throwing on every tick.
        if (!hasRealSchedule(event)) {
          logBadRowOnce('reminder planner', `event #${event.id}`, event.allDay ? event.day : event.startsAt);
          continue;
        }
        changes += planEvent(db, event, rows.get(event.id) ?? [], settings, morning, at);
      }
      return changes;
    }),
  );
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
  at: { changedAt?: Date; now: Date },
): number {
  const wanted = offsetsFor(settings, event.kind, event.reminderOffsets);
  const basis = basisOf(event);
  const threshold = Math.max(Date.parse(event.updatedAt) || 0, at.changedAt?.getTime() ?? 0);
  const skippedAt = (due: Date) => (due.getTime() <= threshold ? new Date(threshold).toISOString() : null);
  const existing = new Map(rows.map((r) => [r.offsetMinutes, r]));
  const dues = new Map(wanted.map((offset) => [offset, reminderDueAt(event, offset, morning)]));
  const catchUp = catchUpOffset(event, dues, existing, basis, threshold);
  let changes = 0;
  for (const offset of wanted) {
    const due = dues.get(offset)!;
    // The one reminder that fires at once is due when the change happened, so it is not marked missed.
    const dueIso = offset === catchUp ? new Date(threshold).toISOString() : due.toISOString();
    const skipped = offset === catchUp ? null : skippedAt(due);
    const row = existing.get(offset);
    existing.delete(offset);
    if (!row) {
      addReminder(db, event.id, offset, dueIso, basis, skipped, at.now.toISOString());
      changes++;
    } else if (row.basis !== basis) {
      restartReminder(db, row.id, dueIso, basis, skipped);
      changes++;
    } else if (
      row.dueAt !== dueIso &&
      !row.deliveredAt &&
      !row.dismissedAt &&
      !(due.getTime() <= at.now.getTime() && Date.parse(row.dueAt) > due.getTime())
    ) {
      // Same schedule, different wall clock (morning time or time zone changed): move it if not yet shown,
      // but never back into the past (a reminder held to fire at once stays due when it was planned).
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

/**
 * The reminder to fire at once for an event created or moved after all its reminder times passed: the latest
 * of them, if the event itself is still ahead (a timed event has not started; an all-day one's day has not
 * ended) and no reminder of it is pending or already shown. Null when nothing needs catching up.
 */
function catchUpOffset(
  event: EventWithPlan,
  dues: Map<number, Date>,
  existing: Map<number, ReminderRow>,
  basis: string,
  threshold: number,
): number | null {
  const ends = event.allDay && event.day ? addDays(parseISO(event.day), 1) : event.startsAt ? new Date(event.startsAt) : null;
  if (!ends || ends.getTime() <= threshold) return null;
  let latest: { offset: number; due: number } | null = null;
  for (const [offset, due] of dues) {
    if (due.getTime() > threshold) return null; // a reminder is still to come
    const row = existing.get(offset);
    // Already planned for this schedule and not skipped: it was (or is about to be) shown.
    if (row?.basis === basis && !(row.dismissedAt && !row.deliveredAt && !row.snoozedUntil)) return null;
    if (!latest || due.getTime() > latest.due) latest = { offset, due: due.getTime() };
  }
  // Rows already planned for this schedule keep their state: only a new or moved event catches up.
  if (latest && existing.get(latest.offset)?.basis === basis) return null;
  return latest?.offset ?? null;
}
