import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import type { calendarApi, CalendarItem, EventApplication, EventInput } from '../../../shared/api-calendar';
import { ApiError } from '../../../shared/envelope';
import { appliedPosition } from '../../../shared/stage-order';
import { exportIcs, icsFileName } from '../calendar/ics-export';
import { dismissNudge, listNudges, markGhosted } from '../calendar/nudges';
import { planReminders } from '../calendar/reminder-plan';
import { localDay } from '../../../shared/dates';
import { moveToDay, snoozeUntil } from '../calendar/schedule';
import { getReminderSettings, morningMinutes, updateReminderSettings } from '../calendar/settings';
import { getApplicationSummary } from '../store/applications';
import type { Db } from '../store/db';
import { writeTransaction } from '../store/db';
import { listStages } from '../store/stages';
import {
  createEvent,
  deleteEvent,
  getEventWithPlan,
  listEventsInRange,
  mirrorDeadlineToPosting,
  touchApplicationActivity,
  updateEvent,
  type EventPatch,
  type EventWithPlan,
} from '../store/events';
import {
  dismissReminder,
  listActiveReminders,
  listRemindersForEvents,
  listSnoozedReminders,
  snoozeReminder,
  toPlanned,
} from '../store/reminders';
import { hasRealSchedule } from '../calendar/reminder-plan';
import type { HandlerMap } from './types';

interface AppRow {
  id: number;
  title: string;
  company: string;
  stageName: string;
  closed: number;
}

function applicationsById(db: Db, ids: number[]): Map<number, EventApplication> {
  const rows = db
    .prepare(
      `SELECT a.id, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company, s.name AS stageName,
         (s.is_closed = 1 OR a.archived = 1) AS closed
       FROM applications a JOIN postings p ON p.id = a.posting_id JOIN stages s ON s.id = a.stage_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(ids)])) as AppRow[];
  return new Map(
    rows.map((r) => [r.id, { id: r.id, title: r.title, company: r.company, stageName: r.stageName, closed: r.closed === 1 }]),
  );
}

function toItems(db: Db, events: EventWithPlan[], now: Date): CalendarItem[] {
  const apps = applicationsById(
    db,
    events.map((e) => e.applicationId),
  );
  const reminders = listRemindersForEvents(
    db,
    events.map((e) => e.id),
  );
  const today = localDay(now);
  return events.flatMap((e) => {
    const application = apps.get(e.applicationId);
    // A stored day or start that is not a real date (older build, hand edit) would break the calendar's
    // date math: left out here, listed by system.status for the user to fix.
    if (!application || !hasRealSchedule(e)) return [];
    const { updatedAt: _updatedAt, ...event } = e;
    return [
      {
        ...event,
        application,
        passed: e.kind === 'deadline' && !application.closed && e.day !== null && e.day < today,
        reminders: (reminders.get(e.id) ?? []).map(toPlanned),
      },
    ];
  });
}

/**
 * An application deadline matters until the candidate has applied: the calendar lists it only while its
 * application is in a stage before Applied (the detail and the event itself keep it).
 */
function withoutSettledDeadlines(db: Db, items: CalendarItem[]): CalendarItem[] {
  const ids = items.filter((i) => i.kind === 'deadline').map((i) => i.applicationId);
  if (ids.length === 0) return items;
  const open = new Set(
    (
      db
        .prepare(
          `SELECT a.id FROM applications a JOIN stages s ON s.id = a.stage_id
           WHERE s.position < ? AND a.id IN (SELECT value FROM json_each(?))`,
        )
        .all(appliedPosition(listStages(db)), JSON.stringify([...new Set(ids)])) as { id: number }[]
    ).map((r) => r.id),
  );
  return items.filter((i) => i.kind !== 'deadline' || open.has(i.applicationId));
}

const itemOf = (db: Db, id: number, now: Date): CalendarItem => {
  const [item] = toItems(db, [getEventWithPlan(db, id)], now);
  if (!item) throw new ApiError('NOT_FOUND', `There is no event #${id}; it may have been deleted.`);
  return item;
};

/** Checks the all-day/timed pair and turns a start with an offset into UTC. */
function normalizeTiming<T extends Partial<EventInput>>(input: T): T {
  const out = { ...input };
  if (out.startsAt) out.startsAt = new Date(out.startsAt).toISOString();
  if (out.allDay === true && out.day === undefined && out.startsAt) out.day = localDay(new Date(out.startsAt));
  return out;
}

function requireTiming(e: Pick<EventInput, 'allDay' | 'day' | 'startsAt'>): void {
  if (e.allDay && !e.day) throw new ApiError('BAD_INPUT', 'An all-day event needs a day: pick a date.');
  if (!e.allDay && !e.startsAt) throw new ApiError('BAD_INPUT', 'A timed event needs a start: pick a date and a time.');
}

/** After any change to an event: its reminders, its application's activity and, for a deadline, the posting. */
function afterChange(db: Db, event: { id: number; applicationId: number }, kinds: string[], now: Date): void {
  touchApplicationActivity(db, event.applicationId, now.toISOString());
  if (kinds.includes('deadline')) mirrorDeadlineToPosting(db, event.applicationId, now.toISOString());
  planReminders(db, { eventIds: [event.id], changedAt: now });
}

export const calendarHandlers: HandlerMap<keyof typeof calendarApi> = {
  'calendar.range': ({ db, now }, { from, to }) => {
    if (to < from) throw new ApiError('BAD_INPUT', 'The range ends before it starts: swap the two dates.');
    if (differenceInCalendarDays(parseISO(to), parseISO(from)) > 400)
      throw new ApiError('BAD_INPUT', 'Ask for at most 400 days at a time.');
    const fromIso = parseISO(from).toISOString();
    const toIso = addDays(parseISO(to), 1).toISOString();
    return withoutSettledDeadlines(db, toItems(db, listEventsInRange(db, from, to, fromIso, toIso), now()));
  },

  'calendar.exportIcs': ({ db, now }) => {
    const at = now();
    return { fileName: icsFileName(at), content: exportIcs(db, { now: at }) };
  },

  'events.get': ({ db, now }, { id }) => itemOf(db, id, now()),

  'events.create': ({ db, now }, input) => {
    const at = now();
    const e = normalizeTiming(input);
    requireTiming(e);
    return writeTransaction(db, () => {
      getApplicationSummary(db, e.applicationId);
      const created = createEvent(db, e, at.toISOString());
      afterChange(db, created, [created.kind], at);
      return itemOf(db, created.id, at);
    });
  },

  'events.update': ({ db, now }, { id, patch }) => {
    const at = now();
    return writeTransaction(db, () => {
      const before = getEventWithPlan(db, id);
      const updated = updateEvent(db, id, normalizeTiming(patch), at.toISOString());
      afterChange(db, updated, [before.kind, updated.kind], at);
      return itemOf(db, id, at);
    });
  },

  'events.move': ({ db, now }, { id, day }) => {
    const at = now();
    return writeTransaction(db, () => {
      const before = getEventWithPlan(db, id);
      const patch: EventPatch = before.allDay
        ? { day }
        : { startsAt: moveToDay(before.startsAt ?? at.toISOString(), day).toISOString() };
      const updated = updateEvent(db, id, patch, at.toISOString());
      afterChange(db, updated, [updated.kind], at);
      return itemOf(db, id, at);
    });
  },

  'events.delete': ({ db, now }, { id }) =>
    writeTransaction(db, () => {
      const at = now().toISOString();
      const e = deleteEvent(db, id);
      touchApplicationActivity(db, e.applicationId, at);
      if (e.kind === 'deadline') mirrorDeadlineToPosting(db, e.applicationId, at);
      return {
        id,
        restore: {
          applicationId: e.applicationId,
          kind: e.kind,
          title: e.title,
          allDay: e.allDay,
          day: e.day,
          startsAt: e.startsAt,
          durationMinutes: e.durationMinutes,
          location: e.location,
          url: e.url,
          roundName: e.roundName,
          notes: e.notes,
          reminderOffsets: e.reminderOffsets,
        },
      };
    }),

  'reminders.active': ({ db }) => listActiveReminders(db),
  'reminders.snoozed': ({ db }) => listSnoozedReminders(db),
  'reminders.snooze': ({ db, now }, { id, until }) => {
    const at = snoozeUntil(until, now(), morningMinutes(getReminderSettings(db))).toISOString();
    snoozeReminder(db, id, at);
    return { id, snoozedUntil: at };
  },
  'reminders.dismiss': ({ db, now }, { id }) => {
    dismissReminder(db, id, now().toISOString());
    return { id };
  },
  'reminders.settings': ({ db }) => getReminderSettings(db),
  'reminders.updateSettings': ({ db, now }, patch) =>
    writeTransaction(db, () => {
      const settings = updateReminderSettings(db, patch);
      planReminders(db, { settings, changedAt: now() });
      return settings;
    }),

  'nudges.list': ({ db, now }) => listNudges(db, now()),
  'nudges.dismiss': ({ db, now }, { applicationId, kind }) => {
    dismissNudge(db, applicationId, kind, now());
    return { applicationId };
  },
  'nudges.markGhosted': ({ db, now }, { applicationId }) => markGhosted(db, applicationId, now()),
};
