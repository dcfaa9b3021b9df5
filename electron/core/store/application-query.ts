import type { BoardSort } from '../../../shared/api-pages';
import type { BoardFilter } from '../../../shared/api';
import type { ApplicationSummary } from '../../../shared/domain';
import type { Db } from './db';
import { toSearchQuery } from './search';
import { EXACT_FIRST, fillSearchHits, HITS_TABLE } from './search-hits';

/** One card's columns; `a` is applications, `p` its posting. The tags subquery runs only for rows returned. */
const SUMMARY_COLUMNS = `a.id, a.posting_id AS postingId, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company,
         p.location, p.workplace, a.stage_id AS stageId, a.position, a.date_saved AS dateSaved,
         a.date_applied AS dateApplied, p.deadline, a.excitement, a.archived,
         (SELECT json_group_array(t.name) FROM application_tags at JOIN tags t ON t.id = at.tag_id
           WHERE at.application_id = a.id) AS tags,
         a.last_activity_at AS lastActivityAt`;
const SUMMARY_FROM = 'FROM applications a JOIN postings p ON p.id = a.posting_id';
export const SUMMARY_SELECT = `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}`;

/**
 * A board card also shows its next interview: the earliest interview from now on, its instant (or its day
 * when all-day), read in the page's one statement (a subquery on the events index for the rows returned, not
 * a request per card). Its two parameters come first: now as an ISO instant, then today as `YYYY-MM-DD`.
 */
export const BOARD_CARD_SELECT = `SELECT ${SUMMARY_COLUMNS},
    (SELECT coalesce(e.starts_at, e.day) FROM events e
      WHERE e.application_id = a.id AND e.kind = 'interview'
        AND ((e.all_day = 0 AND e.starts_at >= ?) OR (e.all_day = 1 AND e.day >= ?))
      ORDER BY coalesce(e.starts_at, e.day) LIMIT 1) AS nextInterview
  ${SUMMARY_FROM}`;

export type SummaryRow = Omit<ApplicationSummary, 'archived' | 'tags' | 'nextInterview'> & {
  archived: number;
  tags: string;
  nextInterview?: string | null;
};
export const toSummary = ({ nextInterview, ...r }: SummaryRow): ApplicationSummary => ({
  ...r,
  archived: r.archived === 1,
  tags: (JSON.parse(r.tags) as string[]).sort((a, b) => a.localeCompare(b)),
  // Only board pages read it; elsewhere the field stays absent rather than a misleading null.
  ...(nextInterview !== undefined && { nextInterview }),
});

export interface FilterSql {
  /** Conditions on `a` (applications) and `p` (postings), joined with AND. */
  where: string;
  params: unknown[];
  /** Whether a condition reads the posting, so a count must join it. */
  needsPosting: boolean;
  /**
   * ORDER BY terms to put first: set when some rows were found only by forgiving a typo, so that rows
   * matching as typed come before them (left out otherwise, so a column is still read in index order).
   */
  rankFirst: string | null;
  /** How many rows the search matches (null without a search), for callers choosing how to read them. */
  hits: number | null;
}

/**
 * The board's filter as SQL: the search through the FTS5 index, the rest on indexed columns. A search is
 * read from the index once into this connection's hits table (see search-hits.ts), so callers may run
 * several statements with one filter (counts and pages); titles, companies and tags forgive a typo.
 */
export function filterSql(filter: BoardFilter, db: Db): FilterSql {
  // "Show archived" adds the archived cards to the active ones; `archived` alone asks for archived ones only.
  const where: string[] = [filter.includeArchived ? 'a.archived IN (0, 1)' : 'a.archived = ?'];
  const params: unknown[] = filter.includeArchived ? [] : [filter.archived ? 1 : 0];
  let needsPosting = false;
  let rankFirst: string | null = null;
  let hits: number | null = null;
  const query = filter.search ? toSearchQuery(db, filter.search) : null;
  if (query) {
    const { total, fuzzy } = fillSearchHits(db, query);
    hits = total;
    // Ranking matters only when both kinds were found; otherwise columns keep their index order.
    if (fuzzy > 0 && fuzzy < total) rankFirst = EXACT_FIRST;
    where.push(`a.id IN (SELECT id FROM ${HITS_TABLE})`);
  }
  if (filter.tag) {
    where.push(
      'a.id IN (SELECT at.application_id FROM application_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ? COLLATE NOCASE)',
    );
    params.push(filter.tag);
  }
  if (filter.workplace) {
    where.push('p.workplace = ?');
    params.push(filter.workplace);
    needsPosting = true;
  }
  if (filter.stageId) {
    where.push('a.stage_id = ?');
    params.push(filter.stageId);
  }
  if (filter.hasDeadline !== undefined) {
    where.push(filter.hasDeadline ? 'p.deadline IS NOT NULL' : 'p.deadline IS NULL');
    needsPosting = true;
  }
  return { where: where.join(' AND '), params, needsPosting, rankFirst, hits };
}

/**
 * ORDER BY within a column, each ending in a unique key so pages never overlap. `manual`, `lastActivity`,
 * `excitement` and `dateApplied` walk an index (migration 5); descending order puts empty values last.
 */
export const COLUMN_ORDER: Record<BoardSort, string> = {
  manual: 'a.position, a.id',
  deadline: 'p.deadline IS NULL, p.deadline, a.position, a.id',
  excitement: 'a.excitement DESC, a.id DESC',
  dateApplied: 'a.date_applied DESC, a.id DESC',
  lastActivity: 'a.last_activity_at DESC, a.id DESC',
};

/** A column's ORDER BY under a filter: with archived cards shown, they follow the active ones (the same index). */
export const columnOrder = (sort: BoardSort, filter: BoardFilter = {}): string =>
  filter.includeArchived ? `a.archived, ${COLUMN_ORDER[sort]}` : COLUMN_ORDER[sort];
