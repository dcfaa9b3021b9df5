import type { InfiniteData, QueryKey } from '@tanstack/react-query';
import type { BoardFilter } from '../../../shared/api';
import type { BoardSort } from '../../../shared/api-constants';
import type { ColumnPage } from '../../../shared/api-pages';
import type { Board } from '../../../shared/domain';
import { call } from '../api-client';
import { takeStarted } from '../first-requests';
import { prefetchApi, queryClient } from '../query';
import { storedSort } from './board-sort';

/**
 * The board as one infinite query (useBoardPages.ts): its first page is `board.list` (the stages and each
 * column's first page with its count, in one request), each further page one column's next cards from
 * `board.column`. A page's param says which: null for the board, `{ stageId, offset }` for a column.
 */
export type BoardPageParam = { stageId: number; offset: number } | null;
export type BoardPage = { kind: 'board'; board: Board } | { kind: 'column'; page: ColumnPage };
export type BoardData = InfiniteData<BoardPage, BoardPageParam>;

export const boardKey = (filter: BoardFilter, sort: BoardSort): QueryKey => ['board.list', { ...filter, sort }];

/** The board's first page: the stages, each column's first cards and every column's count. */
export const boardFirstPage = async (filter: BoardFilter, sort: BoardSort): Promise<BoardPage> => ({
  kind: 'board',
  board: await call('board.list', { ...filter, sort }),
});

/**
 * Asks for what the first view shows now, as the app starts, into the cache its components read (same keys,
 * same requests): the board's first page (unfiltered, in the stored order: the board as it first shows), then
 * the stages (which cards show a deadline), the sample-data notice above the board, the status banners and the
 * tag filter. The Board's code is still loading: waiting for it to run and render before asking put the
 * board's request half a second after the page's scripts had arrived, and answers coming after the cards moved
 * them (a deadline hidden, the sample notice pushing the board down) with another render and layout of every
 * card. Resolves when the answers the cards' first render needs are in (or failed): the board, the stages and
 * the sample count.
 */
export function prefetchFirstView(): Promise<void> {
  const needed = [prefetchBoard(), prefetchApi('stages.list', {}), prefetchApi('demo.sampleCount', {})];
  void prefetchApi('system.status', {});
  void prefetchApi('tags.list', {});
  return Promise.all(needed).then(() => undefined);
}

function prefetchBoard(): Promise<void> {
  const sort = storedSort();
  return (
    queryClient
      .infiniteQuery<BoardPage, Error, BoardData, QueryKey, BoardPageParam>({
        queryKey: boardKey({}, sort),
        initialPageParam: null,
        queryFn: async () => {
          const started = takeStarted('board.list', { sort });
          return started ? { kind: 'board', board: await started } : boardFirstPage({}, sort);
        },
        // Only the first page here; the Board's own query (useBoardPages) asks for more as columns scroll.
        getNextPageParam: () => undefined,
      })
      // A failure stays in the cache for the Board to show (and to ask again when it mounts).
      .then(
        () => undefined,
        () => undefined,
      )
  );
}
