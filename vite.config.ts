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
  },
});
