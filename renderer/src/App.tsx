import { useEffect, useMemo, useState } from 'react';
import { bridge } from './api-client';
import { DateFixBanner } from './components/DateFixBanner';
import { RecoveryBanner } from './components/RecoveryBanner';
import { RemindersPanel } from './components/RemindersPanel';
import { ToastProvider } from './components/Toasts';
import { ApplicationDetailDrawer } from './detail/ApplicationDetailDrawer';
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
  // In the desktop app a clicked reminder notification asks for its application.
  useEffect(() => bridge.onOpenApplication?.(setOpenId), []);
  return (
    <ToastProvider>
      <NavigationContext.Provider value={nav}>
        <div className="app">
          <nav className="nav" aria-label="Main">
            <span className="brand">Pursuit</span>
            {(Object.keys(VIEWS) as ViewName[]).map((name) => (
              <button key={name} type="button" aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
                {name}
              </button>
            ))}
          </nav>
          <RecoveryBanner />
          <DateFixBanner />
          <main className="main">
            <View />
          </main>
          <RemindersPanel />
        </div>
        {openId !== null && <ApplicationDetailDrawer id={openId} onClose={() => setOpenId(null)} />}
      </NavigationContext.Provider>
    </ToastProvider>
  );
}
