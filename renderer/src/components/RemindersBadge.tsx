import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { ActiveReminder, Nudge } from '../../../shared/api-calendar';
import { call, errorMessage } from '../api-client';
import { offsetLabel } from '../calendar/dates';
import { firstRows } from '../paged-list';
import { useNavigation } from '../navigation';
import { useNow } from '../hooks';
import { useApiWith } from '../query';
import { reminderLabel, startsIn, useAnnounceNew, useWebNotifications, whenOf } from './reminder-notices';
import { useNotify } from './Toasts';

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

const NUDGE_PAGE = 50;

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
  // Reminders too come a page at a time, newest first: a long search can leave thousands undismissed.
  const [remindersShown, setRemindersShown] = useState(NUDGE_PAGE);
  const active = useApiWith('reminders.page', { shown: remindersShown }, 'firstRows', () =>
    firstRows(remindersShown, (offset, limit) => call('reminders.page', { offset, limit })),
  );
  // Suggestions come a page at a time (there may be thousands); "Show more" asks for the next.
  const [nudgesShown, setNudgesShown] = useState(NUDGE_PAGE);
  const nudges = useApiWith('nudges.page', { shown: nudgesShown }, 'firstRows', () =>
    firstRows(nudgesShown, (offset, limit) => call('nudges.page', { offset, limit })),
  );
  useWebNotifications(active.data?.items ?? null);
  useAnnounceNew(active.data?.items ?? null, () => setOpen(true));

  const reminders = active.data?.items ?? [];
  const reminderCount = active.data?.total ?? 0;
  const suggestions = nudges.data?.items ?? [];
  const suggestionCount = nudges.data?.total ?? 0;
  const total = reminderCount + suggestionCount;

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
    reminderCount > 0 && plural(reminderCount, 'reminder'),
    suggestionCount > 0 && plural(suggestionCount, 'suggestion'),
  ].filter(Boolean);

  return (
    <div className="rem-badge-wrap" ref={wrap}>
      <button
        type="button"
        ref={button}
        className={reminderCount > 0 ? 'rem-badge rem-badge-due' : 'rem-badge'}
        aria-label={`Reminders: ${parts.join(', ')}`}
        aria-expanded={open}
        aria-controls="rem-popover"
        onClick={() => setOpen((o) => !o)}
      >
        Reminders <span className="rem-count">{total.toLocaleString()}</span>
      </button>
      {open && (
        <aside id="rem-popover" className="rem-popover" aria-label="Reminders">
          {reminderCount > 0 && (
            <section aria-labelledby="rem-due-heading">
              <h2 id="rem-due-heading" className="rem-heading">
                Reminders <span className="rem-count">{reminderCount.toLocaleString()}</span>
              </h2>
              <ul className="rem-list">
                {reminders.map((r) => (
                  <ReminderItem key={r.id} reminder={r} run={run} />
                ))}
              </ul>
              {reminders.length < reminderCount && (
                <button type="button" onClick={() => setRemindersShown((n) => n + NUDGE_PAGE)} disabled={active.loading}>
                  Show more reminders ({reminders.length.toLocaleString()} of {reminderCount.toLocaleString()})
                </button>
              )}
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
  const now = useNow(30_000);
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
        {whenOf(r)} · {startsIn(r, now) ?? offsetLabel(r.offsetMinutes, r.event.allDay).toLowerCase()}
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
