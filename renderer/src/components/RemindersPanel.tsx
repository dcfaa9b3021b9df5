import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { ActiveReminder, Nudge } from '../../../shared/api-calendar';
import { call, errorMessage } from '../api-client';
import { eventLabel, offsetLabel } from '../calendar/dates';
import { useLoad } from '../hooks';
import { firstRows } from '../paged-list';
import { useNavigation } from '../navigation';
import { useNotify } from './Toasts';

const NUDGE_PAGE = 50;

const whenOf = (r: ActiveReminder): string =>
  r.event.allDay && r.event.day
    ? format(new Date(`${r.event.day}T00:00`), 'EEE d MMM')
    : r.event.startsAt
      ? format(new Date(r.event.startsAt), 'EEE d MMM, HH:mm')
      : '';

/**
 * Reminders that have fired (and missed ones, marked) with Snooze and Dismiss, plus follow-up suggestions.
 * Every window shows the same list: the core delivers, and a change event reloads it everywhere. In the
 * browser host the page may also show a Web Notification, when the user allowed it.
 */
export function RemindersPanel() {
  const notify = useNotify();
  const nav = useNavigation();
  const [collapsed, setCollapsed] = useState(false);
  const active = useLoad(() => call('reminders.active', {}), [], ['reminders', 'events', 'applications']);
  // Suggestions come a page at a time (there may be thousands); "Show more" asks for the next.
  const [nudgesShown, setNudgesShown] = useState(NUDGE_PAGE);
  const nudges = useLoad(
    () => firstRows(nudgesShown, (offset, limit) => call('nudges.page', { offset, limit })),
    [nudgesShown],
    ['applications', 'events', 'settings', 'stages'],
  );
  useWebNotifications(active.data);

  const reminders = active.data ?? [];
  const suggestions = nudges.data?.items ?? [];
  const suggestionCount = nudges.data?.total ?? 0;
  if (reminders.length + suggestionCount === 0) return null;

  const run = (p: Promise<unknown>, message?: string) =>
    p.then(
      () => message && notify({ kind: 'info', message }),
      (err: unknown) => notify({ kind: 'error', message: errorMessage(err) }),
    );

  return (
    <aside className="rem-panel" aria-label="Reminders">
      {reminders.length > 0 && (
        <>
          <header className="rem-head">
            <h2>
              Reminders <span className="rem-count">{reminders.length}</span>
            </h2>
            <button type="button" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
              {collapsed ? 'Show' : 'Hide'}
            </button>
          </header>
          {!collapsed && (
            <ul className="rem-list">
              {reminders.map((r) => {
                const label = eventLabel({ ...r.event, application: { ...r.application, stageName: '', closed: false } });
                return (
                  <li key={r.id} className={r.missed ? 'rem-item rem-missed' : 'rem-item'} aria-label={label}>
                    <p className="rem-title">
                      {r.missed && <span className="rem-missed-badge">Missed</span>}
                      <button type="button" className="link-button" onClick={() => nav.openApplication(r.application.id)}>
                        {label}
                      </button>
                    </p>
                    <p className="rem-when muted">
                      {whenOf(r)} · {offsetLabel(r.offsetMinutes, r.event.allDay).toLowerCase()}
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
                        onClick={() =>
                          void run(call('reminders.snooze', { id: r.id, until: 'tomorrow' }), 'Snoozed until tomorrow morning.')
                        }
                      >
                        Tomorrow morning
                      </button>
                      <button type="button" onClick={() => void run(call('reminders.dismiss', { id: r.id }))}>
                        Dismiss
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {suggestionCount > 0 && (
        // Suggestions wait behind a disclosure: a long quiet list must not push the work area away.
        <details className="rem-nudges">
          <summary>
            Follow-up suggestions <span className="rem-count">{suggestionCount.toLocaleString()}</span>
          </summary>
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
        </details>
      )}
    </aside>
  );
}

function NudgeItem({ nudge: n, run }: { nudge: Nudge; run: (p: Promise<unknown>, message?: string) => Promise<unknown> }) {
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
