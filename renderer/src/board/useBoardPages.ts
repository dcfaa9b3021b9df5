import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { BoardFilter } from '../../../shared/api';
import type { BoardSort } from '../../../shared/api-constants';
import type { ApplicationSummary, Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { queryClient } from '../query';
import { boardFirstPage, boardKey, type BoardData, type BoardPage, type BoardPageParam } from './board-query';
import { appendPage } from './layout';

export { boardKey, type BoardData, type BoardPage, type BoardPageParam };

export interface ColumnState {
  cards: ApplicationSummary[];
  total: number;
  loadingMore: boolean;
}

export interface BoardPages {
  stages: Stage[] | null;
  columns: ReadonlyMap<number, ColumnState>;
  /** Every card loaded, in board order (stage, then column order). */
  cards: ApplicationSummary[];
  /** Cards matching in all columns, loaded or not. */
  total: number;
  error: string | null;
  /** Asks for the next page of a column, once at a time; nothing when it is all loaded. */
  loadMore: (stageId: number) => void;
}

/** The page size while scrolling: larger than the first page, so a fast scroll needs fewer round trips. */
const MORE_PAGE_SIZE = 100;

/** Each column's cards (every page loaded, in order) and count, from the board's pages. */
export function columnsOf(data: BoardData | undefined): { stages: Stage[] | null; columns: Map<number, ColumnState> } {
  const columns = new Map<number, ColumnState>();
  let stages: Stage[] | null = null;
  for (const p of data?.pages ?? []) {
    if (p.kind === 'board') {
      stages = p.board.stages;
      for (const { stageId, total } of p.board.columns) columns.set(stageId, { cards: [], total, loadingMore: false });
      for (const card of p.board.cards) columns.get(card.stageId)?.cards.push(card);
    } else {
      const col = columns.get(p.page.stageId);
      if (col) columns.set(p.page.stageId, { ...col, cards: appendPage(col.cards, p.page.items), total: p.page.total });
    }
  }
  return { stages, columns };
}

/**
 * The board a page at a time: the first request gives each column's first page and its count; scrolling a
 * column near its end asks for its next page (one request at a time: a column asking meanwhile waits its
 * turn). A change event refetches the board's pages in order, the columns scrolled further included, so the
 * scroll position and the cards under it stay put. A new filter or sort starts from first pages, the old
 * cards staying on screen until the new ones come (typing a search does not flash an empty board).
 */
export function useBoardPages(filter: BoardFilter, sort: BoardSort = 'manual'): BoardPages {
  const key = boardKey(filter, sort);
  /** Columns that asked for more, served in turn. */
  const waiting = useRef<number[]>([]);

  const query = useInfiniteQuery<BoardPage, Error, BoardData, QueryKey, BoardPageParam>({
    queryKey: key,
    initialPageParam: null,
    queryFn: async ({ pageParam }): Promise<BoardPage> =>
      pageParam === null
        ? boardFirstPage(filter, sort)
        : {
            kind: 'column',
            page: await call('board.column', {
              stageId: pageParam.stageId,
              filter,
              sort,
              offset: pageParam.offset,
              limit: MORE_PAGE_SIZE,
            }),
          },
    getNextPageParam: (_last, pages, _lastParam, params): BoardPageParam | undefined => {
      // A refetch after a change asks again for the pages it had, in order: the cache still holds their params.
      const cached = queryClient.getQueryData<BoardData>(key);
      if (cached && params.length < cached.pageParams.length) return cached.pageParams[params.length];
      const stageId = waiting.current[0];
      if (stageId === undefined) return undefined;
      const col = columnsOf({ pages, pageParams: params }).columns.get(stageId);
      return col && col.cards.length < col.total ? { stageId, offset: col.cards.length } : undefined;
    },
    placeholderData: keepPreviousData,
  });

  const { fetchNextPage } = query;
  const { stages, columns: loaded } = useMemo(() => columnsOf(query.data), [query.data]);
  const keyJson = JSON.stringify(key);
  /** How many cards of a column are loaded now (in the cache, not as last rendered), or null when it has no more. */
  const loadedOf = useCallback(
    (stageId: number): number | null => {
      const data = queryClient.getQueryData<BoardData>(JSON.parse(keyJson) as QueryKey);
      const col = columnsOf(data).columns.get(stageId);
      return col && col.cards.length < col.total ? col.cards.length : null;
    },
    [keyJson],
  );
  const serving = useRef(false);
  /** The column whose next page is on its way. */
  const [loadingStage, setLoadingStage] = useState<number | null>(null);

  /** Fetches the waiting columns' next pages one after another. */
  const serve = useCallback(async () => {
    if (serving.current) return;
    serving.current = true;
    try {
      while (waiting.current.length > 0) {
        const stageId = waiting.current[0]!;
        setLoadingStage(stageId);
        // A refetch under way is waited for rather than cancelled; then the column is asked for again.
        for (let tries = 0; tries < 2; tries++) {
          const before = loadedOf(stageId);
          if (before === null) break;
          const result = await fetchNextPage({ cancelRefetch: false });
          if (result.isError || loadedOf(stageId) !== before) break;
        }
        waiting.current.shift();
      }
    } finally {
      serving.current = false;
      setLoadingStage(null);
    }
  }, [fetchNextPage, loadedOf]);

  const loadMore = useCallback(
    (stageId: number) => {
      if (loadedOf(stageId) === null || waiting.current.includes(stageId)) return;
      waiting.current.push(stageId);
      void serve();
    },
    [serve, loadedOf],
  );

  const columns = useMemo(
    () =>
      loadingStage === null
        ? loaded
        : new Map([...loaded].map(([id, c]) => [id, id === loadingStage ? { ...c, loadingMore: true } : c])),
    [loaded, loadingStage],
  );
  const { cards, total } = useMemo(() => {
    const ordered = (stages ?? []).map((s) => columns.get(s.id)).filter((c): c is ColumnState => c !== undefined);
    return { cards: ordered.flatMap((c) => c.cards), total: ordered.reduce((n, c) => n + c.total, 0) };
  }, [stages, columns]);
  return { stages, columns, cards, total, error: query.error ? errorMessage(query.error) : null, loadMore };
}
