import { useEffect, useState } from 'react';
import {
  describeCsvFormat,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportAnalysis,
  type ImportField,
  type ImportMode,
  type StageChoice,
} from '../../../shared/api-data';
import type { Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useNotify } from '../components/Toasts';
import { FormError } from '../components/FormError';
import { useProgress, useResetWhen } from '../hooks';
import { ChoiceSelect } from '../components/ChoiceSelect';

const CREATE = 'create';

/**
 * Import a CSV: the file is analysed as soon as it is chosen. A known format (Pursuit, Huntr, Teal,
 * Reactive Resume) goes straight to the check; anything else shows the mapping screen first, column by
 * column with the first rows as a preview. Stages the board lacks are mapped or created; bad rows are listed
 * with their row number and reason, and the user imports the good rows or nothing.
 */
export function ImportCsvDialog({ file, onClose }: { file: { name: string; text: string } | null; onClose: () => void }) {
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [mappingScreen, setMappingScreen] = useState(false);
  const [stages, setStages] = useState<Stage[]>([]);
  const [stageChoice, setStageChoice] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const progress = useProgress('data.importCommit', committing);
  const notify = useNotify();

  useResetWhen([file], () => {
    setAnalysis(null);
    setError(null);
    setBusy(Boolean(file));
  });
  useEffect(() => {
    if (!file) return;
    let live = true;
    Promise.all([call('data.importAnalyze', { csv: file.text }), call('stages.list', {})])
      .then(([a, s]) => {
        if (!live) return;
        setStages(s);
        accept(a);
        setMappingScreen(a.format === 'unknown' || a.missing.length > 0);
      })
      .catch((err: unknown) => live && setError(errorMessage(err)))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [file]);

  function accept(a: ImportAnalysis) {
    setAnalysis(a);
    setMapping(a.mapping);
    setStageChoice(
      Object.fromEntries(a.unknownStages.map((u) => [u.name, u.suggestedStageId === null ? CREATE : String(u.suggestedStageId)])),
    );
  }

  async function recheck() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const a = await call('data.importAnalyze', { csv: file.text, mapping });
      accept(a);
      if (a.missing.length === 0) setMappingScreen(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function commit(mode: ImportMode) {
    if (!file || !analysis) return;
    setBusy(true);
    setCommitting(true);
    setError(null);
    try {
      const choices: Record<string, StageChoice> = Object.fromEntries(
        Object.entries(stageChoice).map(([name, v]) => [name, v === CREATE ? { create: true as const } : { stageId: Number(v) }]),
      );
      const result = await call('data.importCommit', { csv: file.text, mapping, stages: choices, mode });
      const created = result.createdStages.length ? ` New stages: ${result.createdStages.join(', ')}.` : '';
      notify({
        kind: 'info',
        message:
          result.imported === 0
            ? 'Nothing was imported.'
            : `Imported ${result.imported} application${result.imported === 1 ? '' : 's'}.${created}`,
      });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      setCommitting(false);
    }
  }

  const title = file ? `Import ${file.name}` : 'Import applications';
  return (
    <Dialog title={title} open={file !== null} onClose={onClose} wide>
      {busy && !analysis && <p role="status">Reading the file…</p>}
      <FormError message={error} />
      {analysis && (
        <div className="form">
          <p className="data-recognised">
            {describeCsvFormat(analysis.format, analysis.mapping)}, {analysis.totalRows} row{analysis.totalRows === 1 ? '' : 's'}.{' '}
            {!mappingScreen && (
              <button type="button" className="link-button" onClick={() => setMappingScreen(true)}>
                Change column mapping
              </button>
            )}
          </p>
          {mappingScreen ? (
            <MappingScreen analysis={analysis} mapping={mapping} onChange={setMapping} />
          ) : (
            <Report analysis={analysis} stages={stages} stageChoice={stageChoice} onStageChoice={setStageChoice} />
          )}
          {committing && <ImportProgress progress={progress} />}
          <div className="form-actions">
            <button type="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            {mappingScreen ? (
              <button type="button" className="primary" onClick={() => void recheck()} disabled={busy}>
                Check rows
              </button>
            ) : analysis.bad.length > 0 ? (
              <>
                <button type="button" onClick={() => void commit('nothing-if-bad')} disabled={busy}>
                  Import nothing
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => void commit('good-rows')}
                  disabled={busy || analysis.goodRows === 0}
                >
                  Import the {analysis.goodRows} good row{analysis.goodRows === 1 ? '' : 's'}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="primary"
                onClick={() => void commit('nothing-if-bad')}
                disabled={busy || analysis.goodRows === 0}
              >
                Import {analysis.goodRows} application{analysis.goodRows === 1 ? '' : 's'}
              </button>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** "Importing… 4,000 of 20,000 rows" with a bar, from the progress events the import's chunks send. */
function ImportProgress({ progress }: { progress: { done: number; total: number } | null }) {
  const label = progress
    ? `Importing… ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} rows`
    : 'Importing…';
  return (
    <div className="import-progress">
      <progress
        aria-label="Import progress"
        max={progress && progress.total > 0 ? progress.total : undefined}
        value={progress ? progress.done : undefined}
      />
      <p role="status">{label}</p>
    </div>
  );
}

function MappingScreen({
  analysis,
  mapping,
  onChange,
}: {
  analysis: ImportAnalysis;
  mapping: (ImportField | null)[];
  onChange: (m: (ImportField | null)[]) => void;
}) {
  return (
    <>
      <p>
        Choose what each column holds. Title and Company are needed; columns set to “Ignore” are left out.
        {analysis.missing.length > 0 && ` Still needed: ${analysis.missing.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}.`}
      </p>
      <div className="data-scroll">
        <table className="table data-mapping">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Goes into</th>
              <th scope="col">First rows</th>
            </tr>
          </thead>
          <tbody>
            {analysis.headers.map((header, i) => (
              <tr key={`${i}-${header}`}>
                <th scope="row">{header || `(column ${i + 1})`}</th>
                <td>
                  <ChoiceSelect
                    options={IMPORT_FIELDS}
                    optionLabel={(f) => IMPORT_FIELD_LABELS[f]}
                    emptyLabel="Ignore"
                    aria-label={`Field for column ${header || i + 1}`}
                    value={mapping[i] ?? ''}
                    onChange={(e) => {
                      const next = [...mapping];
                      const value = (e.target.value || null) as ImportField | null;
                      // A field goes into one column: choosing it here clears it elsewhere.
                      for (let j = 0; j < next.length; j++) if (value && next[j] === value) next[j] = null;
                      next[i] = value;
                      onChange(next);
                    }}
                  />
                </td>
                <td className="data-preview-cells">
                  {analysis.preview
                    .map((row) => row[i] ?? '')
                    .filter(Boolean)
                    .slice(0, 3)
                    .map((cell, k) => (
                      <span key={k}>{cell.length > 60 ? `${cell.slice(0, 60)}…` : cell}</span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Report({
  analysis,
  stages,
  stageChoice,
  onStageChoice,
}: {
  analysis: ImportAnalysis;
  stages: Stage[];
  stageChoice: Record<string, string>;
  onStageChoice: (c: Record<string, string>) => void;
}) {
  return (
    <>
      <p role="status">
        {analysis.goodRows} row{analysis.goodRows === 1 ? '' : 's'} ready to import
        {analysis.bad.length > 0 && `, ${analysis.bad.length} with problems`}.
      </p>
      {analysis.unknownStages.length > 0 && (
        <fieldset className="data-stages">
          <legend>Stages your board does not have yet</legend>
          {analysis.unknownStages.map((u) => (
            <label key={u.name}>
              {`“${u.name}” (${u.rows} row${u.rows === 1 ? '' : 's'})`}
              <select
                aria-label={`Stage for “${u.name}”`}
                value={stageChoice[u.name] ?? CREATE}
                onChange={(e) => onStageChoice({ ...stageChoice, [u.name]: e.target.value })}
              >
                <option value={CREATE}>Create stage “{u.name}”</option>
                {stages.map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    Put in {s.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {analysis.bad.length > 0 && (
        <section aria-label="Rows with problems" className="data-bad-rows">
          <h3>Rows with problems</h3>
          <ul>
            {analysis.bad.map((b) => (
              <li key={b.row}>
                Row {b.row}: {b.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
