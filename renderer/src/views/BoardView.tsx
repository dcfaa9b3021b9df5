import { useState } from 'react';
import type { ApplicationSummary, Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { AddPostingButton } from '../components/AddPostingButton';
import { BoardExportButton } from '../components/BoardExportButton';
import { NewApplicationDialog } from '../components/NewApplicationDialog';
import { useNotify } from '../components/Toasts';
import { useLoad } from '../hooks';

export function BoardView() {
  const board = useLoad(() => call('board.list', {}), [], ['applications', 'stages', 'postings']);
  const [creating, setCreating] = useState(false);
  const [seeding, setSeeding] = useState(false);
  const notify = useNotify();

  async function loadSample() {
    setSeeding(true);
    try {
      const { created } = await call('demo.seed', { count: 40 });
      notify({ kind: 'info', message: `Added ${created} sample applications.` });
    } catch (err) {
      notify({ kind: 'error', message: errorMessage(err) });
    } finally {
      setSeeding(false);
    }
  }

  const stages = board.data?.stages ?? [];
  const cards = board.data?.cards ?? [];
  return (
    <div className="board-view">
      <div className="toolbar">
        <h1>Board</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New application
        </button>
        <AddPostingButton />
        <BoardExportButton filter={{}} />
      </div>
      {board.error && (
        <p className="form-error" role="alert">
          {board.error}
        </p>
      )}
      {board.data && cards.length === 0 && (
        <div className="empty-state">
          <p>No applications yet. Add the jobs you are pursuing with “New application”, or look around with sample data first.</p>
          <button type="button" onClick={loadSample} disabled={seeding}>
            {seeding ? 'Loading sample data…' : 'Load sample data'}
          </button>
        </div>
      )}
      <div className="board">
        {stages.map((stage) => (
          <StageColumn key={stage.id} stage={stage} cards={cards.filter((c) => c.stageId === stage.id)} />
        ))}
      </div>
      <NewApplicationDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

function StageColumn({ stage, cards }: { stage: Stage; cards: ApplicationSummary[] }) {
  const headingId = `stage-${stage.id}-heading`;
  return (
    <section className="column" aria-labelledby={headingId}>
      <h2 id={headingId} className="column-title">
        {stage.name}
      </h2>
      <span className="column-count" aria-label={`${cards.length} applications`}>
        {cards.length}
      </span>
      <ul className="cards">
        {cards.map((c) => (
          <li key={c.id}>
            <article className="card" aria-label={`${c.title} at ${c.company}`}>
              <h3>{c.title}</h3>
              <p>{c.company}</p>
              {c.location && <p className="muted">{c.location}</p>}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
