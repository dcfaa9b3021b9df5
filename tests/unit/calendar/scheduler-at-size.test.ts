import { describe, expect, it } from 'vitest';
import { CHANGED_EVENTS_SQL } from '../../../electron/core/store/events';
import { DUE_REMINDERS_SQL } from '../../../electron/core/store/reminders';
import { createReminderScheduler } from '../../../electron/core/calendar/scheduler';
import { clockCore } from './clock-core';

/**
 * The reminder scheduler with many events (issue 14): the tick that follows every write must read only what
 * changed and what is due, and the first pass over everything must not hold the host's event loop.
 */

/**
 * `count` interviews of one application, a day apart from 10 June 2040 at 09:00, written straight to the table
 * (as a large import or seed leaves them): each has a "1 day before" and a "1 hour before" reminder.
 */
async function withInterviews(count: number, apartMs = 86_400_000) {
  const c = clockCore('2040-06-01T09:00:00.000Z');
  const app = await c.call('applications.create', { title: 'Welder', company: 'Acme' });
  const insert = c.core.db.prepare(
    `INSERT INTO events (application_id, kind, title, all_day, starts_at, created_at, updated_at)
       VALUES (?, 'interview', ?, 0, ?, ?, ?)`,
  );
  c.core.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const start = new Date(Date.parse('2040-06-10T09:00:00.000Z') + i * apartMs).toISOString();
      insert.run(app.id, `Interview ${i}`, start, '2040-05-01T00:00:00.000Z', '2040-05-01T00:00:00.000Z');
    }
  })();
  return c;
}

const plannedEvents = (c: ReturnType<typeof clockCore>) =>
  (c.core.db.prepare('SELECT count(DISTINCT event_id) AS n FROM reminders').get() as { n: number }).n;

const planOf = (c: ReturnType<typeof clockCore>, sql: string, ...params: unknown[]) =>
  (c.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

const FIRST_DUE = [
  ['Interview 0', 1440],
  ['Interview 0', 60],
];

describe('the reminder scheduler at size', () => {
  it('reads the due reminders and the changed events through indexes, never the whole table', async () => {
    const c = await withInterviews(10);
    const due = planOf(c, DUE_REMINDERS_SQL, '2040-06-01T00:00:00.000Z', 500);
    expect(due).toContain('USING INDEX reminders_pending');
    expect(due).not.toMatch(/SCAN|TEMP B-TREE/);
    const changed = planOf(c, CHANGED_EVENTS_SQL, '2040-06-01T00:00:00.000Z');
    expect(changed).toContain('USING INDEX events_updated');
    expect(changed).not.toMatch(/SCAN/);
  });

  it('delivers every due reminder even when more are due than one query returns', async () => {
    const c = await withInterviews(1200, 60_000);
    const s = c.scheduler();
    s.tick();
    c.set('2040-06-20T09:00:00.000Z'); // every interview is over: each one's reminders are due (and missed)
    const expected = (
      c.core.db.prepare('SELECT count(*) AS n FROM reminders WHERE dismissed_at IS NULL AND delivered_at IS NULL').get() as {
        n: number;
      }
    ).n;
    expect(expected).toBeGreaterThan(500);
    expect(s.tick()).toHaveLength(expected);
    expect(c.delivered).toHaveLength(expected);
  });

  it('delivers thousands of due reminders at start a batch at a time, answering timers between batches', async () => {
    const c = await withInterviews(1500, 60_000);
    c.set('2040-06-20T09:00:00.000Z'); // every interview is over: all 3,000 reminders are due (missed)
    const s = c.scheduler({ intervalMs: 3_600_000 });
    const seen = new Set<number>();
    const watch = setInterval(() => seen.add(c.delivered.length), 0);
    try {
      s.start();
      await expect.poll(() => c.delivered.length, { timeout: 30_000 }).toBe(3000);
    } finally {
      clearInterval(watch);
      s.stop();
    }
    // Timers ran while some were delivered and others not yet: the host answered requests meanwhile.
    expect([...seen].some((n) => n > 0 && n < 3000)).toBe(true);
    expect(new Set(c.delivered.map((r) => r.id)).size).toBe(3000);
  });

  it('plans the first pass in slices at start, answering timers between them, then delivers what is due', async () => {
    const count = 6000;
    const c = await withInterviews(count);
    c.set('2040-06-10T08:30:00.000Z'); // both reminders of the first interview are due, none of the others
    const s = c.scheduler({ intervalMs: 3_600_000 });
    s.start();
    // start() returned before planning everything, and a timer runs while the pass goes on.
    expect(plannedEvents(c)).toBeLessThan(count);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(plannedEvents(c)).toBeLessThan(count);
    await expect.poll(() => plannedEvents(c), { timeout: 30_000 }).toBe(count);
    await expect.poll(() => c.delivered.map((r) => [r.event.title, r.offsetMinutes])).toEqual(FIRST_DUE);
    s.stop();
  });

  it('finishes a pass under way at once when asked to tick (the computer woke up)', async () => {
    const count = 6000;
    const c = await withInterviews(count);
    c.set('2040-06-10T08:30:00.000Z');
    const s = c.scheduler({ intervalMs: 3_600_000 });
    s.start();
    expect(plannedEvents(c)).toBeLessThan(count);
    expect(s.deliverDueNow().map((r) => [r.event.title, r.offsetMinutes])).toEqual(FIRST_DUE);
    expect(plannedEvents(c)).toBe(count);
    s.stop();
  });

  it('steps aside while callers are asking, and finishes once they stop', async () => {
    const count = 20000;
    const c = await withInterviews(count);
    let busy = true;
    // The host notes each request; here the test says when callers are asking.
    const s = createReminderScheduler({ ...c.core, now: c.core.now, msSinceActivity: () => (busy ? 0 : Infinity) });
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    s.start();
    await wait(0);
    const atStart = plannedEvents(c);
    await wait(150);
    const whileBusy = plannedEvents(c) - atStart;
    busy = false;
    const before = plannedEvents(c);
    await wait(150);
    const whileQuiet = plannedEvents(c) - before;
    // Asked all along, it planned a slice at most; left alone for as long, it planned many.
    expect(whileQuiet).toBeGreaterThan(3 * whileBusy);
    await expect.poll(() => plannedEvents(c), { timeout: 30_000 }).toBe(count);
    s.stop();
  });

  it('a steady stream of callers slows the first pass but never stops it', async () => {
    const c = await withInterviews(6000);
    const s = createReminderScheduler({ ...c.core, now: c.core.now, msSinceActivity: () => 0 });
    s.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const first = plannedEvents(c);
    await expect.poll(() => plannedEvents(c), { timeout: 10_000 }).toBeGreaterThan(first);
    s.stop();
  });
});
