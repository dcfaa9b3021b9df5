import type { ApiInput, ApiMethod, ApiResult } from '../../shared/api';
import { call } from './api-client';
import { storedSort } from './board/board-sort';

/*
 * The first view's requests, sent as soon as the page's code starts: main.tsx imports this module first, so it
 * runs before React's code is initialised (60-220 ms of the entry chunk) rather than after. Their answers are
 * taken by the queries that would have asked the same (board-query.ts, prefetchApi), each once.
 */

const key = (method: ApiMethod, input: unknown) => JSON.stringify([method, input]);
const started = new Map<string, Promise<unknown>>();

function start<K extends ApiMethod>(method: K, input: ApiInput<K>): void {
  const answer = call(method, input);
  // Whoever takes it sees a failure; one nobody takes (the view changed first) is not an unhandled rejection.
  answer.catch(() => undefined);
  started.set(key(method, input), answer);
}

// What the board shows as it first opens (unfiltered, in the stored order), and the panels beside it.
start('board.list', { sort: storedSort() });
start('stages.list', {});
start('demo.sampleCount', {});
start('system.status', {});
start('tags.list', {});

/** The answer to a request sent at start with this exact input, taken once (a later query asks afresh), or null. */
export function takeStarted<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<K>> | null {
  const k = key(method, input);
  const answer = started.get(k);
  started.delete(k);
  return (answer as Promise<ApiResult<K>> | undefined) ?? null;
}
