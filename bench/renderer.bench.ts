// The renderer's chunks (dist/renderer, built by `npm run build`): every JavaScript file with its size and
// gzip size, the entry chunk, and what the first paint (the Board) loads: the entry, the Board's chunk and
// the chunks they import. Target: the first view's chunk under 250 KB, and no chunk over Vite's 500 KB
// warning. Sizes, not times: passes or fails nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { machineLine } from './machine';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'dist', 'renderer');
const ASSETS = path.join(OUT, 'assets');

console.log(`# renderer chunks bench\n${machineLine()}`);
if (!fs.existsSync(path.join(OUT, 'index.html'))) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const size = (file: string) => fs.statSync(path.join(ASSETS, file)).size;
const gz = (file: string) => gzipSync(fs.readFileSync(path.join(ASSETS, file))).length;
/** Chunks a chunk imports statically (`from"./x.js"`, `import"./x.js"`): loaded before it runs. */
const staticImports = (file: string) =>
  [...fs.readFileSync(path.join(ASSETS, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
function closure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(visit);
  };
  files.forEach(visit);
  return seen;
}

const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8');
const entry = /<script[^>]+src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error('dist/renderer/index.html names no entry script');
const chunks = fs
  .readdirSync(ASSETS)
  .filter((f) => f.endsWith('.js'))
  .sort((a, b) => size(b) - size(a));
for (const f of chunks)
  console.log(`${f.padEnd(44)} ${kb(size(f)).padStart(9)}  gzip ${kb(gz(f)).padStart(8)}${f === entry ? '  (entry)' : ''}`);

const board = chunks.find((f) => f.startsWith('BoardView-'));
const firstPaint = closure(board ? [entry, board] : [entry]);
const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + size(f), 0);
const totalGz = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gz(f), 0);
const largest = size(chunks[0]!);
console.log(
  `row: renderer entry chunk ${kb(size(entry))}; first view (Board) chunk ${board ? kb(size(board)) : 'not split'} (target < 250 KB)`,
);
console.log(
  `first paint loads ${firstPaint.size} chunks, ${kb(total(firstPaint))} (gzip ${kb(totalGz(firstPaint))}) of ${chunks.length} chunks, ` +
    `${kb(total(chunks))} in all; largest chunk ${kb(largest)}${largest > 500 * 1000 ? ' (over Vite’s 500 kB warning)' : ''}`,
);
