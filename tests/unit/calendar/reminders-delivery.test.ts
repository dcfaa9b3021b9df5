import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { createReminderScheduler } from '../../../electron/core/calendar/scheduler';
import type { ActiveReminder } from '../../../shared/api-calendar';
import type { ChangeEvent } from '../../../shared/domain';
import { tempDir } from '../helpers';
import { clockCore, inZone } from './clock-core';

describe('reminder delivery', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  async function withInterview(start = '2040-06-01T08:00:00.000Z', startsAt = '2040-06-03T12:00:00.000Z', dataDir?: string) {
    const c = clockCore(start, { dataDir });
    const app = await c.call('applications.create', { title: 'Designer', company: 'Initech' });
    const ev = await c.call('events.create', {
      applicationId: app.id,
      kind: 'interview',
      allDay: false,
      startsAt,
      durationMinutes: 60,
      location: 'Video call',
      roundName: 'Portfolio review',
    });
    return { ...c, app, ev };
  }

  it('delivers each reminder once, at its time, and lists it in the panel until dismissed', async () => {
    const c = await withInterview();
    const s = c.scheduler();
    expect(s.tick()).toEqual([]);
    c.set('2040-06-02T11:59:59.000Z');
    expect(s.tick()).toEqual([]);
    c.set('2040-06-02T12:00:10.000Z');
    const [first] = s.tick();
    expect(first).toMatchObject({ offsetMinutes: 1440, missed: false, application: { title: 'Designer', company: 'Initech' } });
    expect(first?.event).toMatchObject({ kind: 'interview', location: 'Video call', roundName: 'Portfolio review' });
    expect(s.tick()).toEqual([]);
    expect((await c.call('reminders.active', {})).map((r) => r.id)).toEqual([first!.id]);
    await c.call('reminders.dismiss', { id: first!.id });
    expect(await c.call('reminders.active', {})).toEqual([]);
    c.set('2040-06-03T11:00:05.000Z');
    expect(s.tick().map((r) => r.offsetMinutes)).toEqual([60]);
    expect(c.delivered.map((r) => r.offsetMinutes)).toEqual([1440, 60]);
  });

  it('tells every window when it delivers, through the core change events', async () => {
    const c = await withInterview();
    const seen: ChangeEvent[] = [];
    c.core.onChange((e) => seen.push(e));
    c.set('2040-06-02T12:00:10.000Z');
    c.scheduler().tick();
    expect(seen.map((e) => e.topics)).toEqual([['reminders']]);
  });

  it('a reminder due while Pursuit was closed is shown once, marked missed, and not again after a restart', async () => {
    const dir = tempDir();
    const c = await withInterview(undefined, undefined, dir);
    c.core.close(); // quit before the reminder's time

    let t = new Date('2040-06-03T09:00:00.000Z'); // started again the next day: the 1-day reminder passed
    const delivered: ActiveReminder[] = [];
    const reopened = createCore({ dataDir: dir, now: () => t });
    const s = createReminderScheduler(reopened, { onDue: (r) => delivered.push(r) });
    s.tick();
    expect(delivered.map((r) => [r.offsetMinutes, r.missed])).toEqual([[1440, true]]);
    reopened.close();

    // Quit without dismissing, start again: still in the panel, but not delivered (notified) a second time.
    t = new Date('2040-06-03T09:05:00.000Z');
    const third = createCore({ dataDir: dir, now: () => t });
    const again: ActiveReminder[] = [];
    const s3 = createReminderScheduler(third, { onDue: (r) => again.push(r) });
    expect(s3.tick()).toEqual([]);
    expect(again).toEqual([]);
    const active = await third.call('reminders.active', {});
    expect(active.ok && (active.value as ActiveReminder[]).map((r) => [r.offsetMinutes, r.missed])).toEqual([[1440, true]]);
    third.close();
  });

  it('a reminder delivered long after its time because the machine slept is marked missed', async () => {
    const c = await withInterview();
    const s = c.scheduler({ intervalMs: 30_000 });
    s.tick();
    c.set('2040-06-02T16:00:00.000Z'); // woke up four hours after the 1-day reminder
    expect(s.tick().map((r) => r.missed)).toEqual([true]);
  });

  it('two schedulers on the same data never deliver the same reminder twice', async () => {
    const c = await withInterview();
    const other = createReminderScheduler(c.core);
    c.set('2040-06-02T12:00:10.000Z');
    const a = c.scheduler().tick();
    const b = other.tick();
    expect(a.length + b.length).toBe(1);
  });

  it('snooze for an hour brings it back an hour later; snooze until tomorrow brings it back at 09:00', async () => {
    const c = await withInterview();
    const s = c.scheduler();
    c.set('2040-06-02T12:00:10.000Z');
    const [r] = s.tick();
    const hour = await c.call('reminders.snooze', { id: r!.id, until: 'hour' });
    expect(hour.snoozedUntil).toBe('2040-06-02T13:00:10.000Z');
    expect(await c.call('reminders.active', {})).toEqual([]);
    expect((await c.call('reminders.snoozed', {})).map((x) => x.id)).toEqual([r!.id]);
    c.set('2040-06-02T12:59:00.000Z');
    expect(s.tick()).toEqual([]);
    c.set('2040-06-02T13:00:20.000Z');
    expect(s.tick().map((x) => [x.id, x.missed])).toEqual([[r!.id, false]]);

    const tomorrow = await c.call('reminders.snooze', { id: r!.id, until: 'tomorrow' });
    expect(tomorrow.snoozedUntil).toBe('2040-06-03T07:00:00.000Z'); // 09:00 CEST
    c.set('2040-06-03T07:00:30.000Z');
    expect(s.tick().map((x) => x.id)).toContain(r!.id);
  });

  it('an event added after one of its reminder times skips that reminder instead of firing it late', async () => {
    const c = await withInterview('2040-06-03T10:00:00.000Z', '2040-06-03T12:00:00.000Z');
    expect(c.ev.reminders.map((r) => [r.offsetMinutes, r.state])).toEqual([
      [1440, 'skipped'],
      [60, 'pending'],
    ]);
    const s = c.scheduler();
    expect(s.tick()).toEqual([]);
    c.set('2040-06-03T11:00:01.000Z');
    expect(s.tick().map((r) => r.offsetMinutes)).toEqual([60]);
  });

  it('moving an event to another day plans its reminders afresh; a deleted event takes its reminders with it', async () => {
    const c = await withInterview();
    const s = c.scheduler();
    c.set('2040-06-02T12:00:10.000Z');
    expect(s.tick()).toHaveLength(1);
    const moved = await c.call('events.move', { id: c.ev.id, day: '2040-06-05' });
    expect(moved.startsAt).toBe('2040-06-05T12:00:00.000Z'); // same local time, 14:00 CEST
    expect(moved.reminders.map((r) => [r.dueAt, r.state])).toEqual([
      ['2040-06-04T12:00:00.000Z', 'pending'],
      ['2040-06-05T11:00:00.000Z', 'pending'],
    ]);
    expect(await c.call('reminders.active', {})).toEqual([]);
    await c.call('events.delete', { id: c.ev.id });
    c.set('2040-06-06T00:00:00.000Z');
    expect(s.tick()).toEqual([]);
  });

  it('per-event reminders replace the defaults; changing the defaults re-plans the other events', async () => {
    const c = await withInterview();
    const own = await c.call('events.update', { id: c.ev.id, patch: { reminderOffsets: [120] } });
    expect(own.reminderOffsets).toEqual([120]);
    expect(own.reminders.map((r) => r.dueAt)).toEqual(['2040-06-03T10:00:00.000Z']);
    const other = await c.call('events.create', { applicationId: c.app.id, kind: 'follow-up', allDay: true, day: '2040-06-10' });
    expect(other.reminders.map((r) => r.dueAt)).toEqual(['2040-06-10T07:00:00.000Z']);
    await c.call('reminders.updateSettings', { morningTime: '08:30', offsets: { 'follow-up': [1440, 0] } });
    expect((await c.call('events.get', { id: other.id })).reminders.map((r) => r.dueAt)).toEqual([
      '2040-06-09T06:30:00.000Z',
      '2040-06-10T06:30:00.000Z',
    ]);
    expect((await c.call('events.get', { id: c.ev.id })).reminders.map((r) => r.dueAt)).toEqual(['2040-06-03T10:00:00.000Z']);
  });

  it('a deadline saved outside the calendar (applications store, CLI) gets its reminders from the next tick', async () => {
    const c = clockCore('2040-06-01T08:00:00.000Z');
    const s = c.scheduler();
    const app = await c.call('applications.create', { title: 'Writer', company: 'Hooli', deadline: '2040-06-20' });
    s.tick();
    const [deadline] = await c.call('calendar.range', { from: '2040-06-01', to: '2040-06-30' });
    expect(deadline?.reminders.map((r) => r.dueAt)).toEqual(['2040-06-17T07:00:00.000Z', '2040-06-20T07:00:00.000Z']);
    await c.call('applications.update', { id: app.id, patch: { deadline: '2040-06-25' } });
    s.tick();
    const [moved] = await c.call('calendar.range', { from: '2040-06-01', to: '2040-06-30' });
    expect(moved?.day).toBe('2040-06-25');
    expect(moved?.reminders.map((r) => r.dueAt)).toEqual(['2040-06-22T07:00:00.000Z', '2040-06-25T07:00:00.000Z']);
  });

  it('start() ticks when an event changes, without waiting for the interval', async () => {
    const c = await withInterview();
    const s = c.scheduler({ intervalMs: 3_600_000 });
    s.start();
    // Both reminders are now due; the interval is an hour away, but any change through the API wakes it.
    c.set('2040-06-03T11:30:00.000Z');
    await c.call('reminders.updateSettings', { followUpAfterDays: 8 });
    await expect.poll(() => c.delivered.length).toBe(2);
    s.stop();
  });
});
