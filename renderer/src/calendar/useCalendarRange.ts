import { addDays, format, startOfDay } from 'date-fns';
import { useMemo } from 'react';
import type { CalendarItem } from '../../../shared/api-calendar';
import { isRealInstant } from '../../../shared/real-date';
import { call } from '../api-client';
import { useApi, useApiWith } from '../query';
import type { Mode } from './CalendarToolbar';
import { dayKey, eventDay, localeWeekStart, longDay, monthDays, weekDays, type WeekStart } from './dates';
import { markDataReady } from './render-marks';

export const AGENDA_DAYS = 60;

/**
 * The days a calendar view shows around `anchor` (weeks start on the day the settings say), their events, the
 * passed deadlines the agenda lists first, and the view's heading.
 */
export function useCalendarRange(mode: Mode, anchor: Date) {
  const settings = useApi('reminders.settings', {});
  const weekStartsOn = (settings.data?.weekStartsOn ?? localeWeekStart()) as WeekStart;

  const days = useMemo(() => {
    if (mode === 'Month') return monthDays(anchor, weekStartsOn);
    if (mode === 'Week') return weekDays(anchor, weekStartsOn);
    if (mode === 'Day') return [anchor];
    return Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(startOfDay(new Date()), i));
  }, [mode, anchor, weekStartsOn]);
  const from = dayKey(days[0] ?? anchor);
  const to = dayKey(days[days.length - 1] ?? anchor);
  const loaded = useApiWith('calendar.range', { from, to }, 'marked', () =>
    call('calendar.range', { from, to }).then((items) => markDataReady({ range: `${from}..${to}`, items })),
  );
  // Only the answer for the days on screen: another range's events are not drawn into this grid meanwhile.
  const items = loaded.data?.range === `${from}..${to}` ? loaded.data.items : null;
  // Passed deadlines of open applications, shown above the agenda so they are not forgotten.
  const passed = useApi(
    'calendar.range',
    { from: dayKey(addDays(new Date(), -365)), to: dayKey(addDays(new Date(), -1)) },
    { enabled: mode === 'Agenda' },
  );
  const heading =
    mode === 'Month'
      ? format(anchor, 'MMMM yyyy')
      : mode === 'Week'
        ? `${format(days[0] ?? anchor, 'd MMM')} – ${format(days[6] ?? anchor, 'd MMM yyyy')}`
        : mode === 'Day'
          ? longDay(dayKey(anchor))
          : 'Upcoming';
  return { days, from, to, items, passed: (passed.data ?? []).filter((e) => e.passed), heading, error: loaded.error };
}

function groupByDay(items: readonly CalendarItem[]): Map<string, CalendarItem[]> {
  const map = new Map<string, CalendarItem[]>();
  for (const e of items) {
    const key = eventDay(e);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

/** The month and agenda list each day's events; the hour grid splits them into the all-day strip and the hours. */
export function splitByDay(shown: readonly CalendarItem[], hourGrid: boolean) {
  if (!hourGrid)
    return { byDay: groupByDay(shown), allDay: new Map<string, CalendarItem[]>(), timed: new Map<string, CalendarItem[]>() };
  const hasTime = shown.map((e) => !e.allDay && isRealInstant(e.startsAt));
  return {
    byDay: new Map<string, CalendarItem[]>(),
    allDay: groupByDay(shown.filter((_, i) => !hasTime[i])),
    timed: groupByDay(shown.filter((_, i) => hasTime[i])),
  };
}
