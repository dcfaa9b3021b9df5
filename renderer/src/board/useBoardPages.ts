import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BoardFilter } from '../../../shared/api';
import { MAX_PAGE_SIZE, type BoardSort } from '../../../shared/api-pages';
import type { ApplicationSummary, Stage } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { useChanges } from '../hooks';
import { appendPage } from './layout';

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

/**
 * The board a page at a time: `board.list` gives each column's first page and its count in one request;
 * scrolling a column near its end asks `board.column` for the next page. A change event reloads the first
 * pages and, for a column already scrolled further, the same number of cards again, so the scroll position
 * and the cards under it stay put.
 */
export function useBoardPages(filter: BoardFilter, sort: BoardSort = 'manual'): BoardPages {
  const [stages, setStages] = useState<Stage[] | null>(null);
  const [columns, setColumns] = useState<ReadonlyMap<number, ColumnState>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  const seq = useRef(0);
  /** The filter and sort the columns on screen were read with. */
  const columnsKey = useRef('');
  const filterKey = JSON.stringify(filter);

  const reload = useCallback(() => {
    const mine = ++seq.current;
    const key = `${filterKey}|${sort}`;
    // Under a new filter the cards scrolled to before mean nothing: start from first pages. The old cards
    // stay on screen until the new ones come, so typing a search does not flash an empty board.
    const loadedBefore =
      columnsKey.current === key ? new Map([...columnsRef.current].map(([id, c]) => [id, c.cards.length])) : new Map();
    const run = async () => {
      const board = await call('board.list', { ...filter, sort });
      const next = new Map<number, ColumnState>();
      for (const { stageId, total } of board.columns) next.set(stageId, { cards: [], total, loadingMore: false });
      for (const card of board.cards) next.get(card.stageId)?.cards.push(card);
      // Columns scrolled past their first page: fetch as many cards again, in parallel pages.
      await Promise.all(
        [...next].map(async ([stageId, col]) => {
          const want = Math.min(loadedBefore.get(stageId) ?? 0, col.total);
          const requests: Promise<ApplicationSummary[]>[] = [];
          for (let offset = col.cards.length; offset < want; offset += MAX_PAGE_SIZE)
            requests.push(
              call('board.column', { stageId, filter, sort, offset, limit: Math.min(MAX_PAGE_SIZE, want - offset) }).then(
                (p) => p.items,
              ),
            );
          for (const items of await Promise.all(requests)) col.cards = appendPage(col.cards, items);
        }),
      );
      return { stages: board.stages, columns: next };
    };
    run().then(
      (result) => {
        if (mine !== seq.current) return;
        columnsKey.current = key;
        setStages(result.stages);
        setColumns(result.columns);
        setError(null);
      },
      (err: unknown) => mine === seq.current && setError(errorMessage(err)),
    );
    // The filter and sort are read through filterKey; the objects themselves change on every render.
  }, [filterKey, sort]);

  useEffect(reload, [reload]);
  useChanges(['applications', 'stages', 'postings'], reload);

  const loadMore = useCallback(
    (stageId: number) => {
      const col = columnsRef.current.get(stageId);
      if (!col || col.loadingMore || col.cards.length >= col.total) return;
      const mine = seq.current;
      const update = (patch: (c: ColumnState) => ColumnState) =>
        setColumns((cols) => {
          const c = cols.get(stageId);
          if (!c || mine !== seq.current) return cols;
          const next = new Map(cols);
          next.set(stageId, patch(c));
          columnsRef.current = next;
          return next;
        });
      update((c) => ({ ...c, loadingMore: true }));
      call('board.column', { stageId, filter, sort, offset: col.cards.length, limit: MORE_PAGE_SIZE }).then(
        (page) => update((c) => ({ cards: appendPage(c.cards, page.items), total: page.total, loadingMore: false })),
        (err: unknown) => {
          update((c) => ({ ...c, loadingMore: false }));
          setError(errorMessage(err));
        },
      );
    },
    [filterKey, sort],
  );

  const { cards, total } = useMemo(() => {
    const ordered = (stages ?? []).map((s) => columns.get(s.id)).filter((c): c is ColumnState => c !== undefined);
    return { cards: ordered.flatMap((c) => c.cards), total: ordered.reduce((n, c) => n + c.total, 0) };
  }, [stages, columns]);
  return { stages, columns, cards, total, error, loadMore };
}
