import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { withCspMeta } from './shared/csp.ts';

/** Writes the app's one CSP (shared/csp.ts) into index.html's meta tag. */
const cspMeta = (): Plugin => ({ name: 'pursuit-csp', transformIndexHtml: { order: 'pre', handler: withCspMeta } });

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The query cache (TanStack Query) loads beside the entry, in its own chunk: the entry stays React and the
        // shell (tests/e2e/code-splitting.spec.ts holds it under 250 KB).
        codeSplitting: { groups: [{ name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/](react-)?query(-core)?[\\/]/ }] },
      },
    },
  },
});
