import { BOARD_SORTS, type BoardSort } from '../../../shared/api-constants';

export const SORT_LABELS: Record<BoardSort, string> = {
  manual: 'Manual order',
  deadline: 'Deadline',
  excitement: 'Excitement',
  dateApplied: 'Date applied',
  lastActivity: 'Last activity',
};

const STORAGE_KEY = 'pursuit.board.sort';
const isSort = (v: unknown): v is BoardSort => (BOARD_SORTS as readonly unknown[]).includes(v);

/** The order chosen last time on this machine (a view preference, like a column width): manual by default. */
export function storedSort(): BoardSort {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isSort(v) ? v : 'manual';
  } catch {
    return 'manual';
  }
}

export function storeSort(sort: BoardSort): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, sort);
  } catch {
    // Storage refused (private mode, full): the order still applies until the window closes.
  }
}

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
