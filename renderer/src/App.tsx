import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { bridge } from './api-client';
import { prefetchBoard } from './board/board-query';
import { StagesContext } from './board/stages-context';
import { DateFixBanner } from './components/DateFixBanner';
import { ToastProvider } from './components/Toasts';
import { NavigationContext, type Navigation, type ViewName } from './navigation';
import { useApi, useChangeInvalidation } from './query';

// Each view is its own chunk, loaded when first shown: the first paint needs the shell and the Board only.
// The Board starts loading now, alongside React's start-up, rather than after the first render asks for it,
// and so do its cards (board-query.ts): the request goes out while its code loads.
const boardModule = import('./views/BoardView');
prefetchBoard();
const VIEWS: Record<ViewName, React.LazyExoticComponent<() => React.JSX.Element>> = {
  Board: lazy(async () => ({ default: (await boardModule).BoardView })),
  Calendar: lazy(async () => ({ default: (await import('./views/CalendarView')).CalendarView })),
  Postings: lazy(async () => ({ default: (await import('./views/PostingsView')).PostingsView })),
  Settings: lazy(async () => ({ default: (await import('./views/SettingsView')).SettingsView })),
};
// The side panels are their own chunks too, fetched at once beside the Board's: the entry chunk stays React
// and the shell.
const panels = { recovery: import('./components/RecoveryBanner'), reminders: import('./components/RemindersBadge') };
const RecoveryBanner = lazy(async () => ({ default: (await panels.recovery).RecoveryBanner }));
const RemindersBadge = lazy(async () => ({ default: (await panels.reminders).RemindersBadge }));
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
  const View = VIEWS[view];
  useChangeInvalidation();
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
                <RemindersBadge />
              </Suspense>
            </nav>
            <Suspense fallback={null}>
              <RecoveryBanner />
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
