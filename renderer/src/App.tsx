import { useState } from 'react';
import { ToastProvider } from './components/Toasts';
import { BoardView } from './views/BoardView';
import { CalendarView } from './views/CalendarView';
import { PostingsView } from './views/PostingsView';
import { SettingsView } from './views/SettingsView';

const VIEWS = { Board: BoardView, Calendar: CalendarView, Postings: PostingsView, Settings: SettingsView } as const;
export type ViewName = keyof typeof VIEWS;

export function App() {
  const [view, setView] = useState<ViewName>('Board');
  const View = VIEWS[view];
  return (
    <ToastProvider>
      <div className="app">
        <nav className="nav" aria-label="Main">
          <span className="brand">Pursuit</span>
          {(Object.keys(VIEWS) as ViewName[]).map((name) => (
            <button key={name} type="button" aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
              {name}
            </button>
          ))}
        </nav>
        <main className="main">
          <View />
        </main>
      </div>
    </ToastProvider>
  );
}
