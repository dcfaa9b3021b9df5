/**
 * The child of the crash-safety test: a burst of API writes through the real core on a data folder,
 * printing each write on stdout only AFTER the core acknowledged it, until it is killed with SIGKILL.
 *
 *   try <kind> <details>   printed before a call (the write may or may not land if killed now)
 *   ack <kind> <details>   printed after the call returned ok (the write must survive any kill after this)
 *
 * Usage: node crash-writer.cjs <dataDir> <run> <seed>
 */
import { createCore } from '../../../electron/core/core';

const [dataDir, runArg, seedArg] = process.argv.slice(2);
const run = Number(runArg);
let state = Number(seedArg) >>> 0 || 1;
/** mulberry32: the kill test is random but repeatable from its printed seed. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const core = createCore({ dataDir: dataDir! });
  say('ready');
  const mine: number[] = [];
  for (let i = 0; ; i++) {
    const roll = random();
    if (roll < 0.5 || mine.length === 0) {
      const title = `crash-${run}-${i}`;
      say(`try app ${title}`);
      const r = await core.call('applications.create', {
        title,
        company: 'Crash Test Co',
        location: `run ${run}`,
        tags: ['crash'],
      });
      if (!r.ok) throw new Error(JSON.stringify(r));
      const id = (r.value as { id: number }).id;
      mine.push(id);
      say(`ack app ${id} ${title}`);
    } else if (roll < 0.72) {
      const appId = mine[Math.floor(random() * mine.length)]!;
      const body = `note ${run}-${i} ${'lorem ipsum '.repeat(Math.floor(random() * 40))}`.trim();
      say(`try note ${appId} ${run}-${i}`);
      const r = await core.call('notes.add', { applicationId: appId, body });
      if (!r.ok) throw new Error(JSON.stringify(r));
      say(`ack note ${(r.value as { id: number }).id} ${appId} ${run}-${i}`);
    } else if (roll < 0.94) {
      const appId = mine[Math.floor(random() * mine.length)]!;
      const location = `updated ${run}-${i}`;
      say(`try upd ${appId} ${location}`);
      const r = await core.call('applications.update', { id: appId, patch: { location } });
      if (!r.ok) throw new Error(JSON.stringify(r));
      say(`ack upd ${appId} ${location}`);
    } else {
      // A batch import: 25 applications in one transaction, all or nothing.
      say('try seed 25');
      const r = await core.call('demo.seed', { count: 25, seed: run * 1000 + i });
      if (!r.ok) throw new Error(JSON.stringify(r));
      say('ack seed 25');
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`crash-writer failed: ${String((err as Error).stack ?? err)}\n`);
  process.exit(3);
});
