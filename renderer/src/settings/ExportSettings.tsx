import { useState, type SubmitEvent } from 'react';
import type { ExportSettings as Settings } from '../../../shared/api-data';
import { call, errorMessage } from '../api-client';
import { FormError } from '../components/FormError';
import { useNotify } from '../components/Toasts';
import { useApi } from '../query';
import { FormActions } from '../components/FormActions';

/** Settings > Data > Exports: the name printed on the proof of applications, and how follow-ups go into .ics files. */
export function ExportSettings() {
  const notify = useNotify();
  const loaded = useApi('data.exportSettings', {});
  const [draft, setDraft] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The form starts from the saved settings, and again whenever they change (here or in another window).
  const [draftOf, setDraftOf] = useState<Settings | null>(null);
  if (draftOf !== loaded.data) {
    setDraftOf(loaded.data);
    setDraft(loaded.data);
  }
  if (!draft) return null;

  async function save(e: SubmitEvent) {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      setDraft(await call('data.updateExportSettings', draft));
      notify({ kind: 'info', message: 'Export settings saved.' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="group" aria-labelledby="data-export-settings-title">
      <h3 id="data-export-settings-title">Export settings</h3>
      <form className="form" onSubmit={(e) => void save(e)}>
        <label>
          Your name (printed at the top of the proof of applications)
          <input
            type="text"
            value={draft.candidateName}
            maxLength={120}
            autoComplete="name"
            onChange={(e) => setDraft({ ...draft, candidateName: e.target.value })}
          />
        </label>
        <label>
          Follow-ups in .ics files
          <select
            value={draft.icsFollowUps}
            onChange={(e) => setDraft({ ...draft, icsFollowUps: e.target.value === 'todo' ? 'todo' : 'event' })}
          >
            <option value="event">As events (every calendar shows them)</option>
            <option value="todo">As to-dos (Google Calendar leaves these out)</option>
          </select>
        </label>
        <FormActions submit="Save export settings" busy={busy} />
        <FormError message={error} />
      </form>
    </div>
  );
}
