// Foundation figures: seeding 10,000 applications into a real data folder, listing the board through the
// API, and the size of the database file. Prints the median of several runs; passes or fails nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { DB_FILE_NAME } from '../electron/core/data-dir';
import { seedDemoData } from '../electron/core/seed';
import { machineLine, median, ms, time } from './machine';

const COUNT = 10_000;
const RUNS = 3;

console.log(`# foundation bench: ${COUNT} applications\n${machineLine()}`);
const seedTimes: number[] = [];
const listTimes: number[] = [];
let size = 0;
for (let run = 0; run < RUNS; run++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-bench-'));
  const core = createCore({ dataDir: dir });
  const [seedMs] = await time(() => seedDemoData(core.db, { count: COUNT, seed: run + 1 }));
  seedTimes.push(seedMs);
  for (let i = 0; i < 5; i++) {
    const [listMs, res] = await time(() => core.call('board.list', {}));
    if (!res.ok) throw new Error('board.list failed');
    listTimes.push(listMs);
  }
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  size = fs.statSync(path.join(dir, DB_FILE_NAME)).size;
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`seed ${COUNT}: median ${ms(median(seedTimes))} over ${RUNS} runs`);
console.log(`board.list through the API (${COUNT} cards): median ${ms(median(listTimes))} over ${listTimes.length} calls`);
console.log(`database file: ${(size / 2 ** 20).toFixed(1)} MiB`);
