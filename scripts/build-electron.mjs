// Bundles the Node side of Pursuit into dist/ with esbuild: the Electron main process and preload
// (dist/electron/, CommonJS, as a sandboxed preload requires) and the `pursuit` CLI (dist/cli/, ES modules
// split per command, so `pursuit --help` loads one small file). better-sqlite3 stays external: it is a
// native module, rebuilt for Electron. To add an entry point (a worker thread, another process), add one
// object to BUNDLES. `node scripts/build-electron.mjs cli` builds only the bundles whose name is given.
import fs from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  sourcemap: false,
  // run-in-worker.ts reads import.meta.url only when __filename is missing (never in a CommonJS bundle).
  logOverride: { 'empty-import-meta': 'silent' },
};

// Bundled CommonJS dependencies call require() for Node's built-ins; an ES module has no require of its own.
const esmRequire =
  "import { createRequire as __pursuitRequire } from 'node:module'; const require = __pursuitRequire(import.meta.url);";

/** Every bundle: `name` (to build one alone), and esbuild options added to `common`. */
const BUNDLES = [
  { name: 'main', format: 'cjs', entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' },
  { name: 'preload', format: 'cjs', entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' },
  {
    name: 'cli',
    format: 'esm',
    // dist/cli/pursuit.mjs plus one chunk per command, all in dist/cli/ (electron/cli/paths.ts finds the
    // project root two folders above whichever file it ends up in).
    entryPoints: { pursuit: 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    splitting: true,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    banner: { js: esmRequire },
  },
  // Heavy work (imports, large postings) runs in worker threads; a bundle runs them from pursuit-worker.cjs
  // beside its own files (electron/core/worker/run-in-worker.ts), so each bundle folder gets its copy. Each is
  // named after its bundle, so `build-electron.mjs cli` (the tests' global setup) rebuilds the CLI's worker too.
  ...['dist/electron', 'dist/cli'].map((dir) => ({
    name: dir === 'dist/cli' ? 'cli' : 'main',
    format: 'cjs',
    entryPoints: ['electron/core/worker/worker-entry.ts'],
    outfile: `${dir}/pursuit-worker.cjs`,
  })),
];

const only = process.argv.slice(2);
const unknown = only.filter((n) => !BUNDLES.some((b) => b.name === n));
if (unknown.length) {
  console.error(`No bundle named ${unknown.join(', ')}; the bundles are ${BUNDLES.map((b) => b.name).join(', ')}.`);
  process.exit(2);
}
await Promise.all(
  BUNDLES.filter((b) => only.length === 0 || only.includes(b.name)).map(({ name: _name, ...options }) => {
    // Chunk names carry a hash: without this, every rebuild would leave the previous chunks behind.
    if (options.outdir) fs.rmSync(options.outdir, { recursive: true, force: true });
    return build({ ...common, ...options });
  }),
);
// The tray icon is read at run time beside the bundle (inside app.asar when packaged): build/ is not packaged.
fs.mkdirSync('dist/electron', { recursive: true });
fs.copyFileSync('build/icon.png', 'dist/electron/tray-icon.png');
