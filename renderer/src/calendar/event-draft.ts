import { format } from 'date-fns';
import type { CalendarItem, EventInput } from '../../../shared/api-calendar';
import type { EventKind } from '../../../shared/domain';

/** The event form's fields as typed (strings for the inputs), before they become an `EventInput`. */
export interface EventDraft {
  kind: EventKind;
  appId: number | '';
  title: string;
  allDay: boolean;
  day: string;
  time: string;
  duration: string;
  location: string;
  url: string;
  roundName: string;
  notes: string;
  /** The event's own reminders rather than the defaults of its kind. */
  ownReminders: boolean;
  offsets: number[];
}

/** The form for `event`, or for a new event of `kind` (an interview has a time; the other kinds are all day). */
export function draftOf(
  event: CalendarItem | null | undefined,
  fresh: { kind: EventKind; applicationId?: number; day?: string },
): EventDraft {
  if (event) {
    const start = new Date(event.startsAt ?? 0);
    return {
      kind: event.kind,
      appId: event.applicationId,
      title: event.title,
      allDay: event.allDay,
      day: event.allDay ? (event.day ?? '') : format(start, 'yyyy-MM-dd'),
      time: event.allDay ? '10:00' : format(start, 'HH:mm'),
      duration: String(event.durationMinutes ?? 60),
      location: event.location ?? '',
      url: event.url ?? '',
      roundName: event.roundName ?? '',
      notes: event.notes,
      ownReminders: event.reminderOffsets !== null,
      offsets: event.reminderOffsets ?? [],
    };
  }
  return {
    kind: fresh.kind,
    appId: fresh.applicationId ?? '',
    title: '',
    allDay: fresh.kind !== 'interview',
    day: fresh.day ?? format(new Date(), 'yyyy-MM-dd'),
    time: '10:00',
    duration: '60',
    location: '',
    url: '',
    roundName: '',
    notes: '',
    ownReminders: false,
    offsets: [],
  };
}

/** What the API takes from a complete draft (the application and the day already checked). */
export function fieldsOf(d: EventDraft): EventInput {
  return {
    kind: d.kind,
    title: d.title.trim(),
    allDay: d.allDay,
    day: d.allDay ? d.day : null,
    startsAt: d.allDay ? null : new Date(`${d.day}T${d.time || '00:00'}`).toISOString(),
    durationMinutes: d.allDay ? null : Math.max(1, Number(d.duration) || 60),
    location: d.location.trim() || null,
    url: d.url.trim() || null,
    roundName: d.roundName.trim() || null,
    notes: d.notes,
    reminderOffsets: d.ownReminders ? d.offsets : null,
  };
}
