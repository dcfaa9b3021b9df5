import { useState, type SubmitEvent } from 'react';
import type { Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { useApi } from '../query';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';
import { ChoiceSelect, STAGE_CHOICES } from '../components/ChoiceSelect';

/** Closed stages a job search often needs; each is one click away until it exists. */
const COMMON_CLOSED_STAGES = ['Ghosted', 'Withdrawn'];

/** The stages of the board: add, rename, reorder, mark closed, delete (moving their applications first). */
export function StagesSettings({ hideHeading = false }: { hideHeading?: boolean }) {
  const stages = useApi('stages.list', {});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [newName, setNewName] = useState('');
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const list = stages.data ?? [];

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      setStatus(done);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  }

  async function add(e: SubmitEvent) {
    e.preventDefault();
    const name = newName.trim();
    if (await run(() => call('stages.create', { name }), `Added the stage “${name}”.`)) setNewName('');
  }

  function moveStage(index: number, by: -1 | 1) {
    const ids = list.map((s) => s.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void run(() => call('stages.reorder', { ids }), 'Stage order saved.');
  }

  const missingCommon = COMMON_CLOSED_STAGES.filter((n) => !list.some((s) => s.name.toLowerCase() === n.toLowerCase()));
  return (
    <section aria-labelledby="settings-stages" className="stages-settings">
      <h2 id="settings-stages" className={hideHeading ? 'visually-hidden' : undefined}>
        Stages
      </h2>
      <p className="muted">
        A closed stage is where an application ends (Rejected, Withdrawn); its cards stay on the board but count as done.
      </p>
      <ol className="stages-list">
        {list.map((s, i) => (
          <StageRow
            key={`${s.id}:${s.name}`}
            stage={s}
            first={i === 0}
            last={i === list.length - 1}
            onRename={(name) => run(() => call('stages.update', { id: s.id, name }), `Renamed to “${name}”.`)}
            onClosed={(isClosed) =>
              void run(
                () => call('stages.update', { id: s.id, isClosed }),
                isClosed ? `“${s.name}” is now a closed stage.` : `“${s.name}” is open again.`,
              )
            }
            onUp={() => moveStage(i, -1)}
            onDown={() => moveStage(i, 1)}
            onDelete={() => setDeleting(s)}
          />
        ))}
      </ol>
      <form className="stages-add" onSubmit={(e) => void add(e)}>
        <label>
          New stage name
          <input value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={60} required />
        </label>
        <button type="submit">Add stage</button>
        {missingCommon.map((name) => (
          <button
            key={name}
            type="button"
            onClick={() => void run(() => call('stages.create', { name, isClosed: true }), `Added the closed stage “${name}”.`)}
          >
            Add {name}
          </button>
        ))}
      </form>
      {deleting && (
        <DeleteStageForm
          stage={deleting}
          others={list.filter((s) => s.id !== deleting.id)}
          onCancel={() => setDeleting(null)}
          onDelete={async (moveTo) => {
            if (await run(() => call('stages.delete', { id: deleting.id, moveTo }), `Deleted the stage “${deleting.name}”.`))
              setDeleting(null);
          }}
        />
      )}
      <FormError message={error} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}

function StageRow(props: {
  stage: Stage;
  first: boolean;
  last: boolean;
  onRename: (name: string) => Promise<boolean>;
  onClosed: (closed: boolean) => void;
  onUp: () => void;
  onDown: () => void;
  onDelete: () => void;
}) {
  const { stage } = props;
  const [name, setName] = useState(stage.name);
  const commit = () => {
    if (name.trim() && name.trim() !== stage.name) void props.onRename(name.trim());
  };
  return (
    <li className="stages-row">
      <input
        aria-label={`Name of stage ${stage.name}`}
        value={name}
        maxLength={60}
        onChange={(e) => setName(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <label className="stages-closed">
        <input type="checkbox" checked={stage.isClosed} onChange={(e) => props.onClosed(e.target.checked)} />
        Closed
        <span className="visually-hidden"> ({stage.name})</span>
      </label>
      <button type="button" onClick={props.onUp} disabled={props.first} aria-label={`Move ${stage.name} earlier`}>
        ↑
      </button>
      <button type="button" onClick={props.onDown} disabled={props.last} aria-label={`Move ${stage.name} later`}>
        ↓
      </button>
      <button type="button" onClick={props.onDelete} aria-label={`Delete stage ${stage.name}`}>
        Delete
      </button>
    </li>
  );
}

/** Deleting asks where the stage's applications go, and says it once more before doing it. */
function DeleteStageForm({
  stage,
  others,
  onCancel,
  onDelete,
}: {
  stage: Stage;
  others: Stage[];
  onCancel: () => void;
  onDelete: (moveTo: number | undefined) => Promise<void>;
}) {
  const [moveTo, setMoveTo] = useState<number | undefined>(others[0]?.id);
  return (
    <form
      className="stages-delete"
      aria-label={`Delete the stage ${stage.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void onDelete(moveTo);
      }}
    >
      <p>
        Delete the stage “{stage.name}”? Its applications, archived ones included, keep their history and move to the stage you
        pick.
      </p>
      <label>
        Move its applications to
        <ChoiceSelect
          options={others}
          {...STAGE_CHOICES}
          value={moveTo ?? ''}
          onChange={(e) => setMoveTo(Number(e.target.value))}
        />
      </label>
      <FormActions
        submit="Delete stage and move applications"
        submitClassName="board-danger"
        onCancel={onCancel}
        cancelLabel="Keep the stage"
      />
    </form>
  );
}
