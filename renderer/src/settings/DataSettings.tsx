import { useState } from 'react';
import type { ProofReport } from '../../../shared/api-data';
import { call, errorMessage } from '../api-client';
import { SampleDataNotice } from '../components/SampleDataNotice';
import { useNotify } from '../components/Toasts';
import { CSV_MIME, downloadText } from '../data/download';
import { ProofReportControls, ProofReportDialog } from '../data/ProofReport';
import { BackupsSection } from './BackupsSection';
import { CsvImportSection } from './CsvImportSection';
import { ExportSettings } from './ExportSettings';

/** Settings section: Data. Import CSV, export, proof of applications, backups and restore. */
export function DataSettings() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ProofReport | null>(null);

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

  return (
    <section aria-labelledby="settings-data" className="data-settings">
      <h2 id="settings-data">Data</h2>
      <SampleDataNotice className="sample-notice data-sample" />

      <CsvImportSection />

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

      <BackupsSection busy={busy} error={error} act={act} />

      <ProofReportDialog report={report} onClose={() => setReport(null)} />
    </section>
  );
}
