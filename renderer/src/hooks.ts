import { useCallback, useEffect, useRef, useState } from 'react';
import type { Topic } from '../../shared/domain';
import { bridge, errorMessage } from './api-client';

/** Runs `listener` whenever a write anywhere (this window, another window, the CLI via the host) touches `topics`. */
export function useChanges(topics: readonly Topic[], listener: () => void): void {
  const ref = useRef(listener);
  ref.current = listener;
  const key = topics.join(',');
  useEffect(
    () =>
      bridge.onChange((event) => {
        if (event.topics.some((t) => key.split(',').includes(t))) ref.current();
      }),
    [key],
  );
}

/**
 * The latest progress of `method` (e.g. `data.importCommit`) while `active`; null before the first event.
 * Cleared whenever `active` turns on again, so a new run never shows the last one's figures.
 */
export function useProgress(method: string, active: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!active || !bridge.onProgress) return;
    return bridge.onProgress((event) => {
      if (event.method === method) setProgress({ done: event.done, total: event.total });
    });
  }, [method, active]);
  return progress;
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads with `load`, reloads when `deps` change or a change event names one of `topics`. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], topics: readonly Topic[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const seq = useRef(0);
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => mine === seq.current && setState({ data, error: null, loading: false }),
      (err: unknown) => mine === seq.current && setState((s) => ({ ...s, error: errorMessage(err), loading: false })),
    );
  }, [run]);
  useEffect(reload, [reload]);
  useChanges(topics, reload);
  return { ...state, reload };
}

/**
 * Runs an API action for a form: clears the last error, and on failure keeps the message to show.
 * Resolves true when the action succeeded.
 */
export function useAttempt(): {
  error: string | null;
  setError: (message: string | null) => void;
  attempt: (action: () => Promise<unknown>) => Promise<boolean>;
} {
  const [error, setError] = useState<string | null>(null);
  const attempt = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  }, []);
  return { error, setError, attempt };
}
