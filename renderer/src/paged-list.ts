import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ApiMethod } from '../../shared/api';
import { MAX_PAGE_SIZE } from '../../shared/api-constants';
import type { Page } from '../../shared/api-pages';
import { errorMessage } from './api-client';
import { queryClient } from './query';

/** How a page of a list is keyed in the cache: like any call of `method` with that input. */
export const pageKey = (method: ApiMethod, input: object, page: number, pageSize: number): unknown[] => [
  method,
  { ...input, offset: page * pageSize, limit: pageSize },
];

/** Rows a page of a paged list holds, unless its view asks otherwise. */
const PAGE_SIZE = 50;

/**
 * Starts reading a list's first page into the cache, for a view about to open (its code may still be on its way):
 * the view then finds it there, or on its way. A failure is left in the cache for the view to show and retry.
 */
export function prefetchFirstPage<T>(
  method: ApiMethod,
  input: object,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  pageSize = PAGE_SIZE,
): void {
  queryClient
    .query({ queryKey: pageKey(method, input, 0, pageSize), queryFn: () => fetchPage(0, pageSize) })
    .catch(() => undefined);
}

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
 * Postings table): only the pages on screen are asked for, each a cached query keyed like any call of
 * `method` (`[method, {...input, offset, limit}]`), so a change event to a topic `method` reads refetches the
 * pages on screen (the rows shown stay until their fresh page replaces them: no flash) and marks the others
 * stale. A new `input` (a search) starts from its first page.
 */
export function usePagedList<T>(
  method: ApiMethod,
  input: object,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  pageSize = PAGE_SIZE,
): PagedList<T> {
  const inputKey = JSON.stringify(input);
  const [wanted, setWanted] = useState<{ inputKey: string; first: number; last: number }>({ inputKey, first: 0, last: 0 });
  // Under a new input the pages scrolled to before mean nothing: its first page is asked for.
  const range = wanted.inputKey === inputKey ? wanted : { inputKey, first: 0, last: 0 };
  const keyOf = useCallback(
    (page: number) => pageKey(method, JSON.parse(inputKey) as object, page, pageSize),
    [method, inputKey, pageSize],
  );
  const pages = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i);
  const results = useQueries({
    queries: pages.map((page) => ({ queryKey: keyOf(page), queryFn: () => fetchPage(page * pageSize, pageSize) })),
  });

  const ensure = useCallback(
    (start: number, end: number) => {
      const first = Math.floor(Math.max(0, start) / pageSize);
      const last = Math.floor(Math.max(0, end) / pageSize);
      setWanted((w) => (w.inputKey === inputKey && w.first === first && w.last === last ? w : { inputKey, first, last }));
    },
    [inputKey, pageSize],
  );

  // The total from the pages on screen; while a page scrolled to is on its way, the newest one cached for this input.
  const fresh = results.map((r) => r.data?.total).find((t) => t !== undefined);
  const total = fresh ?? cachedTotal(keyOf(0));
  const failed = results.find((r) => r.error)?.error;

  const rowAt = (index: number): T | undefined => {
    const page = Math.floor(index / pageSize);
    // A page just scrolled to is not observed until the next ensure: read it from the cache meanwhile.
    const data = results[page - range.first]?.data ?? queryClient.getQueryData<Page<T>>(keyOf(page));
    return data?.items[index % pageSize];
  };
  return { total, rowAt, ensure, error: failed ? errorMessage(failed) : null };
}

/** The total of the newest page cached for the same method and input as `firstKey` (any offset). */
function cachedTotal(firstKey: unknown[]): number | null {
  const [method, input] = firstKey as [string, Record<string, unknown>];
  const same = (key: readonly unknown[]) => {
    const other = { ...(key[1] as Record<string, unknown>), offset: input.offset, limit: input.limit };
    return key.length === 2 && JSON.stringify(other) === JSON.stringify(input);
  };
  const newest = queryClient
    .getQueryCache()
    .findAll({ queryKey: [method], predicate: (q) => q.state.data !== undefined && same(q.queryKey) })
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)[0];
  return (newest?.state.data as Page<unknown> | undefined)?.total ?? null;
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
