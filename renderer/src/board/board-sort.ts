import { BOARD_SORTS, type BoardSort } from '../../../shared/api-constants';

const SORT_KEY = 'pursuit.board.sort';
const isSort = (v: unknown): v is BoardSort => (BOARD_SORTS as readonly unknown[]).includes(v);

/** The order chosen last time on this machine (a view preference, like a column width): manual by default. */
export function storedSort(): BoardSort {
  try {
    const v = window.localStorage.getItem(SORT_KEY);
    return isSort(v) ? v : 'manual';
  } catch {
    return 'manual';
  }
}

export function storeSort(sort: BoardSort): void {
  try {
    window.localStorage.setItem(SORT_KEY, sort);
  } catch {
    // Storage refused (private mode, full): the order still applies until the window closes.
  }
}
