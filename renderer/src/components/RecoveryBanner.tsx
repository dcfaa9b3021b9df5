import { useState } from 'react';
import type { BackupFile } from '../../../shared/api-data';
import type { RecoveryRecord } from '../../../shared/api-system';
import { call, errorMessage } from '../api-client';
import { useApi } from '../query';
import { useNotify } from './Toasts';

/** The newest backup taken before the damage was found (a later one would only hold the new, empty file). */
const backupBefore = (recovered: RecoveryRecord, backups: readonly BackupFile[]): BackupFile | null =>
  backups.filter((b) => b.takenAt < recovered.at).sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0] ?? null;

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Shown when Pursuit found its data file damaged (or written by a newer version) and started with an empty
 * one: says what happened and where the old file was kept, and offers the latest backup or a fresh start.
 */
export function RecoveryBanner() {
  // The same cached answer as the dates banner's: system.status is asked once for both.
  const status = useApi('system.status', {});
  const recovered = status.data?.recovered ?? null;
  // Backups are listed only after a recovery; when they cannot be, only "Start empty" is offered.
  const backups = useApi('data.listBackups', {}, { enabled: recovered !== null });
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  // Shown once the backups are listed (or cannot be), so the offer does not change under the user's pointer.
  if (!recovered || (backups.data === null && backups.error === null)) return null;
  const backup = backupBefore(recovered, backups.data?.backups ?? []);

  const startEmpty = async () => {
    setBusy(true);
    try {
      await call('system.dismissRecovery', {});
      status.reload();
    } catch (err) {
      notify({ kind: 'error', message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    try {
      const result = await call('data.restore', { source: { backup: backup.name }, replace: true });
      await call('system.dismissRecovery', {});
      notify({ kind: 'info', message: `Restored the backup from ${when(backup.takenAt)}: ${result.applications} applications.` });
      status.reload();
    } catch (err) {
      notify({ kind: 'error', message: `The backup could not be restored: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="recovery-banner" role="alert" aria-label="Your data file could not be opened">
      <p className="recovery-banner-message">{recovered.message}</p>
      <p className="recovery-banner-path">
        Kept at <code>{recovered.movedTo}</code>
      </p>
      <div className="recovery-banner-actions">
        {backup ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
            Restore latest backup ({when(backup.takenAt)})
          </button>
        ) : (
          <span className="muted">There is no backup to restore from yet.</span>
        )}
        <button type="button" disabled={busy} onClick={() => void startEmpty()}>
          Start empty
        </button>
      </div>
    </section>
  );
}
