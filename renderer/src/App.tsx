import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useTransition } from 'react';
import { bridge } from './api-client';
import { prefetchFirstView } from './board/board-query';
import { StagesContext } from './board/stages-context';
import { DateFixBanner } from './components/DateFixBanner';
import { ToastProvider } from './components/Toasts';
import { NavigationContext, type Navigation, type ViewName } from './navigation';
import { useApi } from './query';
import { prefetchPostings } from './views/postings-list';

// Each view is its own chunk, loaded when first shown: the first paint needs the shell and the Board only.
// The first view's code (the Board and the header's panels, one chunk) starts loading now, alongside React's
// start-up, and so does what it shows (board-query.ts): its requests go out while its code loads.
const boardModule = import('./views/BoardView');
const panels = { recovery: import('./components/RecoveryBanner'), reminders: import('./components/RemindersBadge') };
const firstData = prefetchFirstView();
type ViewComponent = () => React.JSX.Element;
const VIEW_CODE: Record<ViewName, () => Promise<ViewComponent>> = {
  Board: async () => (await boardModule).BoardView,
  Calendar: async () => (await import('./views/CalendarView')).CalendarView,
  Postings: async () => (await import('./views/PostingsView')).PostingsView,
  Settings: async () => (await import('./views/SettingsView')).SettingsView,
};
const VIEW_NAMES = Object.keys(VIEW_CODE) as ViewName[];
/** Each view's code, asked for once: by its lazy component, or earlier by `preloadView`. */
const viewCode: Partial<Record<ViewName, Promise<ViewComponent>>> = {};
const loadView = (name: ViewName) => (viewCode[name] ??= VIEW_CODE[name]());
const VIEWS = Object.fromEntries(
  VIEW_NAMES.map((name) => [name, lazy(async () => ({ default: await loadView(name) }))]),
) as Record<ViewName, React.LazyExoticComponent<ViewComponent>>;
/** What a view shows first, where it can be asked for without its code. */
const VIEW_DATA: Partial<Record<ViewName, () => void>> = { Postings: prefetchPostings };
/**
 * Starts loading a view's code and first answers as the user heads for it (a pointer over its button, focus, a
 * click), so they come together instead of one after the other: the code, then its render, then its request.
 */
function preloadView(name: ViewName): void {
  loadView(name).catch(() => undefined); // a failure shows when the view renders (its lazy component rethrows it)
  VIEW_DATA[name]?.();
}
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
  const [view, setShownView] = useState<ViewName>('Board');
  // The view asked for last: it shows once its code is in. Until then the current view stays, with a status
  // saying what is loading (a Suspense fallback in its place would show for at least 300 ms: React holds a
  // fallback that long before it reveals what replaces it).
  const [asked, setAsked] = useState<ViewName>('Board');
  const [changing, startViewChange] = useTransition();
  const setView = useCallback((name: ViewName) => {
    preloadView(name);
    setAsked(name);
    startViewChange(() => setShownView(name));
  }, []);
  const [openId, setOpenId] = useState<number | null>(null);
  const nav = useMemo<Navigation>(() => ({ view, setView, openApplication: setOpenId }), [view, setView]);
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
              {VIEW_NAMES.map((name) => (
                <button
                  key={name}
                  type="button"
                  aria-current={view === name ? 'page' : undefined}
                  onPointerEnter={() => preloadView(name)}
                  onFocus={() => preloadView(name)}
                  onClick={() => setView(name)}
                >
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
              {changing && asked !== view && <Loading what={asked} />}
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
