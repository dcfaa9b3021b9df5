// Calendar figures with 10,000 seeded applications: the reminder scheduler's first (full) planning pass and
// its steady-state tick, a month of `calendar.range`, the follow-up nudges and the .ics export. Prints
// medians with the machine; passes or fails nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, format } from 'date-fns';
import { createReminderScheduler } from '../electron/core/calendar/scheduler';
import { createCore } from '../electron/core/core';
import { seedDemoData } from '../electron/core/seed';
import { machineLine, median, ms, time } from './machine';

const COUNT = 10_000;
const RUNS = 7;

console.log(`# calendar bench: ${COUNT} applications\n${machineLine()}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-calendar-bench-'));
const core = createCore({ dataDir: dir });
const [seedMs] = await time(() => seedDemoData(core.db, { count: COUNT, seed: 11 }));
const { n: events } = core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
console.log(`seeded ${COUNT} applications (${events} events) in ${ms(seedMs)}`);

const firstPasses: number[] = [];
const ticks: number[] = [];
for (let run = 0; run < RUNS; run++) {
  // A new scheduler (as at app start) re-plans every event; later ticks only look at changed ones.
  const scheduler = createReminderScheduler(core);
  firstPasses.push((await time(() => scheduler.tick()))[0]);
  for (let i = 0; i < 5; i++) ticks.push((await time(() => scheduler.tick()))[0]);
}
const { n: reminders } = core.db.prepare('SELECT count(*) AS n FROM reminders').get() as { n: number };
console.log(`scheduler start (plan all ${events} events, ${reminders} reminder rows): median ${ms(median(firstPasses))}`);
console.log(`scheduler tick (nothing changed): median ${ms(median(ticks))}`);

// What the host pays after every write: the tick that follows one stage move (issue 14). Measured once the
// seed is older than the scheduler's 5 s clock-skew margin, which otherwise plans the just-seeded events again.
await new Promise((resolve) => setTimeout(resolve, 5_500));
const afterMove: number[] = [];
const scheduler = createReminderScheduler(core);
scheduler.tick();
for (let i = 0; i < RUNS; i++) {
  const env = await core.call('applications.place', { id: 1 + ((i * 7919) % COUNT), stageId: 1 + (i % 3), beforeId: null });
  if (!env.ok) throw new Error(env.error.message);
  afterMove.push((await time(() => scheduler.tick()))[0]);
}
console.log(`scheduler tick after one stage move: median ${ms(median(afterMove))}`);

const call = async (method: string, input: unknown) => {
  const env = await core.call(method, input);
  if (!env.ok) throw new Error(env.error.message);
  return env.value;
};
const from = format(new Date(), 'yyyy-MM-01');
const to = format(addDays(new Date(from), 41), 'yyyy-MM-dd');
const ranges: number[] = [];
let shown = 0;
for (let run = 0; run < RUNS; run++) {
  const [t, items] = await time(() => call('calendar.range', { from, to }));
  ranges.push(t);
  shown = (items as unknown[]).length;
}
console.log(`calendar.range, 6-week month grid (${shown} events): median ${ms(median(ranges))}`);

const nudges: number[] = [];
for (let run = 0; run < RUNS; run++) nudges.push((await time(() => call('nudges.list', {})))[0]);
console.log(`nudges.list: median ${ms(median(nudges))}`);

const exports: number[] = [];
let size = 0;
for (let run = 0; run < RUNS; run++) {
  const [t, out] = await time(() => call('calendar.exportIcs', {}));
  exports.push(t);
  size = (out as { content: string }).content.length;
}
console.log(`.ics export of all events (${(size / 1024).toFixed(0)} KB): median ${ms(median(exports))}`);

core.close();
fs.rmSync(dir, { recursive: true, force: true });
