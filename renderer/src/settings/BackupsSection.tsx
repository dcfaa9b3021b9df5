import { useState } from 'react';
import type { RestoreResult } from '../../../shared/api-data';
import { ApiError } from '../../../shared/envelope';
import { call } from '../api-client';
import { Dialog } from '../components/Dialog';
import { FormError } from '../components/FormError';
import { useNotify } from '../components/Toasts';
import { downloadText, JSON_MIME } from '../data/download';
import { useApi } from '../query';
import { BackupsTable } from './BackupsTable';

type RestoreSource = { json: string } | { backup: string };

/**
 * Settings › Data › Backups: where they are kept, Back up now, the JSON download, a restore from a JSON file or
 * a listed backup. A restore over data that is there asks first ("Replace your data?").
 */
export function BackupsSection({
  busy,
  error,
  act,
}: {
  busy: boolean;
  /** The last failure of a data action, shown under the backup buttons. */
  error: string | null;
  /** Runs a data action: busy meanwhile, its failure kept in `error`. */
  act: (work: () => Promise<void>) => Promise<void>;
}) {
  const notify = useNotify();
  const backups = useApi('data.listBackups', {});
  const [confirm, setConfirm] = useState<{ source: RestoreSource; label: string; message: string } | null>(null);

  const restored = (r: RestoreResult) =>
    notify({
      kind: 'info',
      message: `Restored ${r.applications} application${r.applications === 1 ? '' : 's'}.${r.safetyBackup ? ` Your previous data was kept as ${r.safetyBackup}.` : ''}`,
    });

  async function restore(source: RestoreSource, label: string) {
    try {
      restored(await call('data.restore', { source }));
      backups.reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') setConfirm({ source, label, message: err.message });
      else throw err;
    }
  }

  return (
    <>
      <div role="group" aria-labelledby="data-backups-title">
        <h3 id="data-backups-title">Backups</h3>
        <p className="muted">
          Pursuit backs up once a day and keeps the last 7 daily and 4 weekly backups
          {backups.data?.folder ? ` in ${backups.data.folder}` : ''}, and the newest 10 made with Back up now and before each
          restore. Each backup holds your documents too; the JSON download holds only the data, not the files.
        </p>
        <div className="data-row">
          <button
            type="button"
            disabled={busy || backups.data?.folder === null}
            onClick={() =>
              void act(async () => {
                const b = await call('data.backupNow', {});
                notify({ kind: 'info', message: `Backed up to ${b.name}.` });
                backups.reload();
              })
            }
          >
            Back up now
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const b = await call('data.backupJson', {});
                downloadText(b.json, b.fileName, JSON_MIME);
              })
            }
          >
            Download JSON backup
          </button>
          <label className="file-pick">
            Restore from a JSON backup…
            <input
              type="file"
              accept=".json,application/json"
              aria-label="Restore from a JSON backup"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void act(async () => restore({ json: await file.text() }, file.name));
              }}
            />
          </label>
        </div>
        <FormError message={error} />
        {backups.data && backups.data.backups.length > 0 && (
          <BackupsTable
            backups={backups.data.backups}
            busy={busy}
            onRestore={(name) => void act(() => restore({ backup: name }, name))}
          />
        )}
      </div>
      <Dialog title="Replace your data?" open={confirm !== null} onClose={() => setConfirm(null)}>
        {confirm && (
          <div className="form">
            <p>{confirm.message}</p>
            <p>
              Restore from <strong>{confirm.label}</strong>?
            </p>
            <div className="form-actions">
              <button type="button" onClick={() => setConfirm(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    const source = confirm.source;
                    setConfirm(null);
                    restored(await call('data.restore', { source, replace: true }));
                    backups.reload();
                  })
                }
              >
                Replace my data
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
