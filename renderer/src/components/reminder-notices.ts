import { format } from 'date-fns';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ActiveReminder } from '../../../shared/api-calendar';
import { eventLabel } from '../calendar/dates';
import { useNotify } from './Toasts';

/** The words a reminder is shown and announced with (the Reminders list, its messages, Web Notifications). */

export const whenOf = (r: ActiveReminder): string =>
  r.event.allDay && r.event.day
    ? format(new Date(`${r.event.day}T00:00`), 'EEE d MMM')
    : r.event.startsAt
      ? format(new Date(r.event.startsAt), 'EEE d MMM, HH:mm')
      : '';

/**
 * How soon a timed event starts, when it is still ahead and within a day: "starts in 40 min". A reminder
 * that fired late (the interview was added 40 minutes before it starts) says how much time is left, not
 * "1 hour before".
 */
export function startsIn(r: Pick<ActiveReminder, 'event'>, now: number): string | null {
  if (r.event.allDay || !r.event.startsAt) return null;
  const minutes = Math.round((Date.parse(r.event.startsAt) - now) / 60_000);
  if (minutes < 0 || minutes >= 24 * 60) return null;
  if (minutes < 60) return `starts in ${minutes} min`;
  const rest = minutes % 60;
  return `starts in ${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export const reminderLabel = (r: ActiveReminder) =>
  eventLabel({ ...r.event, application: { ...r.application, stageName: '', closed: false } });

/** A reminder delivered while the window is open says so in a message, with "Show" to open the list. */
export function useAnnounceNew(reminders: ActiveReminder[] | null, show: () => void): void {
  const notify = useNotify();
  const seen = useRef<Set<number> | null>(null);
  const showRef = useRef(show);
  const since = useRef('');
  useLayoutEffect(() => {
    showRef.current = show;
  });
  useEffect(() => {
    if (!reminders) return;
    const first = seen.current === null;
    seen.current ??= new Set();
    for (const r of reminders) {
      if (seen.current.has(r.id)) continue;
      seen.current.add(r.id);
      // What is listed when the window opens is counted on the badge, not announced again; nor are older
      // ones that "Show more" brings in. Nor are missed ones: due while Pursuit was closed (or asleep), they
      // arrive together at start-up, often just after the window opened (the host starts its reminder pass a
      // moment after it answers), and a message each stacked over the board; the badge counts them.
      if (first || r.missed || r.deliveredAt <= since.current) continue;
      const soon = startsIn(r, Date.now());
      notify({
        kind: 'info',
        message: `Reminder: ${reminderLabel(r)}${soon ? `, ${soon}` : ''}.`,
        action: { label: 'Show', run: () => showRef.current() },
        // Several at once make one message ("3 new reminders"), not a stack over the view.
        group: 'reminder',
        many: (n) => `${n} new reminders.`,
      });
    }
    since.current = newestDelivery(reminders, since.current);
  }, [reminders, notify]);
}

/** In the browser host (no Electron shell to show system notifications), a Web Notification for fresh reminders. */
export function useWebNotifications(reminders: ActiveReminder[] | null): void {
  const shown = useRef<Set<number> | null>(null);
  const since = useRef('');
  useEffect(() => {
    if (!reminders || window.pursuit || typeof Notification === 'undefined') return;
    if (shown.current === null) {
      // What is already listed when the page opens was announced before; only new ones notify.
      shown.current = new Set(reminders.map((r) => r.id));
      since.current = newestDelivery(reminders, '');
      return;
    }
    const before = since.current;
    since.current = newestDelivery(reminders, before);
    for (const r of reminders) {
      if (shown.current.has(r.id)) continue;
      shown.current.add(r.id);
      // Older reminders that "Show more" brings in were there before.
      if (r.deliveredAt <= before) continue;
      if (Notification.permission !== 'granted') continue;
      const n = new Notification(`${r.missed ? 'Missed: ' : ''}${r.event.title || r.event.kind} — ${r.application.title}`, {
        body: `${r.application.company} · ${whenOf(r)}`,
        tag: `pursuit-reminder-${r.id}`,
      });
      n.onclick = () => window.focus();
    }
  }, [reminders]);
}

/** The latest delivery time in the list, or `floor` when none is later (ISO instants compare as text). */
function newestDelivery(reminders: readonly ActiveReminder[], floor: string): string {
  return reminders.reduce((max, r) => (r.deliveredAt > max ? r.deliveredAt : max), floor);
}
