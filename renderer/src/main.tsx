import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, firstViewReady } from './App';
import { queryClient } from './query';
import './styles.css';

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
