import { useEffect, useMemo, useState } from 'react';
import { bridge, call } from './api-client';
import { StagesContext } from './board/stages-context';
import { RecoveryBanner } from './components/RecoveryBanner';
import { RemindersBadge } from './components/RemindersBadge';
import { ToastProvider } from './components/Toasts';
import { ApplicationDetailDrawer } from './detail/ApplicationDetailDrawer';
import { useLoad } from './hooks';
import { NavigationContext, type Navigation, type ViewName } from './navigation';
import { BoardView } from './views/BoardView';
import { CalendarView } from './views/CalendarView';
import { PostingsView } from './views/PostingsView';
import { SettingsView } from './views/SettingsView';

const VIEWS: Record<ViewName, () => React.JSX.Element> = {
  Board: BoardView,
  Calendar: CalendarView,
  Postings: PostingsView,
  Settings: SettingsView,
};

export function App() {
  const [view, setView] = useState<ViewName>('Board');
  const [openId, setOpenId] = useState<number | null>(null);
  const nav = useMemo<Navigation>(() => ({ view, setView, openApplication: setOpenId }), [view]);
  const View = VIEWS[view];
  const stages = useLoad(() => call('stages.list', {}), [], ['stages']);
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
              <RemindersBadge />
            </nav>
            <RecoveryBanner />
            <main className="main">
              <View />
            </main>
          </div>
          {openId !== null && <ApplicationDetailDrawer id={openId} onClose={() => setOpenId(null)} />}
        </StagesContext.Provider>
      </NavigationContext.Provider>
    </ToastProvider>
  );
}
