import { useState, type SubmitEvent } from 'react';
import { useResetWhen } from '../hooks';
import type { CalendarItem } from '../../../shared/api-calendar';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useNotify } from '../components/Toasts';
import { useApi } from '../query';
import { ApplicationCombobox } from './ApplicationCombobox';
import { KIND_LABELS } from './dates';
import { draftOf, fieldsOf, type EventDraft } from './event-draft';
import { EventReminders } from './EventReminders';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';
import { ChoiceSelect } from '../components/ChoiceSelect';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Editing this event; otherwise a new one. */
  event?: CalendarItem | null;
  /** A new event for this application (from its detail); otherwise the form asks which one. */
  applicationId?: number;
  defaultDay?: string;
  defaultKind?: EventKind;
}

/** Add or edit an event: kind, day or start and length, place or link, round, notes, its own reminders. */
export function EventDialog({ open, onClose, event, applicationId, defaultDay, defaultKind = 'interview' }: Props) {
  const editing = Boolean(event);
  const notify = useNotify();
  const [draft, setDraft] = useState<EventDraft>(() => draftOf(event, { kind: defaultKind, applicationId, day: defaultDay }));
  const set = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { kind, allDay, day } = draft;
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const settings = useApi('reminders.settings', {});

  useResetWhen([open, event, applicationId, defaultDay, defaultKind], () => {
    if (!open) return;
    setError(null);
    setDraft(draftOf(event, { kind: defaultKind, applicationId, day: defaultDay }));
  });

  const defaults = settings.data?.offsets[kind] ?? [];

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setError(null);
    const appId = draft.appId;
    if (appId === '') {
      setError('Pick the application this event belongs to.');
      return;
    }
    if (!day) {
      setError('Pick a date.');
      return;
    }
    const fields = fieldsOf(draft);
    setSaving(true);
    try {
      if (event) await call('events.update', { id: event.id, patch: fields });
      else await call('events.create', { ...fields, applicationId: appId });
      notify({ kind: 'info', message: event ? 'Event saved.' : `${KIND_LABELS[kind]} added to the calendar.` });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title={editing ? 'Edit event' : 'New event'} open={open} onClose={onClose}>
      <form className="form cal-form" onSubmit={(e) => void submit(e)}>
        {!editing && applicationId === undefined && <ApplicationCombobox onPick={(id) => set({ appId: id })} />}
        <label>
          Kind
          <ChoiceSelect
            options={EVENT_KINDS}
            optionLabel={(k) => KIND_LABELS[k]}
            value={kind}
            onChange={(e) => {
              const k = e.target.value as EventKind;
              set(editing ? { kind: k } : { kind: k, allDay: k !== 'interview' });
            }}
          />
        </label>
        <label>
          Title
          <input
            value={draft.title}
            onChange={(e) => set({ title: e.target.value })}
            placeholder="optional, e.g. Call with the hiring manager"
          />
        </label>
        <label className="cal-check">
          <input type="checkbox" checked={allDay} onChange={(e) => set({ allDay: e.target.checked })} /> All day
        </label>
        <div className="cal-form-row">
          <label>
            Date
            <input type="date" value={day} onChange={(e) => set({ day: e.target.value })} required />
          </label>
          {!allDay && (
            <>
              <label>
                Time
                <input type="time" value={draft.time} onChange={(e) => set({ time: e.target.value })} required />
              </label>
              <label>
                Duration (minutes)
                <input
                  type="number"
                  min={1}
                  max={10080}
                  value={draft.duration}
                  onChange={(e) => set({ duration: e.target.value })}
                />
              </label>
            </>
          )}
        </div>
        {kind === 'interview' && (
          <label>
            Round
            <input
              value={draft.roundName}
              onChange={(e) => set({ roundName: e.target.value })}
              placeholder="e.g. Technical interview"
            />
          </label>
        )}
        <label>
          Place
          <input
            value={draft.location}
            onChange={(e) => set({ location: e.target.value })}
            placeholder="optional: an address or a room"
          />
        </label>
        <label>
          Video link
          <input type="url" value={draft.url} onChange={(e) => set({ url: e.target.value })} placeholder="optional: https://…" />
        </label>
        <label>
          Notes
          <textarea value={draft.notes} onChange={(e) => set({ notes: e.target.value })} rows={3} />
        </label>
        <EventReminders allDay={allDay} defaults={defaults} own={draft.ownReminders} offsets={draft.offsets} onChange={set} />
        <FormError message={error} />
        <FormActions submit="Save event" busy={saving} busyLabel="Saving…" submitClassName="primary" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
