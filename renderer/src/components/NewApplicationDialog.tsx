import { useState, type SubmitEvent } from 'react';
import { call, errorMessage } from '../api-client';
import { Dialog } from './Dialog';
import { useNotify } from './Toasts';
import { FormError } from './FormError';
import { FormActions } from './FormActions';

/** The quickest path onto the board: a title and a company, the rest can follow in the detail. */
export function NewApplicationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [company, setCompany] = useState('');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const notify = useNotify();

  const close = () => {
    setTitle('');
    setCompany('');
    setLocation('');
    setError(null);
    onClose();
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const app = await call('applications.create', { title, company, location: location.trim() || null });
      notify({
        kind: 'info',
        message: `Saved “${app.title}” at ${app.company}.`,
        group: 'application-saved',
        many: (n) => `${n} applications saved.`,
      });
      close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title="New application" open={open} onClose={close}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            autoFocus
            placeholder="e.g. Frontend Engineer"
          />
        </label>
        <label>
          Company
          <input value={company} onChange={(e) => setCompany(e.target.value)} required placeholder="e.g. Northwind Labs" />
        </label>
        <label>
          Location
          <input value={location} onChange={(e) => setLocation(e.target.value)} placeholder="optional" />
        </label>
        <FormError message={error} />
        <FormActions submit="Save application" busy={saving} busyLabel="Saving…" submitClassName="primary" onCancel={close} />
      </form>
    </Dialog>
  );
}
