import { useState } from 'react';
import { call, errorMessage } from '../api-client';
import { useApi } from '../query';
import { Dialog } from './Dialog';
import { FormError } from './FormError';
import { useNotify } from './Toasts';

const plural = (n: number) => `${n.toLocaleString()} sample application${n === 1 ? '' : 's'}`;

/**
 * While sample data is loaded: how much, and "Remove sample data", which asks first. Shown on the board
 * (where the samples were offered) and in Settings → Data; nothing at all once there are none.
 */
export function SampleDataNotice({ className = 'sample-notice' }: { className?: string }) {
  const sample = useApi('demo.sampleCount', {});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const count = sample.data?.count ?? 0;
  if (count === 0 && !confirming) return null;

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const { removed } = await call('demo.removeSample', {});
      notify({ kind: 'info', message: `Removed ${plural(removed)}. Your own applications are unchanged.` });
      setConfirming(false);
      sample.reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={className}>
      <span>{count === 1 ? 'One of your applications is' : `${plural(count)} are`} sample data from “Load sample data”.</span>{' '}
      <button type="button" onClick={() => setConfirming(true)}>
        Remove sample data
      </button>
      <Dialog title="Remove sample data?" open={confirming} onClose={() => !busy && setConfirming(false)} role="alertdialog">
        <div className="form">
          <p>
            This deletes the {plural(count)} that “Load sample data” added, with their events, notes and documents, including any
            of them you have edited, moved or added notes to. Applications you added yourself stay as they are.
          </p>
          <FormError message={error} />
          <div className="form-actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void remove()} disabled={busy}>
              {busy ? 'Removing…' : `Remove ${plural(count)}`}
            </button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
