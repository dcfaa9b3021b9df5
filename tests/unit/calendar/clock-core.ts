import { createCore, type Core } from '../../../electron/core/core';
import { createReminderScheduler, type SchedulerOptions } from '../../../electron/core/calendar/scheduler';
import type { ActiveReminder } from '../../../shared/api-calendar';
import { coreClient } from '../helpers';
import { afterEach } from 'vitest';

const open: Core[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** A core on a clock the test moves, with a typed `call` that throws on an error envelope. */
export function clockCore(start: string, options: { dataDir?: string } = {}) {
  let t = new Date(start);
  const core = createCore({ dataDir: options.dataDir, now: () => t });
  open.push(core);
  const { call, fail } = coreClient(core);
  const delivered: ActiveReminder[] = [];
  const scheduler = (opts: SchedulerOptions = {}) => createReminderScheduler(core, { onDue: (r) => delivered.push(r), ...opts });
  return {
    core,
    call,
    fail,
    delivered,
    scheduler,
    set: (iso: string) => (t = new Date(iso)),
    advanceMinutes: (m: number) => (t = new Date(t.getTime() + m * 60_000)),
    now: () => t,
  };
}

/** Runs the tests of `fn` with process.env.TZ set to `zone` (Node applies a new TZ at once). */
export function inZone(zone: string, hooks: { beforeAll: (f: () => void) => void; afterAll: (f: () => void) => void }) {
  let previous: string | undefined;
  hooks.beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  hooks.afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}
