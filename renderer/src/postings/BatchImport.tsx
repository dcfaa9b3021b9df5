import { useEffect, useRef, useState } from 'react';
import { MAX_FILES_PER_CALL } from '../../../shared/api-constants';
import type { SaveOutcome } from '../../../shared/api-postings';
import { call, errorMessage } from '../api-client';
import { useNavigation } from '../navigation';
import { fileToBase64 } from './files';

type Result = { name: string } & SaveOutcome;

/** Files per call: at most MAX_FILES_PER_CALL and about 8 MB, well under the host's limit on one request. */
const GROUP_BYTES = 8 * 1024 * 1024;

function groups(files: readonly File[]): File[][] {
  const out: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= MAX_FILES_PER_CALL || bytes + file.size > GROUP_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Imports many files one after another, with a progress bar and a line per file. */
export function BatchImport({ files, onDone }: { files: File[]; onDone: () => void }) {
  const [results, setResults] = useState<Result[]>([]);
  const [cancelled, setCancelled] = useState(false);
  const cancelRef = useRef(false);
  const nav = useNavigation();

  useEffect(() => {
    // Read through a function: after each await the cleanup below may have cleared it (narrowing would not see).
    let alive = true;
    const live = () => alive;
    void (async () => {
      // In groups (one call each, parsed and saved in a worker thread by the host), so a large batch is few
      // round trips and the results still appear group by group; Stop takes effect between groups.
      for (const group of groups(files)) {
        if (cancelRef.current || !live()) break;
        let outcome: Result[];
        try {
          const sent = await Promise.all(group.map(async (file) => ({ name: file.name, base64: await fileToBase64(file) })));
          outcome = await call('postings.importFiles', { files: sent });
        } catch (err) {
          outcome = group.map((file) => ({ name: file.name, status: 'error' as const, message: errorMessage(err) }));
        }
        if (live()) setResults((r) => [...r, ...outcome]);
      }
    })();
    return () => {
      alive = false;
    };
  }, [files]);

  const done = results.length === files.length || cancelled;
  const saved = results.filter((r) => r.status === 'saved').length;
  return (
    <div className="batch-import">
      <label>
        {done ? 'Import finished' : `Importing ${results.length + 1} of ${files.length}…`}
        <progress max={files.length} value={results.length} aria-label="Import progress" />
      </label>
      <p role="status">
        {saved} saved, {results.filter((r) => r.status === 'duplicate').length} duplicates,{' '}
        {results.filter((r) => r.status === 'error').length} could not be read
        {cancelled ? ' (stopped)' : ''}.
      </p>
      <ul className="batch-results" aria-label="Import results">
        {results.map((r, i) => (
          <li key={i} className={`batch-${r.status}`}>
            <strong>{r.name}</strong>: {r.status === 'saved' && <>saved as “{r.application.title}”</>}
            {r.status === 'duplicate' && (
              <>
                already saved{' '}
                <button type="button" className="link-button" onClick={() => nav.openApplication(r.duplicate.applicationId)}>
                  open “{r.duplicate.title}”
                </button>
              </>
            )}
            {r.status === 'error' && <span className="form-error">{r.message}</span>}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        {!done && (
          <button
            type="button"
            onClick={() => {
              cancelRef.current = true;
              setCancelled(true);
            }}
          >
            Stop
          </button>
        )}
        <button type="button" className="primary" onClick={onDone} disabled={!done}>
          Done
        </button>
      </div>
    </div>
  );
}
