/**
 * Constants of the API contract that the renderer uses at run time, in a module without the contract's schemas:
 * importing one of them from `api-pages.ts` or `api-postings.ts` brought zod (90 KB) and every schema there
 * into the board's first paint. Those files re-export them, so either import works on the Node side.
 */

/** How many cards `board.list` sends per column, and the most any page may hold. */
export const BOARD_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/**
 * Orders a column can be read in. `manual` is the order cards were dragged into; the others are for the
 * sorting a later issue adds to the board (while sorted, dragging within a column does not reorder).
 */
export const BOARD_SORTS = ['manual', 'deadline', 'excitement', 'dateApplied', 'lastActivity'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** Files one `postings.importFiles` call takes; the app sends larger batches in groups. */
export const MAX_FILES_PER_CALL = 25;
