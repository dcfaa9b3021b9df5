// Global setup for Vitest and Playwright: tests start the real `pursuit` command (bin/pursuit.mjs), which
// runs the bundle in dist/cli/. Rebuilding it first (esbuild, about a second) means they test the sources
// as they are now, never a bundle left from an earlier build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default function buildCli(): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs'), 'cli'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Building the CLI bundle failed:\n${r.stdout}${r.stderr}`);
}
