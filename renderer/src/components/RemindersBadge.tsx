import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { ActiveReminder, Nudge } from '../../../shared/api-calendar';
import { call, errorMessage } from '../api-client';
import { eventLabel, offsetLabel } from '../calendar/dates';
import { firstRows } from '../paged-list';
import { useNavigation } from '../navigation';
import { useApi, useApiWith } from '../query';
import { useNotify } from './Toasts';

const whenOf = (r: ActiveReminder): string =>
  r.event.allDay && r.event.day
    ? format(new Date(`${r.event.day}T00:00`), 'EEE d MMM')
    : r.event.startsAt
      ? format(new Date(r.event.startsAt), 'EEE d MMM, HH:mm')
      : '';

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

const NUDGE_PAGE = 50;

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

/**
 * Reminders that have fired (and missed ones, marked) and follow-up suggestions, behind a badge in the header.
 * A panel along the bottom took a fifth of every view; the badge takes none, and the list opens over the view
 * on demand (Escape or a click elsewhere closes it). A newly delivered reminder also says so in a message
 * with "Show". Every window shows the same list: the core delivers, and a change event reloads it everywhere.
 * In the browser host the page may also show a Web Notification, when the user allowed it.
 */
export function RemindersBadge() {
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const active = useApi('reminders.active', {});
  // Suggestions come a page at a time (there may be thousands); "Show more" asks for the next.
  const [nudgesShown, setNudgesShown] = useState(NUDGE_PAGE);
  const nudges = useApiWith('nudges.page', { shown: nudgesShown }, 'firstRows', () =>
    firstRows(nudgesShown, (offset, limit) => call('nudges.page', { offset, limit })),
  );
  useWebNotifications(active.data);
  useAnnounceNew(active.data, () => setOpen(true));

  const reminders = active.data ?? [];
  const suggestions = nudges.data?.items ?? [];
  const suggestionCount = nudges.data?.total ?? 0;
  const total = reminders.length + suggestionCount;

  useEffect(() => {
    if (!open) return;
    const close = (refocus: boolean) => {
      setOpen(false);
      if (refocus) button.current?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      // A modal dialog handles its own Escape.
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) close(true);
    };
    const onPointer = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (total === 0) return null;
  const run = (p: Promise<unknown>, message?: string) =>
    p.then(
      () => message && notify({ kind: 'info', message }),
      (err: unknown) => notify({ kind: 'error', message: errorMessage(err) }),
    );
  const parts = [
    reminders.length > 0 && plural(reminders.length, 'reminder'),
    suggestionCount > 0 && plural(suggestionCount, 'suggestion'),
  ].filter(Boolean);

  return (
    <div className="rem-badge-wrap" ref={wrap}>
      <button
        type="button"
        ref={button}
        className={reminders.length > 0 ? 'rem-badge rem-badge-due' : 'rem-badge'}
        aria-label={`Reminders: ${parts.join(', ')}`}
        aria-expanded={open}
        aria-controls="rem-popover"
        onClick={() => setOpen((o) => !o)}
      >
        Reminders <span className="rem-count">{total.toLocaleString()}</span>
      </button>
      {open && (
        <aside id="rem-popover" className="rem-popover" aria-label="Reminders">
          {reminders.length > 0 && (
            <section aria-labelledby="rem-due-heading">
              <h2 id="rem-due-heading" className="rem-heading">
                Reminders <span className="rem-count">{reminders.length}</span>
              </h2>
              <ul className="rem-list">
                {reminders.map((r) => (
                  <ReminderItem key={r.id} reminder={r} run={run} />
                ))}
              </ul>
            </section>
          )}
          {suggestionCount > 0 && (
            <section aria-labelledby="rem-nudges-heading">
              <h2 id="rem-nudges-heading" className="rem-heading">
                Follow-up suggestions <span className="rem-count">{suggestionCount.toLocaleString()}</span>
              </h2>
              <ul className="rem-list">
                {suggestions.map((n) => (
                  <NudgeItem key={`${n.kind}-${n.applicationId}`} nudge={n} run={run} />
                ))}
              </ul>
              {suggestions.length < suggestionCount && (
                <button type="button" onClick={() => setNudgesShown((n) => n + NUDGE_PAGE)} disabled={nudges.loading}>
                  Show more ({suggestions.length.toLocaleString()} of {suggestionCount.toLocaleString()})
                </button>
              )}
            </section>
          )}
        </aside>
      )}
    </div>
  );
}

type Run = (p: Promise<unknown>, message?: string) => Promise<unknown>;

function ReminderItem({ reminder: r, run }: { reminder: ActiveReminder; run: Run }) {
  const nav = useNavigation();
  const label = reminderLabel(r);
  return (
    <li className={r.missed ? 'rem-item rem-missed' : 'rem-item'} aria-label={label}>
      <p className="rem-title">
        {r.missed && <span className="rem-missed-badge">Missed</span>}
        <button type="button" className="link-button" onClick={() => nav.openApplication(r.application.id)}>
          {label}
        </button>
      </p>
      <p className="rem-when muted">
        {whenOf(r)} · {startsIn(r, Date.now()) ?? offsetLabel(r.offsetMinutes, r.event.allDay).toLowerCase()}
        {r.event.location ? ` · ${r.event.location}` : ''}
      </p>
      <div className="rem-actions">
        <button
          type="button"
          onClick={() => void run(call('reminders.snooze', { id: r.id, until: 'hour' }), 'Snoozed for an hour.')}
        >
          Snooze 1 hour
        </button>
        <button
          type="button"
          onClick={() => void run(call('reminders.snooze', { id: r.id, until: 'tomorrow' }), 'Snoozed until tomorrow morning.')}
        >
          Tomorrow morning
        </button>
        <button type="button" onClick={() => void run(call('reminders.dismiss', { id: r.id }))}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

const reminderLabel = (r: ActiveReminder) =>
  eventLabel({ ...r.event, application: { ...r.application, stageName: '', closed: false } });

/** A reminder delivered while the window is open says so in a message, with "Show" to open the list. */
function useAnnounceNew(reminders: ActiveReminder[] | null, show: () => void): void {
  const notify = useNotify();
  const seen = useRef<Set<number> | null>(null);
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    if (!reminders) return;
    const first = seen.current === null;
    seen.current ??= new Set();
    for (const r of reminders) {
      if (seen.current.has(r.id)) continue;
      seen.current.add(r.id);
      // What is listed when the window opens is counted on the badge, not announced again.
      if (first) continue;
      const soon = startsIn(r, Date.now());
      notify({
        kind: 'info',
        message: `Reminder: ${reminderLabel(r)}${soon ? `, ${soon}` : ''}.`,
        action: { label: 'Show', run: () => showRef.current() },
      });
    }
  }, [reminders, notify]);
}

function NudgeItem({ nudge: n, run }: { nudge: Nudge; run: Run }) {
  const nav = useNavigation();
  const name = `${n.title} at ${n.company}`;
  return (
    <li className="rem-item rem-nudge" aria-label={n.kind === 'follow-up' ? `Follow up on ${name}?` : `Ghosted by ${n.company}?`}>
      <p className="rem-title">
        {n.kind === 'follow-up' ? 'Follow up? ' : 'Ghosted? '}
        <button type="button" className="link-button" onClick={() => nav.openApplication(n.applicationId)}>
          {name}
        </button>
      </p>
      <p className="rem-when muted">No news for {n.daysSinceActivity} days since you applied or last heard.</p>
      <div className="rem-actions">
        {n.kind === 'follow-up' ? (
          <button
            type="button"
            onClick={() =>
              void run(
                call('events.create', {
                  applicationId: n.applicationId,
                  kind: 'follow-up',
                  allDay: true,
                  day: format(new Date(), 'yyyy-MM-dd'),
                  title: 'Follow up',
                }),
                'Follow-up added for today.',
              )
            }
          >
            Plan follow-up today
          </button>
        ) : (
          <button
            type="button"
            onClick={() =>
              void run(call('nudges.markGhosted', { applicationId: n.applicationId }), `Moved ${n.title} to Ghosted.`)
            }
          >
            Move to Ghosted
          </button>
        )}
        <button type="button" onClick={() => void run(call('nudges.dismiss', { applicationId: n.applicationId, kind: n.kind }))}>
          Not now
        </button>
      </div>
    </li>
  );
}

/** In the browser host (no Electron shell to show system notifications), a Web Notification for fresh reminders. */
function useWebNotifications(reminders: ActiveReminder[] | null): void {
  const shown = useRef<Set<number> | null>(null);
  useEffect(() => {
    if (!reminders || window.pursuit || typeof Notification === 'undefined') return;
    if (shown.current === null) {
      // What is already listed when the page opens was announced before; only new ones notify.
      shown.current = new Set(reminders.map((r) => r.id));
      return;
    }
    for (const r of reminders) {
      if (shown.current.has(r.id)) continue;
      shown.current.add(r.id);
      if (Notification.permission !== 'granted') continue;
      const n = new Notification(`${r.missed ? 'Missed: ' : ''}${r.event.title || r.event.kind} — ${r.application.title}`, {
        body: `${r.application.company} · ${whenOf(r)}`,
        tag: `pursuit-reminder-${r.id}`,
      });
      n.onclick = () => window.focus();
    }
  }, [reminders]);
}
