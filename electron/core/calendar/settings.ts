import type { ReminderSettings } from '../../../shared/api-calendar';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain';
import type { Db } from '../store/db';
import { getSetting, setSetting } from '../store/settings';

const KEY = 'reminders';
const DAY = 24 * 60;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  morningTime: '09:00',
  offsets: {
    // All-day: 3 days before and the morning of the day (offsets count back from the morning time).
    deadline: [3 * DAY, 0],
    // Timed: a day before (same local time) and an hour before.
    interview: [DAY, 60],
    'follow-up': [0],
    'offer-expiry': [2 * DAY, 0],
    other: [0],
  },
  followUpAfterDays: 7,
  ghostedAfterDays: 30,
  weekStartsOn: null,
  keepRunningInTray: true,
  startAtLogin: false,
};

const cleanOffsets = (list: number[]): number[] => [...new Set(list)].sort((a, b) => b - a);

/** Stored settings over the defaults, so a setting added later has a value in an older data file. */
export function getReminderSettings(db: Db): ReminderSettings {
  const stored = getSetting<Partial<ReminderSettings>>(db, KEY, {});
  const offsets = { ...DEFAULT_REMINDER_SETTINGS.offsets };
  for (const kind of EVENT_KINDS) {
    const v = stored.offsets?.[kind];
    if (Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0)) offsets[kind] = cleanOffsets(v);
  }
  return {
    morningTime:
      typeof stored.morningTime === 'string' && /^\d\d:\d\d$/.test(stored.morningTime)
        ? stored.morningTime
        : DEFAULT_REMINDER_SETTINGS.morningTime,
    offsets,
    followUpAfterDays: stored.followUpAfterDays ?? DEFAULT_REMINDER_SETTINGS.followUpAfterDays,
    ghostedAfterDays: stored.ghostedAfterDays ?? DEFAULT_REMINDER_SETTINGS.ghostedAfterDays,
    weekStartsOn: stored.weekStartsOn === undefined ? DEFAULT_REMINDER_SETTINGS.weekStartsOn : stored.weekStartsOn,
    keepRunningInTray:
      typeof stored.keepRunningInTray === 'boolean' ? stored.keepRunningInTray : DEFAULT_REMINDER_SETTINGS.keepRunningInTray,
    startAtLogin: typeof stored.startAtLogin === 'boolean' ? stored.startAtLogin : DEFAULT_REMINDER_SETTINGS.startAtLogin,
  };
}

export interface ReminderSettingsPatch {
  morningTime?: string;
  offsets?: Partial<Record<EventKind, number[]>>;
  followUpAfterDays?: number;
  ghostedAfterDays?: number;
  weekStartsOn?: number | null;
  keepRunningInTray?: boolean;
  startAtLogin?: boolean;
}

export function updateReminderSettings(db: Db, patch: ReminderSettingsPatch): ReminderSettings {
  const current = getReminderSettings(db);
  const offsets = { ...current.offsets };
  for (const [kind, list] of Object.entries(patch.offsets ?? {}) as [EventKind, number[] | undefined][]) {
    if (list) offsets[kind] = cleanOffsets(list);
  }
  const next: ReminderSettings = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    offsets,
  };
  setSetting(db, KEY, next);
  return getReminderSettings(db);
}

/** `09:30` → 570. */
export function morningMinutes(settings: Pick<ReminderSettings, 'morningTime'>): number {
  const [h, m] = settings.morningTime.split(':').map(Number);
  return (h ?? 9) * 60 + (m ?? 0);
}

export const offsetsFor = (settings: ReminderSettings, kind: EventKind, own: number[] | null): number[] =>
  own ? cleanOffsets(own) : settings.offsets[kind];
