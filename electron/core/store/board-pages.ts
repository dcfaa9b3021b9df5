import { BOARD_PAGE_SIZE, type BoardSort, type ColumnPage, type Page, type PostingsSort } from '../../../shared/api-pages';
import type { BoardFilter } from '../../../shared/api';
import type { ApplicationSummary, Board } from '../../../shared/domain';
import { localDay } from '../../../shared/dates';
import { BOARD_CARD_SELECT, columnOrder, filterSql, SUMMARY_SELECT, toSummary, type SummaryRow } from './application-query';
import { cached, type Db } from './db';
import { listStages } from './stages';

/**
 * The board a page at a time (issue 14): the first paint needs each column's first page and its count,
 * whatever the size of the database; scrolling a column asks for the next page with `columnPage`.
 * Filters and search run here, in SQL, so a page of a search is as cheap as a page of the whole board.
 */

/**
 * One page: the ids are chosen on the index alone (skipping `offset` rows costs an index walk, not building
 * `offset` cards), then only the page's cards are built. Parameters: the filter's, then limit and offset
 * (a board page, `BOARD_CARD_SELECT`, first takes the two of `interviewParams`).
 */
const pageSql = (
  where: string,
  columnOrder: string,
  needsPosting: boolean,
  rankFirst: string | null,
  select = SUMMARY_SELECT,
): string => {
  const order = rankFirst ? `${rankFirst}, ${columnOrder}` : columnOrder;
  return `${select} WHERE a.id IN (SELECT a.id FROM applications a${needsPosting ? ' JOIN postings p ON p.id = a.posting_id' : ''}
     WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`;
};

/** "From now on" for a card's next interview: the instant, and today's day in the user's time zone. */
const interviewParams = (now: Date): [string, string] => [now.toISOString(), localDay(now)];

const columnSql = (
  where: string,
  sort: BoardSort,
  filter: BoardFilter,
  needsPosting: boolean,
  rankFirst: string | null,
): string =>
  pageSql(
    `${where} AND a.stage_id = ?`,
    columnOrder(sort, filter),
    needsPosting || sort === 'deadline',
    rankFirst,
    BOARD_CARD_SELECT,
  );

const countFrom = (needsPosting: boolean): string =>
  `SELECT a.stage_id AS stageId, count(*) AS total FROM applications a${needsPosting ? ' JOIN postings p ON p.id = a.posting_id' : ''}`;

/** Matching cards per stage; stages without any are absent. */
export function columnTotals(db: Db, filter: BoardFilter = {}): Map<number, number> {
  const { where, params, needsPosting } = filterSql(filter, db);
  const rows = cached(db, `${countFrom(needsPosting)} WHERE ${where} GROUP BY a.stage_id`).all(...params) as {
    stageId: number;
    total: number;
  }[];
  return new Map(rows.map((r) => [r.stageId, r.total]));
}

/** `limit` cards of one column from `offset`, in `sort` order, with the column's total under the filter. */
export function columnPage(
  db: Db,
  stageId: number,
  filter: BoardFilter = {},
  sort: BoardSort = 'manual',
  offset = 0,
  limit = BOARD_PAGE_SIZE,
  now = new Date(),
): ColumnPage {
  const { where, params, needsPosting, rankFirst } = filterSql(filter, db);
  const rows = cached(db, columnSql(where, sort, filter, needsPosting, rankFirst)).all(
    ...interviewParams(now),
    ...params,
    stageId,
    limit,
    offset,
  ) as SummaryRow[];
  // A short first page is the whole column: no need to count.
  const total =
    offset === 0 && rows.length < limit
      ? rows.length
      : (cached(db, `${countFrom(needsPosting)} WHERE ${where} AND a.stage_id = ?`).get(...params, stageId) as { total: number })
          .total;
  return { stageId, total, offset, items: rows.map(toSummary) };
}

/** The stages, each column's first page in board order, and every column's total. */
export function boardFirstPages(
  db: Db,
  filter: BoardFilter = {},
  sort: BoardSort = 'manual',
  limit = BOARD_PAGE_SIZE,
  now = new Date(),
): Board {
  const stages = listStages(db);
  const totals = columnTotals(db, filter);
  const cards: ApplicationSummary[] = [];
  const { where, params, needsPosting, rankFirst } = filterSql(filter, db);
  const page = cached(db, columnSql(where, sort, filter, needsPosting, rankFirst));
  const since = interviewParams(now);
  for (const s of stages) {
    // A column with nothing matching costs no query at all.
    if (!totals.get(s.id)) continue;
    cards.push(...(page.all(...since, ...params, s.id, limit, 0) as SummaryRow[]).map(toSummary));
  }
  return { stages, cards, columns: stages.map((s) => ({ stageId: s.id, total: totals.get(s.id) ?? 0 })) };
}

/**
 * The Postings table sorted by a column. Without a search, or with one matching many rows, the page's ids
 * are read walking that column's index (migration 007), postings first: a page far down costs an
 * index walk, never a sort of every row (posting rows are large, their texts first, so reading a title
 * from each of 100,000 takes seconds). A search matching few rows sorts just those. Empty values sort
 * after every other value (last going up, first going down), as the index holds them. A column sort
 * chosen by the user replaces the exact-before-forgiven ranking of a search.
 */
const FEW_HITS = 2_000;
function sortedPostingsSql(where: string, sort: PostingsSort, hits: number | null): string {
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const column = `p.${sort.by}`;
  const order = `${column} IS NULL ${dir}, ${column} COLLATE NOCASE ${dir}, p.id ${dir}, a.id ${dir}`;
  const from =
    hits !== null && hits <= FEW_HITS
      ? 'applications a JOIN postings p ON p.id = a.posting_id'
      : 'postings p CROSS JOIN applications a ON a.posting_id = p.id';
  return `${SUMMARY_SELECT} WHERE a.id IN (SELECT a.id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?)
     ORDER BY ${order}`;
}

/** The Postings table: applications (not archived), optionally searched and sorted, a page at a time. */
export function postingsPage(
  db: Db,
  search: string | undefined,
  offset: number,
  limit = BOARD_PAGE_SIZE,
  sort?: PostingsSort,
): Page<ApplicationSummary> {
  const filter: BoardFilter = search?.trim() ? { search } : {};
  const { where, params, needsPosting, rankFirst, hits } = filterSql(filter, db);
  const sql = sort
    ? sortedPostingsSql(where, sort, hits)
    : pageSql(where, 'a.stage_id, a.position, a.id', needsPosting, rankFirst);
  const rows = cached(db, sql).all(...params, limit, offset) as SummaryRow[];
  const { total } = cached(
    db,
    `SELECT count(*) AS total FROM applications a${needsPosting ? ' JOIN postings p ON p.id = a.posting_id' : ''} WHERE ${where}`,
  ).get(...params) as { total: number };
  return { total, offset, items: rows.map(toSummary) };
}
