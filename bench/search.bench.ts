// Search at size (issue 12): typo-forgiving search over titles, companies and tags, and the Postings table
// sorted by a column header, at 100,000 applications, over HTTP as the browser asks (`pursuit serve` in its
// own process). Beside each figure, the exact-word search measured in the same run as its reference.
//   board.list with a search (a page per column and the counts)     target < 100 ms p50
//   postings.list sorted by a column, first page and a page far down target < 100 ms p50
// Needs `npm run build` (the host runs the built CLI). PURSUIT_BENCH_SIZE changes the size (default 100,000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { seedDemoData } from '../electron/core/seed';
import { addTestApplication } from './search-bench-data';
import { growByCopies } from './grow';
import { hostApi, startHost, stopHost, type Host } from './host';
import { machineLine, median, ms, time } from './machine';

const SIZE = Number(process.env.PURSUIT_BENCH_SIZE ?? 100_000);
const BASE = Math.min(SIZE, 10_000);
const ROUNDS = 15;

console.log(`# search at size: ${SIZE.toLocaleString('en')} applications\n${machineLine()}`);
// PURSUIT_BENCH_DIR: a data folder seeded by an earlier run, kept and reused.
const keepDir = process.env.PURSUIT_BENCH_DIR;
const dir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-search-bench-'));
const seeded = fs.existsSync(path.join(dir, 'pursuit.db'));
try {
  const [seedMs] = await time(() => {
    if (seeded) return;
    const core = createCore({ dataDir: dir });
    try {
      seedDemoData(core.db, { count: BASE - 3, seed: 12 });
      // Three names the seed does not use, to search for with a typo; copied with the rest.
      addTestApplication(core.db, 'Frontend Engineer', 'TechVision', ['referral']);
      addTestApplication(core.db, 'Data Analyst', 'Lumina Analytics', []);
      addTestApplication(core.db, 'Platform Engineer', 'Quantiva', ['visa sponsor']);
      growByCopies(core.db, Math.ceil(SIZE / BASE));
    } finally {
      core.close();
    }
  });
  console.log(`seeded in ${ms(seedMs)}`);
  const host = await startHost(dir);
  try {
    await measure(host);
  } finally {
    await stopHost(host.child);
  }
} finally {
  if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
}

async function measure(host: Host): Promise<void> {
  const api = hostApi(host);
  const floor: number[] = [];
  for (let i = 0; i < 30; i++) floor.push((await time(() => api('stages.list', {})))[0]);
  console.log(`HTTP round trip of the smallest request (stages.list): p50 ${ms(median(floor))}`);

  // Alternating queries, so no request reuses the previous one's hits.
  const queries = ['eng', 'kubernetes', 'techvision', 'techvison', 'luminna', 'quantva', 'referral', 'refferal'];
  const times = new Map(queries.map((q) => [q, [] as number[]]));
  const found = new Map<string, number>();
  for (let i = 0; i < ROUNDS; i++)
    for (const q of queries) {
      const [t, board] = await time(() => api<{ columns: { total: number }[] }>('board.list', { search: q }));
      times.get(q)!.push(t);
      found.set(
        q,
        board.columns.reduce((n, c) => n + c.total, 0),
      );
    }
  for (const q of queries)
    console.log(
      `row: board.list search "${q}": p50 ${ms(median(times.get(q)!))}, ${found.get(q)!.toLocaleString('en')} found [< 100 ms]`,
    );

  // The first search after a write reads the vocabulary afresh: a move, then a typo search.
  const afterWrite: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await api('applications.move', { id: 1 + i, stageId: 2, index: 0 });
    afterWrite.push((await time(() => api('board.list', { search: i % 2 ? 'techvison' : 'luminna' })))[0]);
  }
  console.log(`row: board.list typo search right after a move: p50 ${ms(median(afterWrite))} [< 100 ms]`);
  // A new application changes the title and company words: the next typo search reads the vocabulary again.
  const afterCreate: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await api('applications.create', { title: `Bench role ${i}`, company: `Benchmark Company ${i}` });
    afterCreate.push((await time(() => api('board.list', { search: i % 2 ? 'techvison' : 'luminna' })))[0]);
  }
  console.log(`row: board.list typo search right after a new application: p50 ${ms(median(afterCreate))} [< 100 ms]`);

  const postings: [string, unknown][] = [
    ['postings.list board order, first page', {}],
    ['postings.list title asc, first page', { sort: { by: 'title', direction: 'asc' } }],
    ['postings.list title asc, offset 50,000', { sort: { by: 'title', direction: 'asc' }, offset: 50_000 }],
    ['postings.list company desc, first page', { sort: { by: 'company', direction: 'desc' } }],
    ['postings.list deadline asc, first page', { sort: { by: 'deadline', direction: 'asc' } }],
    ['postings.list location asc, offset 50,000', { sort: { by: 'location', direction: 'asc' }, offset: 50_000 }],
    ['postings.list search "techvison", title desc', { search: 'techvison', sort: { by: 'title', direction: 'desc' } }],
  ];
  for (const [label, input] of postings) {
    const runs: number[] = [];
    for (let i = 0; i < ROUNDS; i++)
      runs.push((await time(() => api('postings.list', { offset: 0, limit: 50, ...(input as object) })))[0]);
    console.log(`row: ${label}: p50 ${ms(median(runs))} [< 100 ms]`);
  }
}
