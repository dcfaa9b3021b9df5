import { z } from 'zod';
import type { ActiveReminder, Nudge } from './api-calendar';
import type { ApplicationSummary } from './domain';
import { id, method } from './api-method';
import { boardFilter } from './api-fields';
import { BOARD_SORTS, MAX_PAGE_SIZE } from './api-constants';

/**
 * Lists that page (issue 14): a board column, the Postings table and the follow-up suggestions come a page
 * at a time with the total count, so no screen asks for more than it shows, at any size of database.
 */

// Page sizes and orders (the renderer imports them from api-constants.ts, which has no zod).
export { BOARD_PAGE_SIZE, BOARD_SORTS, MAX_PAGE_SIZE, type BoardSort } from './api-constants';

const limit = z.number().int().min(1).max(MAX_PAGE_SIZE, `A page holds at most ${MAX_PAGE_SIZE} rows`);
const offset = z.number().int().min(0).max(10_000_000);
const sort = z.enum(BOARD_SORTS).optional();

export interface Page<T> {
  /** How many rows match in all (not only on this page). */
  total: number;
  offset: number;
  items: T[];
}

export interface ColumnPage extends Page<ApplicationSummary> {
  stageId: number;
}

/** Columns the Postings table sorts by (its header buttons), each ascending or descending. */
export const POSTINGS_SORT_COLUMNS = ['title', 'company', 'location', 'workplace', 'deadline'] as const;
export type PostingsSortColumn = (typeof POSTINGS_SORT_COLUMNS)[number];
export const postingsSort = z.object({ by: z.enum(POSTINGS_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).strict();
export type PostingsSort = z.infer<typeof postingsSort>;

export const boardListInput = boardFilter.extend({ sort, limit: limit.optional() }).strict();

export const pagesApi = {
  /** The next cards of one column: `offset` counts cards already shown, in the same filter and sort. */
  'board.column': method<ColumnPage>()(
    z.object({ stageId: id, filter: boardFilter.optional(), sort, offset, limit: limit.optional() }).strict(),
  ),
  /**
   * The Postings table: every application's posting, a page at a time, optionally searched and sorted (by
   * default in board order; a search lists exact matches before typo-forgiven ones).
   */
  'postings.list': method<Page<ApplicationSummary>>()(
    z.object({ search: z.string().max(200).optional(), sort: postingsSort.optional(), offset, limit: limit.optional() }).strict(),
  ),
  /** Follow-up suggestions, a page at a time, oldest activity first. */
  'nudges.page': method<Page<Nudge>>()(z.object({ offset, limit: limit.optional() }).strict()),
  /**
   * Reminders that have fired and wait to be dismissed, a page at a time, newest first: the header badge's
   * count and list (a long search can leave thousands; `reminders.active` gives them all, for the shells).
   */
  'reminders.page': method<Page<ActiveReminder>>()(z.object({ offset, limit: limit.optional() }).strict()),
} as const;
