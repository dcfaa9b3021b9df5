import { useState, type DragEvent } from 'react';
import type { ProofReport, RestoreResult } from '../../../shared/api-data';
import { ApiError } from '../../../shared/envelope';
import { call, errorMessage } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useNotify } from '../components/Toasts';
import { CSV_MIME, downloadText, JSON_MIME } from '../data/download';
import { ImportCsvDialog } from '../data/ImportCsvDialog';
import { ExportSettings } from './ExportSettings';
import { ProofReportControls, ProofReportDialog } from '../data/ProofReport';
import { formatBytes, formatInstant } from '../detail/format';
import { useApi } from '../query';
import { FormError } from '../components/FormError';
import { SampleDataNotice } from '../components/SampleDataNotice';

type RestoreSource = { json: string } | { backup: string };
const KIND_LABEL = { auto: 'Daily', manual: 'Manual', 'before-restore': 'Before a restore' } as const;

/** Settings section: Data. Import CSV, export, proof of applications, backups and restore. */
export function DataSettings() {
  const notify = useNotify();
  const backups = useApi('data.listBackups', {});
  const [importFile, setImportFile] = useState<{ name: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ProofReport | null>(null);
  const [confirm, setConfirm] = useState<{ source: RestoreSource; label: string; message: string } | null>(null);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function openCsv(file: File | undefined) {
    if (!file) return;
    setImportFile({ name: file.name, text: await file.text() });
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    e.stopPropagation();
    void openCsv(e.dataTransfer.files[0]);
  }

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
    <section aria-labelledby="settings-data" className="data-settings">
      <h2 id="settings-data">Data</h2>
      <SampleDataNotice className="sample-notice data-sample" />

      <div role="group" aria-labelledby="data-import-title">
        <h3 id="data-import-title">Import applications from CSV</h3>
        <p className="muted">From a Pursuit export, Huntr, Teal, Reactive Resume, or any spreadsheet saved as CSV.</p>
        <div className="drop-hint data-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <label className="file-pick">
            Import CSV…
            <input
              type="file"
              accept=".csv,text/csv"
              aria-label="Import CSV"
              onChange={(e) => {
                void openCsv(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          <span className="muted">or drop a CSV file here</span>
        </div>
      </div>

      <div role="group" aria-labelledby="data-export-title">
        <h3 id="data-export-title">Export</h3>
        <p className="muted">Every application, archived ones too (marked in an Archived column), as CSV.</p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const file = await call('data.exportCsv', { includeArchived: true });
              downloadText(file.csv, file.fileName, CSV_MIME);
              notify({
                kind: 'info',
                message: `Exported ${file.count} application${file.count === 1 ? '' : 's'} to ${file.fileName}.`,
              });
            })
          }
        >
          Export all applications (CSV)
        </button>
      </div>

      <ProofReportControls onShowReport={setReport} />

      <ExportSettings />

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
          <table className="table data-backups">
            <caption className="muted">Backups in the data folder, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Kind</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.backups.map((b) => (
                <tr key={b.name}>
                  <td>{formatInstant(b.takenAt)}</td>
                  <td>{KIND_LABEL[b.kind]}</td>
                  <td>{formatBytes(b.sizeBytes)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Restore ${b.name}`}
                      onClick={() => void act(() => restore({ backup: b.name }, b.name))}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>

      <ImportCsvDialog file={importFile} onClose={() => setImportFile(null)} />
      <ProofReportDialog report={report} onClose={() => setReport(null)} />
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
    </section>
  );
}
