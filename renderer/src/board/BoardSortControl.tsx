import { BOARD_SORTS, type BoardSort } from '../../../shared/api-constants';

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
      <select value={sort} onChange={(e) => isSort(e.target.value) && onChange(e.target.value)}>
        {BOARD_SORTS.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
