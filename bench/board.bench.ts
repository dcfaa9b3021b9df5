// The board at size (issue 14), at 10,000 and 100,000 applications, each figure beside its reference
// measured in the same run:
//   board first paint (Chromium through the host)  vs  the same cards as a static page, same browser
//   Postings view shown                             (target < 500 ms, goal < 200 ms)
//   host RSS after the board loads                  vs  a bare `node` process
//   search p50 over HTTP ("eng" / "kubernetes")     (target < 100 ms, goal < 20 ms)
//   stage move p50 over HTTP                        (target < 10 ms, goal < 3 ms)
// The host is `pursuit serve` in its own process, as a user runs it. Medians; passes or fails nothing.
// Needs `npm run build` (the renderer) and Debian's Chromium (PURSUIT_CHROMIUM overrides).
// PURSUIT_BENCH_SIZES=10000 limits the sizes.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createCore } from '../electron/core/core';
import { RENDERER_DIR } from '../electron/cli/paths';
import { seedDemoData } from '../electron/core/seed';
import type { Board } from '../shared/domain';
import { hostApi, startHost, stopHost, type Host } from './host';
import { machineLine, median, ms, time } from './machine';

const SIZES = (process.env.PURSUIT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const PAINT_RUNS = 5;
const SEARCH_ROUNDS = 15;
const MOVES = 60;
const SEED_CHUNK = 10_000;

/**
 * In the page: when the first card of the Saved column has been painted, in ms from the navigation's start (the
 * frame after the one that laid it out). What Playwright's wait adds (its polling, its round trips) is not in it.
 */
const PAINT_PROBE = `(() => {
  const mo = new MutationObserver(() => {
    const saved = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Saved');
    if (!saved?.querySelector('article')) return;
    mo.disconnect();
    requestAnimationFrame(() => { window.__painted = performance.now(); });
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;
type Probed = Window & { __painted?: number };

console.log(`# board at size: ${SIZES.join(', ')} applications\n${machineLine()}`);
// PURSUIT_BENCH_DIR: a data folder to keep and reuse (seeded once, then topped up to each size).
const keepDir = process.env.PURSUIT_BENCH_DIR;
const dir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-board-bench-'));
const browser = await chromium.launch({
  executablePath: process.env.PURSUIT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const bareRss = await bareNodeRss();
let seeded = 0;
try {
  for (const size of SIZES) {
    const [seedMs] = await time(() => seedUpTo(size));
    console.log(
      `\n## ${size.toLocaleString('en')} applications (seeded ${ms(seedMs)} in chunks of ${SEED_CHUNK.toLocaleString('en')})`,
    );
    const host = await startHost(dir);
    try {
      await measure(size, host, browser);
    } finally {
      await stopHost(host.child);
    }
  }
} finally {
  await browser.close();
  if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
}

/** The seed module, called in chunks (each its own transaction) with a different seed per chunk. */
function seedUpTo(size: number): void {
  const core = createCore({ dataDir: dir });
  try {
    seeded = (core.db.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n;
    while (seeded < size) {
      const count = Math.min(SEED_CHUNK, size - seeded);
      seedDemoData(core.db, { count, seed: 7 + seeded });
      seeded += count;
    }
  } finally {
    core.close();
  }
}

async function measure(size: number, host: Host, b: Browser): Promise<void> {
  const api = hostApi(host);

  // --- First paint: the board, and the same first-page cards as a static page, alternately ---------------
  const board = await api<Board>('board.list', {});
  const staticPage = await serveStatic(staticBoardHtml(board));
  const boardPaint: number[] = [];
  const staticPaint: number[] = [];
  const boardPainted: number[] = [];
  const staticPainted: number[] = [];
  const postings: number[] = [];
  let cardsInDom = 0;
  let rss = 0;
  try {
    for (let run = 0; run <= PAINT_RUNS; run++) {
      for (const which of ['board', 'static'] as const) {
        const context = await b.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addInitScript(PAINT_PROBE);
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(which === 'board' ? host.url : staticPage.url);
        await page.getByRole('region', { name: 'Saved', exact: true }).getByRole('article').first().waitFor();
        const elapsed = performance.now() - start;
        await page.waitForFunction(() => (window as Probed).__painted !== undefined);
        const painted = await page.evaluate(() => (window as Probed).__painted ?? NaN);
        // The first round warms the OS file cache, the database pages and the browser; it is not counted.
        if (run > 0) (which === 'board' ? boardPaint : staticPaint).push(elapsed);
        if (run > 0) (which === 'board' ? boardPainted : staticPainted).push(painted);
        if (which === 'board') {
          cardsInDom = await page.getByRole('article').count();
          rss = hostRss(host.child);
          // The Postings view, from the click to its first row.
          const t0 = performance.now();
          await page.getByRole('button', { name: 'Postings', exact: true }).click();
          await page.locator('tbody tr td button').first().waitFor();
          if (run > 0) postings.push(performance.now() - t0);
        }
        await context.close();
      }
    }
  } finally {
    await staticPage.close();
  }
  const paint = median(boardPaint);
  const ref = median(staticPaint);
  const at = `at ${size.toLocaleString('en')}`;
  const target = size >= 100_000 ? '< 1,000 ms; goal within 2x of static' : '< 600 ms; goal < 300 ms';
  console.log(
    `row: board first paint ${at}: ${ms(paint)} vs ${ms(ref)} for the same ${board.cards.length} cards as a static page (${(paint / ref).toFixed(1)}x) [${target}]; ${cardsInDom} cards in the DOM; painted (in the page, from navigation start) ${ms(median(boardPainted))} vs ${ms(median(staticPainted))}`,
  );
  console.log(`row: Postings view shown ${at}, from the click: ${ms(median(postings))} [< 500 ms at 100,000; goal < 200 ms]`);
  console.log(
    `row: host RSS after the board loads ${at}: ${mb(rss)} vs ${mb(bareRss)} for a bare node process [< 250 MB; goal < 150 MB]`,
  );

  // The floor any request pays here (HTTP, JSON, the host's checks): the smallest read, stages.list.
  const floor: number[] = [];
  for (let i = 0; i < 30; i++) floor.push((await time(() => api('stages.list', {})))[0]);
  console.log(`HTTP round trip of the smallest request (stages.list), the floor under the next rows: p50 ${ms(median(floor))}`);

  // --- Search over HTTP, as the board asks it (first page per column and the counts) ----------------------
  // Alternating words: each request reads the index afresh (nothing is reused from the previous search).
  const searches: Record<string, number[]> = { eng: [], kubernetes: [] };
  for (let i = 0; i < SEARCH_ROUNDS; i++)
    for (const q of Object.keys(searches)) searches[q]!.push((await time(() => api('board.list', { search: q })))[0]);
  console.log(
    `row: search p50 over HTTP ${at} (board.list, a page per column and counts): "eng" ${ms(median(searches.eng!))}, "kubernetes" ${ms(median(searches.kubernetes!))} [< 100 ms; goal < 20 ms]`,
  );

  // --- Stage moves over HTTP: what the board sends on a drop ----------------------------------------------
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const moves: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const stage = board.stages[rand(board.stages.length)]!;
    const column = board.cards.filter((c) => c.stageId === stage.id);
    const id = 1 + rand(size);
    const before = rand(3) === 0 ? null : (column[rand(Math.max(1, column.length))]?.id ?? null);
    if (before === id) continue;
    moves.push((await time(() => api('applications.place', { id, stageId: stage.id, beforeId: before })))[0]);
  }
  console.log(
    `row: stage move p50 over HTTP ${at} (applications.place): ${ms(median(moves))} over ${moves.length} [< 10 ms; goal < 3 ms]`,
  );
}

/** Resident memory of a process (Linux /proc; elsewhere 0, printed as such). */
function hostRss(child: ChildProcess): number {
  try {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function bareNodeRss(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rss = hostRss(child);
  await stopHost(child);
  return rss;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The board's first-page cards as plain HTML with the app's own stylesheet: what a paint costs with no app. */
function staticBoardHtml(board: Board): string {
  const css = fs
    .readdirSync(path.join(RENDERER_DIR, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(RENDERER_DIR, 'assets', f), 'utf8'))
    .join('\n');
  const columns = board.stages.map((s) => {
    const cards = board.cards.filter((c) => c.stageId === s.id);
    const total = board.columns.find((c) => c.stageId === s.id)?.total ?? 0;
    return `<section class="column board-column" aria-labelledby="h${s.id}"><header class="board-column-header"><h2 id="h${s.id}" class="column-title">${escape(s.name)}</h2><span class="column-count">${total}</span></header><div class="board-column-body"><ul class="cards board-cards">${cards
      .map(
        (c) =>
          `<li class="board-card-slot"><article class="board-card" aria-label="${escape(`${c.title} at ${c.company}`)}"><h3>${escape(c.title)}</h3><p>${escape(c.company)}</p><p>${escape(c.location ?? '')}</p><p>${c.deadline ?? ''}</p></article></li>`,
      )
      .join('')}</ul></div></section>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>Board</title><style>${css}</style></head><body><main><div class="board">${columns.join('')}</div></main></body></html>`;
}

async function serveStatic(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
