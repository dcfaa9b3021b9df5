import { useCallback, useEffect, useState } from 'react';
import { bridge, errorMessage } from './api-client';

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
