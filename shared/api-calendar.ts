import { z } from 'zod';
import { day, id, instant, method, optionalText } from './api-method';
import { EVENT_KINDS, type CalendarEvent, type EventKind } from './domain';

/** Methods for calendar, events, reminders, settings for them, .ics export (issue 5). */

/** Reminder and calendar settings; every field has a default (see electron/core/calendar/settings.ts). */
export interface ReminderSettings {
  /** Local wall-clock time of "the morning of the day" and "tomorrow morning", `HH:mm`. */
  morningTime: string;
  /** Minutes before the event, per kind. For all-day events they count back from the morning time of the day. */
  offsets: Record<EventKind, number[]>;
  /** An application in Applied with no activity for this many days gets a follow-up suggestion. */
  followUpAfterDays: number;
  /** ... and after this many, a suggestion to move it to Ghosted. */
  ghostedAfterDays: number;
  /** First day of the week in the calendar (0 Sunday ... 6 Saturday); null follows the locale. */
  weekStartsOn: number | null;
  /** Desktop app: closing the window leaves Pursuit in the tray, delivering reminders (default on). */
  keepRunningInTray: boolean;
  /** Desktop app: start Pursuit, hidden in the tray, when the user logs in (default off). */
  startAtLogin: boolean;
}

export type ReminderState = 'pending' | 'shown' | 'snoozed' | 'dismissed' | 'skipped';

export interface PlannedReminder {
  id: number;
  offsetMinutes: number;
  dueAt: string;
  state: ReminderState;
}

export interface EventApplication {
  id: number;
  title: string;
  company: string;
  stageName: string;
  /** In a closed stage (Rejected, Ghosted...) or archived. */
  closed: boolean;
}

/** An event as the calendar shows it. */
export interface CalendarItem extends CalendarEvent {
  /** This event's own reminder offsets; null uses the defaults for its kind. */
  reminderOffsets: number[] | null;
  application: EventApplication;
  /** A deadline that has passed while its application is still open. */
  passed: boolean;
  reminders: PlannedReminder[];
}

/** A reminder that has fired and is waiting in the reminders panel. */
export interface ActiveReminder {
  id: number;
  eventId: number;
  offsetMinutes: number;
  dueAt: string;
  deliveredAt: string;
  /** Pursuit was closed or the computer asleep at the due time. */
  missed: boolean;
  event: Pick<CalendarEvent, 'kind' | 'title' | 'allDay' | 'day' | 'startsAt' | 'location' | 'url' | 'roundName'>;
  application: Pick<EventApplication, 'id' | 'title' | 'company'>;
}

export interface SnoozedReminder {
  id: number;
  snoozedUntil: string;
  event: ActiveReminder['event'];
  application: ActiveReminder['application'];
}

export type NudgeKind = 'follow-up' | 'ghosted';

export interface Nudge {
  applicationId: number;
  title: string;
  company: string;
  kind: NudgeKind;
  daysSinceActivity: number;
  lastActivityAt: string;
}

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\/\S+$/i.test(s), 'Use a web address starting with http:// or https://');

const offsetsInput = z
  .array(
    z
      .number()
      .int()
      .min(0, 'A reminder cannot be after the event')
      .max(60 * 24 * 60, 'Reminders go back at most 60 days'),
  )
  .max(10, 'Keep it to 10 reminders or fewer')
  .nullable();

export const eventFields = z.object({
  kind: z.enum(EVENT_KINDS),
  title: z.string().trim().max(200, 'The title is longer than 200 characters').optional(),
  allDay: z.boolean(),
  day: day.nullable().optional(),
  startsAt: instant.nullable().optional(),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .nullable()
    .optional(),
  location: optionalText(300),
  url: httpUrl.nullable().optional(),
  roundName: optionalText(120),
  notes: z.string().max(5000).optional(),
  reminderOffsets: offsetsInput.optional(),
});
export type EventInput = z.infer<typeof eventFields>;

const settingsPatch = z
  .object({
    morningTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00')
      .optional(),
    offsets: z.partialRecord(z.enum(EVENT_KINDS), offsetsInput.unwrap()).optional(),
    followUpAfterDays: z.number().int().min(1).max(365).optional(),
    ghostedAfterDays: z.number().int().min(1).max(730).optional(),
    weekStartsOn: z.number().int().min(0).max(6).nullable().optional(),
    keepRunningInTray: z.boolean().optional(),
    startAtLogin: z.boolean().optional(),
  })
  .strict();

const TOPICS_EVENT = ['events', 'reminders', 'applications'] as const;

export const calendarApi = {
  /** Events whose day (all-day) or start (timed, in local time) falls in [from, to]. */
  'calendar.range': method<CalendarItem[]>()(z.object({ from: day, to: day }).strict()),
  'calendar.exportIcs': method<{ fileName: string; content: string }>()(z.object({}).strict()),

  'events.get': method<CalendarItem>()(z.object({ id }).strict()),
  'events.create': method<CalendarItem>()(eventFields.extend({ applicationId: id }).strict(), TOPICS_EVENT),
  'events.update': method<CalendarItem>()(z.object({ id, patch: eventFields.partial().strict() }).strict(), TOPICS_EVENT),
  /** Reschedules to another day; a timed event keeps its local time of day. */
  'events.move': method<CalendarItem>()(z.object({ id, day }).strict(), TOPICS_EVENT),
  /** Returns what is needed to put it back (Undo). */
  'events.delete': method<{ id: number; restore: EventInput & { applicationId: number } }>()(
    z.object({ id }).strict(),
    TOPICS_EVENT,
  ),

  'reminders.active': method<ActiveReminder[]>()(z.object({}).strict()),
  'reminders.snoozed': method<SnoozedReminder[]>()(z.object({}).strict()),
  'reminders.snooze': method<{ id: number; snoozedUntil: string }>()(
    z.object({ id, until: z.enum(['hour', 'tomorrow']) }).strict(),
    ['reminders'],
  ),
  'reminders.dismiss': method<{ id: number }>()(z.object({ id }).strict(), ['reminders']),
  'reminders.settings': method<ReminderSettings>()(z.object({}).strict()),
  'reminders.updateSettings': method<ReminderSettings>()(settingsPatch, ['settings', 'reminders', 'events']),

  'nudges.list': method<Nudge[]>()(z.object({}).strict()),
  'nudges.dismiss': method<{ applicationId: number }>()(
    z.object({ applicationId: id, kind: z.enum(['follow-up', 'ghosted']) }).strict(),
    ['applications'],
  ),
  /** Moves the application to the Ghosted stage, creating that stage (closed) the first time. */
  'nudges.markGhosted': method<{ applicationId: number; stageId: number }>()(z.object({ applicationId: id }).strict(), [
    'applications',
    'stages',
  ]),
} as const;
