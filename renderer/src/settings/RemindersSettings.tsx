import { useState, type SubmitEvent } from 'react';
import type { ReminderSettings } from '../../../shared/api-calendar';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { KIND_LABELS, offsetLabel } from '../calendar/dates';
import { useNotify } from '../components/Toasts';
import { useApi } from '../query';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';
import { ChoiceSelect } from '../components/ChoiceSelect';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ALL_DAY_KINDS: EventKind[] = ['deadline', 'follow-up', 'offer-expiry'];
/** The choices offered per kind; any offset already set is offered too. */
const CHOICES = { allDay: [0, 1440, 2 * 1440, 3 * 1440, 7 * 1440], timed: [0, 15, 60, 3 * 60, 1440, 2 * 1440] };

/** Settings section: Reminders. Default reminders per kind, the morning time, follow-up nudges, first day of the week. */
export function RemindersSettings() {
  const notify = useNotify();
  const loaded = useApi('reminders.settings', {});
  const [draft, setDraft] = useState<ReminderSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [permission, setPermission] = useState(typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);
  // The form starts from the saved settings, and again whenever they change (here or in another window).
  const [draftOf, setDraftOf] = useState<ReminderSettings | null>(null);
  if (draftOf !== loaded.data) {
    setDraftOf(loaded.data);
    setDraft(loaded.data);
  }
  if (!draft) return null;

  const toggle = (kind: EventKind, m: number) =>
    setDraft({
      ...draft,
      offsets: {
        ...draft.offsets,
        [kind]: draft.offsets[kind].includes(m) ? draft.offsets[kind].filter((x) => x !== m) : [...draft.offsets[kind], m],
      },
    });
  const daysField = (key: 'followUpAfterDays' | 'ghostedAfterDays', label: string, max: number) => (
    <label>
      {label}
      <input
        type="number"
        min={1}
        max={max}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })}
      />
    </label>
  );

  async function save(e: SubmitEvent) {
    e.preventDefault();
    if (!draft) return;
    setError(null);
    try {
      await call('reminders.updateSettings', draft);
      notify({ kind: 'info', message: 'Reminder settings saved; upcoming reminders follow them.' });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className="settings-section rem-settings" aria-labelledby="rem-settings-title">
      <h2 id="rem-settings-title">Reminders</h2>
      <form className="form" onSubmit={(e) => void save(e)}>
        <label>
          Morning time (for deadlines and “tomorrow morning”)
          <input
            type="time"
            value={draft.morningTime}
            onChange={(e) => setDraft({ ...draft, morningTime: e.target.value })}
            required
          />
        </label>
        {EVENT_KINDS.map((kind) => {
          const allDay = ALL_DAY_KINDS.includes(kind);
          const choices = [...new Set([...(allDay ? CHOICES.allDay : CHOICES.timed), ...draft.offsets[kind]])].sort(
            (a, b) => a - b,
          );
          return (
            <fieldset key={kind} className="rem-settings-kind">
              <legend>{KIND_LABELS[kind]} reminders</legend>
              {choices.map((m) => (
                <label key={m} className="cal-check">
                  <input type="checkbox" checked={draft.offsets[kind].includes(m)} onChange={() => toggle(kind, m)} />{' '}
                  {offsetLabel(m, allDay)}
                </label>
              ))}
            </fieldset>
          );
        })}
        <div className="cal-form-row">
          {daysField('followUpAfterDays', 'Suggest a follow-up after (days without news)', 365)}
          {daysField('ghostedAfterDays', 'Suggest “Ghosted” after (days)', 730)}
        </div>
        <label>
          Weeks start on
          <ChoiceSelect
            options={[...WEEKDAYS.keys()]}
            optionLabel={(i) => WEEKDAYS[i]}
            emptyLabel="As usual where I live"
            value={draft.weekStartsOn ?? ''}
            onChange={(e) => setDraft({ ...draft, weekStartsOn: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </label>
        <fieldset className="rem-settings-kind">
          <legend>Desktop app</legend>
          {!window.pursuit && (
            <p id="desktop-only-note" className="muted">
              These apply to the Pursuit desktop app. In the browser, reminders arrive while this page is open.
            </p>
          )}
          <label className="cal-check">
            <input
              type="checkbox"
              checked={draft.keepRunningInTray}
              aria-describedby={`keep-running-help${window.pursuit ? '' : ' desktop-only-note'}`}
              onChange={(e) => setDraft({ ...draft, keepRunningInTray: e.target.checked })}
            />{' '}
            Keep running in the tray after the window closes
          </label>
          <p id="keep-running-help" className="muted">
            Reminders keep arriving while the window is closed. Open Pursuit or quit it from its icon in the tray.
          </p>
          <label className="cal-check">
            <input
              type="checkbox"
              checked={draft.startAtLogin}
              aria-describedby={`start-at-login-help${window.pursuit ? '' : ' desktop-only-note'}`}
              onChange={(e) => setDraft({ ...draft, startAtLogin: e.target.checked })}
            />{' '}
            Start Pursuit at login
          </label>
          <p id="start-at-login-help" className="muted">
            Pursuit starts hidden in the tray, so reminders arrive without opening it.
          </p>
        </fieldset>
        {!window.pursuit && permission === 'default' && (
          <p>
            <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
              Allow browser notifications
            </button>{' '}
            <span className="muted">Reminders also appear in the Reminders panel in every window.</span>
          </p>
        )}
        <FormError message={error} />
        <FormActions submit="Save reminder settings" submitClassName="primary" />
      </form>
    </section>
  );
}
