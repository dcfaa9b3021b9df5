import { useMemo, useState } from 'react';
import type { BoardFilter } from '../../../shared/api';
import type { BoardSort } from '../../../shared/api-pages';
import { call, errorMessage } from '../api-client';
import { BoardColumns } from '../board/BoardColumns';
import { BoardFilters, isFiltered } from '../board/BoardFilters';
import { BoardSortControl } from '../board/BoardSortControl';
import { storedSort, storeSort } from '../board/board-sort';
import { BulkBar } from '../board/BulkBar';
import { AddPostingButton } from '../components/AddPostingButton';
import { BoardExportButton } from '../components/BoardExportButton';
import { Dialog } from '../components/Dialog';
import { NewApplicationDialog } from '../components/NewApplicationDialog';
import { useNotify } from '../components/Toasts';
import { boardKey, useBoardPages } from '../board/useBoardPages';
import { useNavigation } from '../navigation';
import { StagesSettings } from '../settings/StagesSettings';
import { FormError } from '../components/FormError';
import { SampleDataNotice } from '../components/SampleDataNotice';

export function BoardView() {
  const [filter, setFilter] = useState<BoardFilter>({});
  const [sort, setSort] = useState<BoardSort>(storedSort);
  const board = useBoardPages(filter, sort);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  // A selection is of the cards on screen: another filter shows others, so it starts empty (set while rendering,
  // React's way to reset state when an input changes).
  const filterKey = JSON.stringify(filter);
  const [selectedFor, setSelectedFor] = useState(filterKey);
  if (selectedFor !== filterKey) {
    setSelectedFor(filterKey);
    setSelected(new Set());
  }
  const [creating, setCreating] = useState(false);
  const [managingStages, setManagingStages] = useState(false);
  const [seeding, setSeeding] = useState(false);
  const notify = useNotify();
  const { openApplication } = useNavigation();

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

  const allStages = board.stages;
  const stages = useMemo(
    () => (allStages ?? []).filter((s) => filter.stageId === undefined || s.id === filter.stageId),
    [allStages, filter.stageId],
  );
  const filtered = isFiltered(filter);
  // The selected cards in board order (a bulk move keeps it), those still shown.
  const selectedInOrder = useMemo(() => board.cards.filter((c) => selected.has(c.id)).map((c) => c.id), [board.cards, selected]);
  const loaded = board.stages !== null;
  return (
    <div className="board-view">
      <div className="toolbar">
        <h1>Board</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New application
        </button>
        <AddPostingButton />
        <BoardExportButton filter={filter} />
        <button type="button" onClick={() => setManagingStages(true)}>
          Manage stages
        </button>
      </div>
      <BoardFilters filter={filter} onChange={setFilter} stages={allStages ?? []}>
        <BoardSortControl
          sort={sort}
          onChange={(s) => {
            setSort(s);
            storeSort(s);
          }}
        />
      </BoardFilters>
      <SampleDataNotice />
      {selectedInOrder.length > 0 && (
        <BulkBar selected={selectedInOrder} stages={allStages ?? []} onClear={() => setSelected(new Set())} />
      )}
      <FormError message={board.error} />
      {loaded && board.total === 0 && !filtered && (
        <div className="empty-state">
          <p>
            No applications yet. Add the jobs you are pursuing with “New application”, paste a job ad with “Add posting”, or look
            around with sample data first.
          </p>
          <button type="button" onClick={() => void loadSample()} disabled={seeding}>
            {seeding ? 'Loading sample data…' : 'Load sample data'}
          </button>
        </div>
      )}
      {loaded && board.total === 0 && filtered && (
        <p className="empty-state" role="status">
          No applications match these filters.
        </p>
      )}
      {filtered && board.total > 0 && (
        <p className="muted board-result-count" role="status">
          {board.total === 1 ? '1 application matches.' : `${board.total.toLocaleString()} applications match.`}
        </p>
      )}
      <BoardColumns
        stages={stages}
        cards={board.cards}
        columns={board.columns}
        onNeedMore={board.loadMore}
        dragDisabled={filter.archived === true}
        onOpen={openApplication}
        boardKey={boardKey(filter, sort)}
        sort={sort}
        selected={selected}
        onSelect={setSelected}
      />
      <NewApplicationDialog open={creating} onClose={() => setCreating(false)} />
      <Dialog title="Stages" open={managingStages} onClose={() => setManagingStages(false)}>
        <StagesSettings hideHeading />
      </Dialog>
    </div>
  );
}
