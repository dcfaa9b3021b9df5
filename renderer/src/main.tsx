// First: the first view's requests go out before React's code is initialised (first-requests.ts).
import './first-requests';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, firstViewReady } from './App';
import { queryClient } from './query';
import './styles.css';

// The first number formatted (a column's count) loads ICU's number data, 40-80 ms on a busy machine: done now,
// while the page waits for the board's code and answers, instead of inside the first render.
setTimeout(() => (0).toLocaleString(), 0);

// Once the first view's code and data are in (App.tsx starts loading both), so the first render is the board
// with its cards.
void firstViewReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
