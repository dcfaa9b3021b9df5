import { useCallback, useEffect, useState } from 'react';
import { bridge, errorMessage } from './api-client';

/**
 * Calls `reset` while rendering when any of `deps` differs (Object.is) from the last render's: React's
 * "adjusting some state when a prop changes", so a dialog opened again, or a new file, never paints once with
 * the last one's state (as a reset in an effect would). `reset` may only set this component's state.
 */
export function useResetWhen(deps: readonly unknown[], reset: () => void): void {
  const [seen, setSeen] = useState(deps);
  if (deps.length !== seen.length || deps.some((d, i) => !Object.is(d, seen[i]))) {
    setSeen(deps);
    reset();
  }
}

/** The time now in milliseconds, read on mount and again every `everyMs` (for "starts in 40 min" kept current). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The latest progress of `method` (e.g. `data.importCommit`) while `active`; null before the first event.
 * Cleared whenever `active` turns on again, so a new run never shows the last one's figures.
 */
export function useProgress(method: string, active: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useResetWhen([method, active], () => setProgress(null));
  useEffect(() => {
    if (!active || !bridge.onProgress) return;
    return bridge.onProgress((event) => {
      if (event.method === method) setProgress({ done: event.done, total: event.total });
    });
  }, [method, active]);
  return progress;
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
