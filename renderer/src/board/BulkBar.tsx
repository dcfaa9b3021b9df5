import { useState, type SubmitEvent } from 'react';
import type { BulkAction, BulkResult } from '../../../shared/api-bulk';
import type { Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { useNotify } from '../components/Toasts';
import { ChoiceSelect, STAGE_CHOICES } from '../components/ChoiceSelect';

const plural = (n: number) => (n === 1 ? '1 application' : `${n.toLocaleString()} applications`);

/**
 * "N selected" and what can be done to them at once: move to a stage, add a tag, archive, delete. Each is one
 * call (all or nothing) and one message with Undo that puts every card back, deleted ones included.
 */
export function BulkBar({
  selected,
  stages,
  onClear,
}: {
  /** In board order: a bulk move keeps that order in the target stage. */
  selected: readonly number[];
  stages: readonly Stage[];
  onClear: () => void;
}) {
  const notify = useNotify();
  const [stageId, setStageId] = useState('');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(action: BulkAction, done: (changed: number) => string) {
    setBusy(true);
    try {
      const result: BulkResult = await call('applications.bulk', { ids: [...selected], action });
      onClear();
      notify({
        kind: 'info',
        message: done(result.changed),
        action: {
          label: 'Undo',
          run: async () => {
            try {
              const { restored } = await call('applications.bulkUndo', { undo: result.undo });
              notify({ kind: 'info', message: `Undone: ${plural(restored)} put back.` });
            } catch (err) {
              notify({ kind: 'error', message: `Could not undo: ${errorMessage(err)}` });
            }
          },
        },
      });
    } catch (err) {
      notify({ kind: 'error', message: `Nothing was changed. ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  }

  function move(e: SubmitEvent) {
    e.preventDefault();
    const target = stages.find((s) => String(s.id) === stageId);
    if (!target) {
      notify({ kind: 'error', message: 'Pick the stage to move the selected applications to.' });
      return;
    }
    void run({ kind: 'move', stageId: target.id }, (n) => `Moved ${plural(n)} to ${target.name}.`);
  }
  function addTag(e: SubmitEvent) {
    e.preventDefault();
    const name = tag.trim();
    if (!name) {
      notify({ kind: 'error', message: 'Type the tag to add to the selected applications.' });
      return;
    }
    void run({ kind: 'tag', tag: name }, (n) => `Tagged ${plural(n)} “${name}”.`);
    setTag('');
  }

  return (
    <section className="bulk-bar" aria-label="Selected applications">
      <p className="bulk-bar-count" role="status">
        {selected.length.toLocaleString()} selected
      </p>
      <form className="bulk-bar-group" onSubmit={move}>
        <label>
          <span>Move to</span>
          <ChoiceSelect
            options={stages}
            {...STAGE_CHOICES}
            emptyLabel="Stage…"
            value={stageId}
            onChange={(e) => setStageId(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          Move
        </button>
      </form>
      <form className="bulk-bar-group" onSubmit={addTag}>
        <label>
          <span>Tag</span>
          <input value={tag} onChange={(e) => setTag(e.target.value)} maxLength={50} placeholder="e.g. referral" />
        </label>
        <button type="submit" disabled={busy}>
          Add tag
        </button>
      </form>
      <button type="button" disabled={busy} onClick={() => void run({ kind: 'archive' }, (n) => `Archived ${plural(n)}.`)}>
        Archive
      </button>
      <button type="button" disabled={busy} onClick={() => void run({ kind: 'delete' }, (n) => `Deleted ${plural(n)}.`)}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
