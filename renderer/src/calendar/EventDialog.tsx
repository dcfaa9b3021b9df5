import { format } from 'date-fns';
import { useEffect, useState, type FormEvent } from 'react';
import type { CalendarItem, EventInput } from '../../../shared/api-calendar';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useNotify } from '../components/Toasts';
import { useApi } from '../query';
import { ApplicationCombobox } from './ApplicationCombobox';
import { KIND_LABELS, offsetLabel } from './dates';
import { FormError } from '../components/FormError';

const ALL_DAY_CHOICES = [0, 1440, 3 * 1440, 7 * 1440];
const TIMED_CHOICES = [15, 60, 3 * 60, 1440, 2 * 1440];

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
  const [kind, setKind] = useState<EventKind>(defaultKind);
  const [appId, setAppId] = useState<number | ''>(applicationId ?? '');
  const [title, setTitle] = useState('');
  const [allDay, setAllDay] = useState(false);
  const [day, setDay] = useState(defaultDay ?? format(new Date(), 'yyyy-MM-dd'));
  const [time, setTime] = useState('10:00');
  const [duration, setDuration] = useState('60');
  const [location, setLocation] = useState('');
  const [url, setUrl] = useState('');
  const [roundName, setRoundName] = useState('');
  const [notes, setNotes] = useState('');
  const [ownReminders, setOwnReminders] = useState(false);
  const [offsets, setOffsets] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const settings = useApi('reminders.settings', {});

  useEffect(() => {
    if (!open) return;
    setError(null);
    if (event) {
      setKind(event.kind);
      setAppId(event.applicationId);
      setTitle(event.title);
      setAllDay(event.allDay);
      setDay(event.allDay ? (event.day ?? '') : format(new Date(event.startsAt ?? 0), 'yyyy-MM-dd'));
      setTime(event.allDay ? '10:00' : format(new Date(event.startsAt ?? 0), 'HH:mm'));
      setDuration(String(event.durationMinutes ?? 60));
      setLocation(event.location ?? '');
      setUrl(event.url ?? '');
      setRoundName(event.roundName ?? '');
      setNotes(event.notes);
      setOwnReminders(event.reminderOffsets !== null);
      setOffsets(event.reminderOffsets ?? []);
    } else {
      setKind(defaultKind);
      setAppId(applicationId ?? '');
      setTitle('');
      setAllDay(defaultKind !== 'interview');
      setDay(defaultDay ?? format(new Date(), 'yyyy-MM-dd'));
      setTime('10:00');
      setDuration('60');
      setLocation('');
      setUrl('');
      setRoundName('');
      setNotes('');
      setOwnReminders(false);
      setOffsets([]);
    }
  }, [open, event, applicationId, defaultDay, defaultKind]);

  const defaults = settings.data?.offsets[kind] ?? [];
  const choices = [...new Set([...(allDay ? ALL_DAY_CHOICES : TIMED_CHOICES), ...offsets, ...defaults])].sort((a, b) => a - b);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (appId === '') {
      setError('Pick the application this event belongs to.');
      return;
    }
    if (!day) {
      setError('Pick a date.');
      return;
    }
    const fields: EventInput = {
      kind,
      title: title.trim(),
      allDay,
      day: allDay ? day : null,
      startsAt: allDay ? null : new Date(`${day}T${time || '00:00'}`).toISOString(),
      durationMinutes: allDay ? null : Math.max(1, Number(duration) || 60),
      location: location.trim() || null,
      url: url.trim() || null,
      roundName: roundName.trim() || null,
      notes,
      reminderOffsets: ownReminders ? offsets : null,
    };
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

  const toggleOffset = (m: number) => setOffsets((list) => (list.includes(m) ? list.filter((x) => x !== m) : [...list, m]));

  return (
    <Dialog title={editing ? 'Edit event' : 'New event'} open={open} onClose={onClose}>
      <form className="form cal-form" onSubmit={submit}>
        {!editing && applicationId === undefined && <ApplicationCombobox onPick={setAppId} />}
        <label>
          Kind
          <select
            value={kind}
            onChange={(e) => {
              const k = e.target.value as EventKind;
              setKind(k);
              if (!editing) setAllDay(k !== 'interview');
            }}
          >
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="optional, e.g. Call with the hiring manager"
          />
        </label>
        <label className="cal-check">
          <input type="checkbox" checked={allDay} onChange={(e) => setAllDay(e.target.checked)} /> All day
        </label>
        <div className="cal-form-row">
          <label>
            Date
            <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
          </label>
          {!allDay && (
            <>
              <label>
                Time
                <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
              </label>
              <label>
                Duration (minutes)
                <input type="number" min={1} max={10080} value={duration} onChange={(e) => setDuration(e.target.value)} />
              </label>
            </>
          )}
        </div>
        {kind === 'interview' && (
          <label>
            Round
            <input value={roundName} onChange={(e) => setRoundName(e.target.value)} placeholder="e.g. Technical interview" />
          </label>
        )}
        <label>
          Place
          <input value={location} onChange={(e) => setLocation(e.target.value)} placeholder="optional: an address or a room" />
        </label>
        <label>
          Video link
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="optional: https://…" />
        </label>
        <label>
          Notes
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
        </label>
        <fieldset className="cal-reminders">
          <legend>Reminders</legend>
          <label className="cal-check">
            <input
              type="checkbox"
              checked={!ownReminders}
              onChange={(e) => {
                setOwnReminders(!e.target.checked);
                if (!e.target.checked && offsets.length === 0) setOffsets(defaults);
              }}
            />{' '}
            Use my default reminders ({defaults.map((m) => offsetLabel(m, allDay).toLowerCase()).join(', ') || 'none'})
          </label>
          {ownReminders &&
            choices.map((m) => (
              <label key={m} className="cal-check">
                <input type="checkbox" checked={offsets.includes(m)} onChange={() => toggleOffset(m)} /> {offsetLabel(m, allDay)}
              </label>
            ))}
        </fieldset>
        <FormError message={error} />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save event'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
