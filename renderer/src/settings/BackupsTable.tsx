import type { BackupFile } from '../../../shared/api-data';
import { formatBytes, formatInstant } from '../detail/format';

const KIND_LABEL = { auto: 'Daily', manual: 'Manual', 'before-restore': 'Before a restore' } as const;

/** The backups in the data folder, newest first, each with its Restore… button. */
export function BackupsTable({
  backups,
  busy,
  onRestore,
}: {
  backups: readonly BackupFile[];
  busy: boolean;
  onRestore: (name: string) => void;
}) {
  return (
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
        {backups.map((b) => (
          <tr key={b.name}>
            <td>{formatInstant(b.takenAt)}</td>
            <td>{KIND_LABEL[b.kind]}</td>
            <td>{formatBytes(b.sizeBytes)}</td>
            <td>
              <button type="button" disabled={busy} aria-label={`Restore ${b.name}`} onClick={() => onRestore(b.name)}>
                Restore…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
