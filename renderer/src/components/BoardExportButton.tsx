import type { BoardFilter } from '../../../shared/api';

/** "Export": the applications the board's current filter shows, as CSV (the data issue). */
export function BoardExportButton(_props: { filter: BoardFilter }) {
  return null;
}
