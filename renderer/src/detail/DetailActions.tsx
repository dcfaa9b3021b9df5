import { useState } from 'react';
import type { ApplicationDetail, Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { useNotify } from '../components/Toasts';
import { FormError } from '../components/FormError';
import { ChoiceSelect } from '../components/ChoiceSelect';

/**
 * The non-drag way to move an application, plus archive and delete. Archive and delete close the detail and
 * offer Undo in a message; a stage change offers Undo right here (the message area sits behind this modal).
 */
export function DetailActions({ detail, stages, onClose }: { detail: ApplicationDetail; stages: Stage[]; onClose: () => void }) {
  const notify = useNotify();
  const [status, setStatus] = useState<{ message: string; undo?: () => Promise<unknown> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const name = `“${detail.title}”`;

  async function changeStage(stageId: number) {
    setError(null);
    const previous = {
      stageId: detail.stageId,
      position: detail.position,
      dateApplied: detail.dateApplied,
      lastActivityAt: detail.lastActivityAt,
    };
    try {
      await call('applications.move', { id: detail.id, stageId, index: 0 });
      setStatus({
        message: `Moved to ${stages.find((s) => s.id === stageId)?.name ?? 'the new stage'}.`,
        undo: () => call('applications.undoMove', { id: detail.id, ...previous }),
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function archive() {
    const archived = !detail.archived;
    try {
      await call('applications.archive', { id: detail.id, archived });
      onClose();
      notify({
        kind: 'info',
        message: archived ? `Archived ${name}.` : `Restored ${name} to the board.`,
        action: { label: 'Undo', run: () => undo(() => call('applications.archive', { id: detail.id, archived: !archived })) },
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove() {
    try {
      await call('applications.delete', { id: detail.id });
      onClose();
      notify({
        kind: 'info',
        message: `Deleted ${name}.`,
        action: { label: 'Undo', run: () => undo(() => call('applications.restore', { id: detail.id })) },
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function undo(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (err) {
      notify({ kind: 'error', message: `Could not undo: ${errorMessage(err)}` });
    }
  }

  return (
    <div className="detail-actions">
      <label className="detail-stage">
        Stage
        <ChoiceSelect
          options={stages}
          optionValue={(s) => s.id}
          optionLabel={(s) => `${s.name}${s.isClosed ? ' (closed)' : ''}`}
          value={detail.stageId}
          onChange={(e) => void changeStage(Number(e.target.value))}
          disabled={detail.archived}
        />
      </label>
      <button type="button" onClick={() => void archive()}>
        {detail.archived ? 'Unarchive' : 'Archive'}
      </button>
      {confirmDelete ? (
        <span className="detail-confirm" role="group" aria-label="Confirm delete">
          <span>Delete {name} with its notes, contacts and documents?</span>
          <button type="button" className="board-danger" onClick={() => void remove()}>
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirmDelete(true)}>
          Delete…
        </button>
      )}
      <span role="status" className="detail-status">
        {status && (
          <>
            {status.message}{' '}
            {status.undo && (
              <button
                type="button"
                onClick={() => {
                  const run = status.undo!;
                  setStatus({ message: 'Move undone.' });
                  void undo(run);
                }}
              >
                Undo
              </button>
            )}
          </>
        )}
      </span>
      <FormError message={error} />
    </div>
  );
}
