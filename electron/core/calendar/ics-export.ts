import { addDays } from 'date-fns';
import ical, { ICalAlarmType, ICalEvent } from 'ical-generator';
import type { EventKind } from '../../../shared/domain';
import { isRealInstant } from '../../../shared/real-date';
import { logBadRowOnce } from '../store/bad-dates';
import { getExportSettings } from '../data/export-settings';
import type { Db } from '../store/db';
import { hasRealSchedule } from './reminder-plan';
import { listEventsWithPlan, type EventWithPlan } from '../store/events';
import { foldIcs } from './ics-fold';
import { localDay } from '../../../shared/dates';
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
 * as all-day VEVENTs, interviews and other timed events as timed VEVENTs, follow-ups as events too (Google
 * Calendar drops VTODOs; the export settings may ask for VTODOs with DUE instead). A video link goes into
 * LOCATION when the event has no place, and always into DESCRIPTION, where every calendar shows it. Each
 * event carries VALARMs matching its reminders in Pursuit. Archived applications are left out.
 *
 * One pass: one query for the applications, one for the events, each event written and its lines folded
 * (by `foldIcs`) as it is made. ical-generator's calendar `toString` is not used for the events: its folding
 * was what made a large export take 9 s (see ics-fold.ts). A VTODO is written as an event by ical-generator (escaping,
 * alarms) and its block then renamed, with DTSTART becoming DUE (a VTODO has no DTEND).
 */
export function exportIcs(db: Db, { now }: { now: Date }): string {
  const settings = getReminderSettings(db);
  const morning = morningMinutes(settings);
  const followUpsAsTodos = getExportSettings(db).icsFollowUps === 'todo';
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
  // The header as ical-generator writes it for an empty calendar; the events go before its END line. Events
  // are made on their own (`new ICalEvent`, not `cal.createEvent`), so the calendar does not hold every one
  // of them until the end: each is garbage as soon as its text is written.
  const empty = cal.toString();
  const header = empty.slice(0, empty.lastIndexOf('END:VCALENDAR'));
  const blocks: string[] = [];

  for (const event of listEventsWithPlan(db)) {
    const app = apps.get(event.applicationId);
    if (!app) continue;
    // A stored day or start that is not a real date (older build, hand edit) is left out, not a failed export.
    if (!hasRealSchedule(event)) {
      logBadRowOnce('calendar export', `event #${event.id}`, event.allDay ? event.day : event.startsAt);
      continue;
    }
    const updatedAt = isRealInstant(event.updatedAt) ? event.updatedAt : now.toISOString();
    const asTodo = followUpsAsTodos && event.kind === 'follow-up';
    const description = [
      event.url ? `Video link: ${event.url}` : null,
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
      location: event.location ?? event.url ?? null,
      url: event.url ?? null,
    };
    let vevent: ICalEvent;
    if (event.allDay && event.day) {
      // ical-generator writes an all-day date from the UTC fields of the Date: midnight UTC of that day.
      const start = new Date(`${event.day}T00:00:00Z`);
      vevent = new ICalEvent({ ...common, allDay: true, start, end: asTodo ? null : addDays(start, 1) }, cal);
    } else {
      const start = new Date(event.startsAt ?? now);
      const end = new Date(start.getTime() + (event.durationMinutes ?? 60) * 60_000);
      vevent = new ICalEvent({ ...common, start, end: asTodo ? null : end }, cal);
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
    const block = vevent.toString();
    blocks.push(foldIcs(asTodo ? toTodo(block) : block));
  }
  return `${header}${blocks.join('')}END:VCALENDAR\r\n`;
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
