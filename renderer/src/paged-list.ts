import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PAGE_SIZE, type Page } from '../../shared/api-pages';
import type { Topic } from '../../shared/domain';
import { errorMessage } from './api-client';
import { useChanges } from './hooks';

export interface PagedList<T> {
  /** Rows matching in all; null until the first page has come. */
  total: number | null;
  /** The row at `index`, or undefined while its page is on its way. */
  rowAt: (index: number) => T | undefined;
  /** Asks for the pages holding rows `start`..`end` (inclusive) that are not loaded or loading. */
  ensure: (start: number, end: number) => void;
  error: string | null;
}

/**
 * A long list read a page at a time by offset, for a virtualised view that may jump anywhere in it (the
 * Postings table): only the pages on screen are asked for. `key` names the query (a search); a new key or a
 * change event naming one of `topics` starts again from the pages last asked for.
 */
export function usePagedList<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  key: string,
  topics: readonly Topic[],
  pageSize = 50,
): PagedList<T> {
  const [pages, setPages] = useState<ReadonlyMap<number, T[]>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(new Set<number>());
  const wanted = useRef<[number, number]>([0, 0]);
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(
    (page: number) => {
      if (asked.current.has(page)) return;
      asked.current.add(page);
      const mine = generation.current;
      fetchRef.current(page * pageSize, pageSize).then(
        (p) => {
          if (mine !== generation.current) return;
          setTotal(p.total);
          setPages((m) => new Map(m).set(page, p.items));
        },
        (err: unknown) => {
          if (mine !== generation.current) return;
          asked.current.delete(page);
          setError(errorMessage(err));
        },
      );
    },
    [pageSize],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      wanted.current = [start, end];
      for (let p = Math.floor(Math.max(0, start) / pageSize); p <= Math.floor(Math.max(0, end) / pageSize); p++) load(p);
    },
    [load, pageSize],
  );

  /** Starts over: the pages on screen are asked for again; the old rows stay until the new ones come. */
  const restart = useCallback(
    (clear: boolean) => {
      generation.current++;
      asked.current = new Set();
      setError(null);
      if (clear) {
        setPages(new Map());
        setTotal(null);
      } else {
        // Rows shown now stay until their fresh page replaces them (no flash on every change event).
        const mine = generation.current;
        const [start, end] = wanted.current;
        const first = Math.floor(start / pageSize);
        const last = Math.floor(end / pageSize);
        for (let p = first; p <= last; p++) {
          asked.current.add(p);
          fetchRef.current(p * pageSize, pageSize).then(
            (res) => {
              if (mine !== generation.current) return;
              setTotal(res.total);
              setPages((m) => {
                const next = new Map([...m].filter(([k]) => k >= first && k <= last));
                return next.set(p, res.items);
              });
            },
            (err: unknown) => mine === generation.current && setError(errorMessage(err)),
          );
        }
        return;
      }
      ensure(...wanted.current);
    },
    [ensure, pageSize],
  );

  useEffect(() => {
    wanted.current = [0, pageSize - 1];
    restart(true);
  }, [key, restart, pageSize]);
  useChanges(topics, () => restart(false));

  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / pageSize))?.[index % pageSize], [pages, pageSize]);
  return { total, rowAt, ensure, error };
}

/** The first `count` rows of a paged list (in pages of at most what the API allows, asked for together) and the total. */
export async function firstRows<T>(
  count: number,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
): Promise<{ total: number; items: T[] }> {
  const first = await fetchPage(0, Math.min(count, MAX_PAGE_SIZE));
  const rest: Promise<Page<T>>[] = [];
  for (let offset = first.items.length; offset < Math.min(count, first.total); offset += MAX_PAGE_SIZE)
    rest.push(fetchPage(offset, Math.min(MAX_PAGE_SIZE, count - offset)));
  const pages = await Promise.all(rest);
  return { total: first.total, items: [...first.items, ...pages.flatMap((p) => p.items)] };
}
