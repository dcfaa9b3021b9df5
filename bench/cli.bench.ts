// `pursuit --help` cold: a fresh process each time, against `node -e 0` (Node's own start-up) measured in
// the same run, interleaved so load on the machine hits both alike. Target at most 3x, goal 1.5x. Also the
// same help from the TypeScript sources through tsx (what the command ran before it was bundled, and what
// a checkout without `dist/cli` still runs). Prints medians; passes or fails nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { machineLine, median, ms } from './machine';

const RUNS = 15;
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pursuit.mjs');

function wall(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const took = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${String(r.stderr)}`);
  return took;
}

console.log(`# CLI start-up bench: ${RUNS} cold runs each\n${machineLine()}`);
if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'pursuit.mjs'))) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs'), 'cli'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const fromSources = [
  '--import',
  'tsx',
  '--input-type=module',
  '-e',
  "const { main } = await import('./electron/cli/main.ts'); process.exitCode = await main(['--help']);",
];
const node: number[] = [];
const help: number[] = [];
const sources: number[] = [];
wall(['-e', '0']); // the first start of anything pays for the disk cache; not a figure
wall([BIN, '--help']);
for (let i = 0; i < RUNS; i++) {
  node.push(wall(['-e', '0']));
  help.push(wall([BIN, '--help']));
  if (i < 5) sources.push(wall(fromSources));
}
const ratio = median(help) / median(node);
console.log(`node -e 0 (reference): median ${ms(median(node))}`);
console.log(
  `row: pursuit --help cold: median ${ms(median(help))} vs node -e 0 ${ms(median(node))} = ${ratio.toFixed(2)}x (target <= 3x, goal <= 1.5x)`,
);
console.log(
  `pursuit --help from the TypeScript sources through tsx (no bundle): median ${ms(median(sources))} over ${sources.length} runs`,
);
