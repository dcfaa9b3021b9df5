// Bundles the Electron main process and the preload into dist/electron/ (CommonJS, as a sandboxed
// preload requires). better-sqlite3 stays external: it is a native module, rebuilt for Electron.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  sourcemap: false,
  // run-in-worker.ts reads import.meta.url only when __filename is missing (never in a CommonJS bundle).
  logOverride: { 'empty-import-meta': 'silent' },
};

await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// Heavy work (imports, large postings) runs in worker threads; a bundle runs them from this file beside its
// main file (electron/core/worker/run-in-worker.ts: any other bundle, such as the CLI's, must do the same).
await build({ ...common, entryPoints: ['electron/core/worker/worker-entry.ts'], outfile: 'dist/electron/pursuit-worker.cjs' });
