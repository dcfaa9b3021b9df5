import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { bridge } from './api-client';
import { prefetchFirstView } from './board/board-query';
import { StagesContext } from './board/stages-context';
import { DateFixBanner } from './components/DateFixBanner';
import { ToastProvider } from './components/Toasts';
import { NavigationContext, type Navigation, type ViewName } from './navigation';
import { useApi } from './query';

// Each view is its own chunk, loaded when first shown: the first paint needs the shell and the Board only.
// The first view's code (the Board and the header's panels, one chunk) starts loading now, alongside React's
// start-up, and so does what it shows (board-query.ts): its requests go out while its code loads.
const boardModule = import('./views/BoardView');
const panels = { recovery: import('./components/RecoveryBanner'), reminders: import('./components/RemindersBadge') };
const firstData = prefetchFirstView();
const VIEWS: Record<ViewName, React.LazyExoticComponent<() => React.JSX.Element>> = {
  Board: lazy(async () => ({ default: (await boardModule).BoardView })),
  Calendar: lazy(async () => ({ default: (await import('./views/CalendarView')).CalendarView })),
  Postings: lazy(async () => ({ default: (await import('./views/PostingsView')).PostingsView })),
  Settings: lazy(async () => ({ default: (await import('./views/SettingsView')).SettingsView })),
};
const RecoveryBanner = lazy(async () => ({ default: (await panels.recovery).RecoveryBanner }));
const RemindersBadge = lazy(async () => ({ default: (await panels.reminders).RemindersBadge }));

/** The first view's components once their code has loaded (null before, or if it failed: the lazy ones then). */
let firstView: Record<'Board' | 'RecoveryBanner' | 'RemindersBadge', () => React.JSX.Element | null> | null = null;

/** The longest the first render waits for the first view's answers: a slow host shows the board as they come. */
const FIRST_DATA_WAIT_MS = 1000;

/**
 * Resolves when the first view's code and the answers its cards need are in (or failed, or a second passed):
 * main.tsx renders then, so the first render is the board with its cards. Rendered before, the shell showed
 * "Loading Board…" and empty panels, was laid out and painted, React rendered the board without cards, then
 * again with them, and laid everything out each time.
 */
export const firstViewReady: Promise<void> = Promise.all([
  Promise.all([boardModule, panels.recovery, panels.reminders]).then(
    ([board, recovery, reminders]) => {
      firstView = { Board: board.BoardView, RecoveryBanner: recovery.RecoveryBanner, RemindersBadge: reminders.RemindersBadge };
    },
    () => undefined,
  ),
  Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]),
]).then(() => undefined);
const ApplicationDetailDrawer = lazy(async () => ({
  default: (await import('./detail/ApplicationDetailDrawer')).ApplicationDetailDrawer,
}));

/** What shows while a view's code loads (a moment, from the local disk): announced, not a blank page. */
function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function App() {
  const [view, setView] = useState<ViewName>('Board');
  const [openId, setOpenId] = useState<number | null>(null);
  const nav = useMemo<Navigation>(() => ({ view, setView, openApplication: setOpenId }), [view]);
  const View = view === 'Board' && firstView ? firstView.Board : VIEWS[view];
  const Reminders = firstView?.RemindersBadge ?? RemindersBadge;
  const Recovery = firstView?.RecoveryBanner ?? RecoveryBanner;
  const stages = useApi('stages.list', {});
  // In the desktop app a clicked reminder notification asks for its application.
  useEffect(() => bridge.onOpenApplication?.(setOpenId), []);
  return (
    <ToastProvider>
      <NavigationContext.Provider value={nav}>
        <StagesContext.Provider value={stages.data ?? []}>
          <div className="app">
            <nav className="nav" aria-label="Main">
              <span className="brand">Pursuit</span>
              {(Object.keys(VIEWS) as ViewName[]).map((name) => (
                <button key={name} type="button" aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
                  {name}
                </button>
              ))}
              <Suspense fallback={null}>
                <Reminders />
              </Suspense>
            </nav>
            <Suspense fallback={null}>
              <Recovery />
            </Suspense>
            <DateFixBanner />
            <main className="main">
              <Suspense fallback={<Loading what={view} />}>
                <View />
              </Suspense>
            </main>
          </div>
          {openId !== null && (
            <Suspense fallback={<Loading what="the application" />}>
              <ApplicationDetailDrawer id={openId} onClose={() => setOpenId(null)} />
            </Suspense>
          )}
        </StagesContext.Provider>
      </NavigationContext.Provider>
    </ToastProvider>
  );
}
