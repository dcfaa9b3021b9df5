import { QueryClient, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiInput, ApiMethod, ApiResult } from '../../shared/api';
import { readsAny } from '../../shared/api-reads';
import type { Topic } from '../../shared/domain';
import { ApiError } from '../../shared/envelope';
import { bridge, call, errorMessage } from './api-client';
import { takeStarted } from './first-requests';

/**
 * The renderer's one data cache. Every answer is keyed `[method, input]` (or `[method, input, part]` for a
 * read built from several calls of one method), so components asking the same thing share one request, and a
 * change event refetches exactly the answers whose method reads a topic it names (shared/api-reads.ts).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The data lives on this computer and every write announces itself: an answer is fresh until a change
      // event says otherwise, and focusing the window or reconnecting asks nothing again.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // A refused input or a missing row will not change on a second try; only a transport hiccup might.
      retry: (failures, err) => !(err instanceof ApiError) && failures < 1,
    },
    mutations: { retry: false },
  },
});

/** The method a cached answer came from: the first part of its key. */
const methodOf = (key: QueryKey): ApiMethod | null => (typeof key[0] === 'string' ? (key[0] as ApiMethod) : null);

/** Marks stale, and refetches those on screen, every cached answer that reads one of `topics`. */
export function invalidateTopics(topics: readonly Topic[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const method = methodOf(q.queryKey);
      return method !== null && readsAny(method, topics);
    },
  });
}

/**
 * The app's one subscription to change events (from this window, another one, or the CLI through the host),
 * made as this module loads, before the first view's answers are asked for (App.tsx asks as it loads); the
 * browser host's stream also sends again what changed since the page started, should it open after an answer.
 * When the stream reconnects, every answer already in is marked stale (those on screen are asked again).
 */
function listenForChanges(): void {
  bridge.onChange((event) => void invalidateTopics(event.topics));
  bridge.onConnected?.(() => void queryClient.invalidateQueries({ predicate: (q) => q.state.dataUpdatedAt > 0 }));
}
listenForChanges();

export interface Loaded<T> {
  data: T | null;
  /** The last failure's message, fit to show. */
  error: string | null;
  loading: boolean;
  /** Asks again now (after a write whose change event this window does not wait for). */
  reload: () => void;
}

type Options<T> = Pick<UseQueryOptions<T, Error, T>, 'enabled' | 'placeholderData'>;

function useLoaded<T>(key: QueryKey, fetch: () => Promise<T>, options?: Options<T>): Loaded<T> {
  const query = useQuery({ queryKey: key, queryFn: fetch, ...options });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data ?? null,
    error: query.error ? errorMessage(query.error) : null,
    loading: query.isFetching,
    reload,
  };
}

/**
 * Asks for one method's answer now, into the cache `useApi(method, input)` reads (same key, same request): for
 * what the first view shows, asked for as the app starts instead of when its component first renders. Resolves
 * when the answer (or a failure) is in.
 */
export function prefetchApi<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<void> {
  // A failure stays in the cache for the component to show (and to ask again when it mounts).
  return queryClient.query({ queryKey: [method, input], queryFn: () => takeStarted(method, input) ?? call(method, input) }).then(
    () => undefined,
    () => undefined,
  );
}

/** One method's answer for `input`, cached and shared, refetched when a topic it reads changes. */
export function useApi<K extends ApiMethod>(
  method: K,
  input: ApiInput<K>,
  options?: Options<ApiResult<K>>,
): Loaded<ApiResult<K>> {
  return useLoaded([method, input], () => call(method, input), options);
}

/**
 * A read built from several calls of `method` (e.g. the first N rows of a paged list, fetched as pages):
 * keyed by `[method, input, part]` so it never mixes with a plain call, and refetched by `method`'s reads.
 */
export function useApiWith<T>(
  method: ApiMethod,
  input: unknown,
  part: string,
  fetch: () => Promise<T>,
  options?: Options<T>,
): Loaded<T> {
  return useLoaded([method, input, part], fetch, options);
}
