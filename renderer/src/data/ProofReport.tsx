import { format, subDays } from 'date-fns';
import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ProofReport } from '../../../shared/api-data';
import { call, errorMessage } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useNotify } from '../components/Toasts';
import { CSV_MIME, downloadText } from './download';
import { FormError } from '../components/FormError';

const today = () => format(new Date(), 'yyyy-MM-dd');

/**
 * Proof of applications for a date range, as unemployment offices ask for it: a CSV to send, or a page to
 * print. Used from the board's Export menu and from Settings → Data. The caller renders `ProofReportDialog`
 * with the report this hands over, outside any dialog of its own: React passes a nested <dialog>'s close
 * event up to the outer one, which would close both.
 */
export function ProofReportControls({ onShowReport }: { onShowReport: (report: ProofReport) => void }) {
  // The last 30 days, today included: on the 1st of a month the month so far would be one day.
  const [from, setFrom] = useState(() => format(subDays(new Date(), 29), 'yyyy-MM-dd'));
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const ids = useId();

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (err) {
      setError(errorMessage(err));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function downloadCsv() {
    const file = await run(() => call('data.proofCsv', { from, to }));
    if (!file) return;
    downloadText(file.csv, file.fileName, CSV_MIME);
    notify({ kind: 'info', message: `Saved ${file.count} row${file.count === 1 ? '' : 's'} to ${file.fileName}.` });
  }

  async function showPage() {
    const r = await run(() => call('data.proofReport', { from, to }));
    if (r) onShowReport(r);
  }

  return (
    <div className="data-proof" role="group" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Proof of applications</h3>
      <p className="muted">
        Every application sent, stage reached and interview between two dates, with company, job, channel and contact.
      </p>
      <div className="data-row">
        <label>
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <button type="button" onClick={() => void downloadCsv()} disabled={busy}>
          Download proof CSV
        </button>
        <button type="button" onClick={() => void showPage()} disabled={busy}>
          Printable page
        </button>
      </div>
      <FormError message={error} />
    </div>
  );
}

function ProofTable({ report }: { report: ProofReport }) {
  if (report.rows.length === 0) return <p>No applications, stage changes or interviews between these dates.</p>;
  return (
    <table className="table data-proof-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Company</th>
          <th scope="col">Title</th>
          <th scope="col">Stage reached</th>
          <th scope="col">Channel</th>
          <th scope="col">Contact</th>
        </tr>
      </thead>
      <tbody>
        {report.rows.map((r, i) => (
          <tr key={`${r.applicationId}-${r.date}-${i}`}>
            <td>{r.date}</td>
            <td>{r.company}</td>
            <td>{r.title}</td>
            <td>{r.stageReached}</td>
            <td>{r.channel}</td>
            <td>{r.contact}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Whose report this is, at its top; until the name is set, where to set it. */
function CandidateLine({ report }: { report: ProofReport }) {
  if (report.candidateName) return <p className="data-proof-candidate">Candidate: {report.candidateName}</p>;
  return <p className="muted">Add your name in Settings → Data → Export settings to print it at the top of this report.</p>;
}

/**
 * The report on screen, in a dialog; for printing, a copy is put straight under <body> and the print
 * style sheet hides everything else while `data-printing` is set (a modal dialog would print badly).
 */
export function ProofReportDialog({ report, onClose }: { report: ProofReport | null; onClose: () => void }) {
  useEffect(() => {
    const done = () => document.body.classList.remove('data-printing');
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);
  const title = report ? `Proof of applications, ${report.from} to ${report.to}` : 'Proof of applications';
  return (
    <Dialog title={title} open={report !== null} onClose={onClose} wide>
      {report && (
        <>
          <CandidateLine report={report} />
          <p className="muted">
            {report.rows.length} entr{report.rows.length === 1 ? 'y' : 'ies'}
          </p>
          <div className="data-scroll">
            <ProofTable report={report} />
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                document.body.classList.add('data-printing');
                window.print();
              }}
            >
              Print
            </button>
          </div>
          {createPortal(
            <div className="data-print-page" aria-hidden="true">
              <h1>{title}</h1>
              {report.candidateName && <p className="data-print-candidate">Candidate: {report.candidateName}</p>}
              <ProofTable report={report} />
            </div>,
            document.body,
          )}
        </>
      )}
    </Dialog>
  );
}
