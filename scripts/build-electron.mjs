// Bundles the Electron main process and the preload into dist/electron/ (CommonJS, as a sandboxed
// preload requires). better-sqlite3 stays external: it is a native module, rebuilt for Electron.
import fs from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  sourcemap: false,
};

await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// The tray icon is read at run time beside the bundle (inside app.asar when packaged): build/ is not packaged.
fs.copyFileSync('build/icon.png', 'dist/electron/tray-icon.png');
