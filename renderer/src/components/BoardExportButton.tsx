import { useState } from 'react';
import type { BoardFilter } from '../../../shared/api';
import { call, errorMessage } from '../api-client';
import { isFiltered } from '../board/BoardFilters';
import { CSV_MIME, downloadText } from '../data/download';
import type { ProofReport } from '../../../shared/api-data';
import { ProofReportControls, ProofReportDialog } from '../data/ProofReport';
import { Dialog } from './Dialog';
import { useNotify } from './Toasts';
import { FormError } from './FormError';

/** "Export": the applications the board's current filter shows as CSV, and the proof-of-applications report. */
export function BoardExportButton({ filter }: { filter: BoardFilter }) {
  const [open, setOpen] = useState(false);
  const [bom, setBom] = useState(true);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ProofReport | null>(null);
  const notify = useNotify();

  async function exportCsv() {
    setBusy(true);
    setError(null);
    try {
      const file = await call('data.exportCsv', { filter, bom, includeArchived });
      downloadText(file.csv, file.fileName, CSV_MIME);
      notify({ kind: 'info', message: `Exported ${file.count} application${file.count === 1 ? '' : 's'} to ${file.fileName}.` });
      setOpen(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export
      </button>
      <Dialog title="Export" open={open} onClose={() => setOpen(false)}>
        <div className="form">
          <div role="group" aria-labelledby="data-export-csv-title">
            <h3 id="data-export-csv-title">Applications as CSV</h3>
            <p className="muted">
              {isFiltered(filter) ? 'The applications the board shows with its current filter' : 'Every application on the board'}
              , one row each, for Excel, LibreOffice or Google Sheets.
            </p>
            <label className="data-check">
              <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
              Include archived applications (marked in the Archived column)
            </label>
            <label className="data-check">
              <input type="checkbox" checked={!bom} onChange={(e) => setBom(!e.target.checked)} />
              Leave out the byte-order mark (for tools that show it as stray characters)
            </label>
            <div className="form-actions">
              <button type="button" className="primary" onClick={() => void exportCsv()} disabled={busy}>
                Download CSV
              </button>
            </div>
            <FormError message={error} />
          </div>
          <ProofReportControls onShowReport={setReport} />
        </div>
      </Dialog>
      <ProofReportDialog report={report} onClose={() => setReport(null)} />
    </>
  );
}
