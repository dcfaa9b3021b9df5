import { addDays } from 'date-fns';
import ical, { ICalAlarmType, type ICalEvent } from 'ical-generator';
import type { EventKind } from '../../../shared/domain';
import { isRealInstant } from '../../../shared/real-date';
import { logBadRowOnce } from '../store/bad-dates';
import type { Db } from '../store/db';
import { hasRealSchedule } from './reminder-plan';
import { listEventsWithPlan, type EventWithPlan } from '../store/events';
import { localDay } from './schedule';
import { getReminderSettings, morningMinutes, offsetsFor } from './settings';

const KIND_LABEL: Record<EventKind, string> = {
  deadline: 'Deadline',
  interview: 'Interview',
  'follow-up': 'Follow up',
  'offer-expiry': 'Offer expires',
  other: 'Event',
};

interface AppRow {
  id: number;
  title: string;
  company: string;
}

/** A UID that stays the same across exports, so re-importing the file updates events instead of doubling them. */
export const eventUid = (eventId: number): string => `pursuit-event-${eventId}@pursuit.local`;

/** SEQUENCE grows with every edit (seconds since 2024), so calendars that compare it take the newer copy. */
const sequenceOf = (updatedAt: string): number => Math.max(0, Math.floor((Date.parse(updatedAt) - Date.UTC(2024, 0, 1)) / 1000));

export function summaryOf(event: Pick<EventWithPlan, 'kind' | 'title' | 'roundName'>, app: AppRow): string {
  const what = event.title.trim() || (event.kind === 'interview' && event.roundName ? event.roundName : KIND_LABEL[event.kind]);
  return `${what}: ${app.title || 'Application'}${app.company ? ` at ${app.company}` : ''}`;
}

/**
 * The calendar as iCalendar text (RFC 5545), written with ical-generator: deadlines and other all-day events
 * as all-day VEVENTs, interviews and other timed events as timed VEVENTs with LOCATION, follow-ups as VTODOs
 * with DUE. Each carries VALARMs matching its reminders in Pursuit. Archived applications are left out.
 *
 * ical-generator writes events only; a follow-up is written as an event by it (escaping, folding, alarms)
 * and its block then renamed to a VTODO, with DTSTART becoming DUE (a VTODO has no DTEND).
 */
export function exportIcs(db: Db, { now }: { now: Date }): string {
  const settings = getReminderSettings(db);
  const morning = morningMinutes(settings);
  const apps = new Map(
    (
      db
        .prepare(
          `SELECT a.id, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company
           FROM applications a JOIN postings p ON p.id = a.posting_id WHERE a.archived = 0`,
        )
        .all() as AppRow[]
    ).map((a) => [a.id, a]),
  );
  const cal = ical({ name: 'Pursuit', prodId: { company: 'Pursuit', product: 'Pursuit', language: 'EN' } });
  const todos: string[] = [];

  for (const event of listEventsWithPlan(db)) {
    const app = apps.get(event.applicationId);
    if (!app) continue;
    // A stored day or start that is not a real date (older build, hand edit) is left out, not a failed export.
    if (!hasRealSchedule(event)) {
      logBadRowOnce('calendar export', `event #${event.id}`, event.allDay ? event.day : event.startsAt);
      continue;
    }
    const updatedAt = isRealInstant(event.updatedAt) ? event.updatedAt : now.toISOString();
    const asTodo = event.kind === 'follow-up';
    const description = [
      event.roundName ? `Round: ${event.roundName}` : null,
      event.notes.trim() || null,
      `${KIND_LABEL[event.kind]} for ${app.title}${app.company ? ` at ${app.company}` : ''} (Pursuit)`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const common = {
      id: eventUid(event.id),
      summary: summaryOf(event, app),
      description,
      stamp: now,
      lastModified: new Date(updatedAt),
      sequence: sequenceOf(updatedAt),
      location: event.location ?? null,
      url: event.url ?? null,
    };
    const target = asTodo ? ical() : cal;
    let vevent: ICalEvent;
    if (event.allDay && event.day) {
      // ical-generator writes an all-day date from the UTC fields of the Date: midnight UTC of that day.
      const start = new Date(`${event.day}T00:00:00Z`);
      vevent = target.createEvent({ ...common, allDay: true, start, end: asTodo ? null : addDays(start, 1) });
    } else {
      const start = new Date(event.startsAt ?? now);
      const end = new Date(start.getTime() + (event.durationMinutes ?? 60) * 60_000);
      vevent = target.createEvent({ ...common, start, end: asTodo ? null : end });
    }
    for (const offset of offsetsFor(settings, event.kind, event.reminderOffsets)) {
      // Relative triggers, so the alarm moves with the event in the calendar app. For an all-day event the
      // start is local midnight: "3 days before, at 09:00" is 3 days minus 9 hours before it.
      const secondsBefore = (offset - (event.allDay ? morning : 0)) * 60;
      const alarm = vevent.createAlarm({ type: ICalAlarmType.display, trigger: secondsBefore, description: common.summary });
      // Said outright: ical-generator relates a negative (after-start) trigger to END unless told.
      // A VTODO's relative alarm refers to its DUE, which is what END becomes after the renaming.
      alarm.relatesTo(asTodo ? 'END' : 'START');
    }
    if (asTodo) todos.push(toTodo(vevent.toString()));
  }

  const text = cal.toString();
  if (!todos.length) return text;
  const end = text.lastIndexOf('END:VCALENDAR');
  return `${text.slice(0, end)}${todos.join('')}${text.slice(end)}`;
}

function toTodo(vevent: string): string {
  return vevent
    .split('\r\n')
    .filter((line) => !/^DTEND[;:]/.test(line))
    .map((line) =>
      line === 'BEGIN:VEVENT' ? 'BEGIN:VTODO' : line === 'END:VEVENT' ? 'END:VTODO' : line.replace(/^DTSTART(?=[;:])/, 'DUE'),
    )
    .join('\r\n');
}

/** `pursuit-calendar-2027-03-15.ics`, dated by the local day like the other exports. */
export const icsFileName = (now: Date): string => `pursuit-calendar-${localDay(now)}.ics`;
