import { useState, type DragEvent } from 'react';
import { ImportCsvDialog } from '../data/ImportCsvDialog';

/** Settings › Data: a CSV file picked or dropped opens the import dialog (its mapping and preview). */
export function CsvImportSection() {
  const [importFile, setImportFile] = useState<{ name: string; text: string } | null>(null);

  async function openCsv(file: File | undefined) {
    if (!file) return;
    setImportFile({ name: file.name, text: await file.text() });
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    e.stopPropagation();
    void openCsv(e.dataTransfer.files[0]);
  }

  return (
    <>
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
      <ImportCsvDialog file={importFile} onClose={() => setImportFile(null)} />
    </>
  );
}
