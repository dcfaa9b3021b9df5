import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /**
   * Toasts of one kind of news merge while shown: a second "Posting saved" becomes "2 postings saved"
   * instead of a stack of copies. `group` names the kind; `many(n)` words n of them.
   */
  group?: string;
  many?: (count: number) => string;
  /** How many merged into this one (1: itself only). */
  count?: number;
}
type Notify = (t: Omit<Toast, 'id' | 'count'>) => void;

const ToastContext = createContext<Notify>(() => undefined);

/** `useNotify()({ message, action: { label: 'Undo', run } })`: a status message, with an optional action. */
export const useNotify = (): Notify => useContext(ToastContext);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  // The list as last set, read when a toast arrives (to merge it) without waiting for a render.
  const shown = useRef<Toast[]>([]);
  const update = useCallback((next: Toast[]) => {
    shown.current = next;
    setToasts(next);
  }, []);
  const next = useRef(1);
  const timers = useRef(new Map<number, number>());
  const dismiss = useCallback(
    (id: number) => {
      window.clearTimeout(timers.current.get(id));
      timers.current.delete(id);
      update(shown.current.filter((t) => t.id !== id));
    },
    [update],
  );
  /** (Re)starts a toast's time on screen: a merged one stays as long as a new one would. */
  const expire = useCallback(
    (id: number, withAction: boolean) => {
      window.clearTimeout(timers.current.get(id));
      timers.current.set(
        id,
        window.setTimeout(() => dismiss(id), withAction ? 10_000 : 6_000),
      );
    },
    [dismiss],
  );
  const notify = useCallback<Notify>(
    (t) => {
      const ts = shown.current;
      const same = t.group && t.many ? ts.find((o) => o.group === t.group && o.kind === t.kind) : undefined;
      if (same && t.many) {
        const count = (same.count ?? 1) + 1;
        update(ts.map((o) => (o.id === same.id ? { ...o, ...t, id: same.id, count, message: t.many!(count) } : o)));
        expire(same.id, Boolean(t.action));
        return;
      }
      const id = next.current++;
      // The oldest beyond four make room (their timers end harmlessly).
      update([...ts.slice(-3), { ...t, id, count: 1 }]);
      expire(id, Boolean(t.action));
    },
    [expire, update],
  );
  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                onClick={() => {
                  dismiss(t.id);
                  void t.action!.run();
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss message" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
