import { BOARD_SORTS, type BoardSort } from '../../../shared/api-constants';
import { ChoiceSelect } from '../components/ChoiceSelect';

export const SORT_LABELS: Record<BoardSort, string> = {
  manual: 'Manual order',
  deadline: 'Deadline',
  excitement: 'Excitement',
  dateApplied: 'Date applied',
  lastActivity: 'Last activity',
};

const isSort = (v: unknown): v is BoardSort => (BOARD_SORTS as readonly unknown[]).includes(v);

/** One control for the whole board: every column reads its cards in this order (sorted in SQL, page by page). */
export function BoardSortControl({ sort, onChange }: { sort: BoardSort; onChange: (sort: BoardSort) => void }) {
  return (
    <label className="board-filter board-sort">
      <span>Sort cards by</span>
      <ChoiceSelect
        options={BOARD_SORTS}
        optionLabel={(s) => SORT_LABELS[s]}
        value={sort}
        onChange={(e) => isSort(e.target.value) && onChange(e.target.value)}
      />
    </label>
  );
}
