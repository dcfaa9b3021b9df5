import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockCore, inZone } from './clock-core';

/** A reminder whose time has already passed when its event is created or moved, while the event is still ahead. */
describe('reminders that are already due when planned', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  async function interviewIn(minutes: number) {
    const c = clockCore('2040-06-03T10:00:00.000Z');
    const app = await c.call('applications.create', { title: 'Designer', company: 'Initech' });
    const ev = await c.call('events.create', {
      applicationId: app.id,
      kind: 'interview',
      allDay: false,
      startsAt: new Date(Date.parse('2040-06-03T10:00:00.000Z') + minutes * 60_000).toISOString(),
      durationMinutes: 60,
    });
    return { ...c, ev };
  }

  it('an interview 40 minutes ahead fires its 1-hour reminder at once, not missed, and only once', async () => {
    const c = await interviewIn(40);
    expect(c.ev.reminders.map((r) => [r.offsetMinutes, r.state, r.dueAt])).toEqual([
      [1440, 'skipped', '2040-06-02T10:40:00.000Z'],
      [60, 'pending', '2040-06-03T10:00:00.000Z'],
    ]);
    const s = c.scheduler();
    expect(s.tick().map((r) => [r.offsetMinutes, r.missed])).toEqual([[60, false]]);
    c.advanceMinutes(1);
    expect(s.tick()).toEqual([]);
    // A later pass (the scheduler re-plans changed events) leaves it delivered, and nothing else fires.
    c.advanceMinutes(45);
    expect(s.tick()).toEqual([]);
    expect(c.delivered).toHaveLength(1);
  });

  it('an interview two hours ahead still skips only the reminder that passed and fires the 1-hour one on time', async () => {
    const c = await interviewIn(120);
    expect(c.ev.reminders.map((r) => [r.offsetMinutes, r.state])).toEqual([
      [1440, 'skipped'],
      [60, 'pending'],
    ]);
    expect(c.scheduler().tick()).toEqual([]);
  });

  it('moving an interview to 30 minutes from now fires at once; an event already started fires nothing', async () => {
    const c = await interviewIn(24 * 60 * 3);
    const s = c.scheduler();
    expect(s.tick()).toEqual([]);
    const soon = await c.call('events.update', { id: c.ev.id, patch: { startsAt: '2040-06-03T10:30:00.000Z' } });
    expect(soon.reminders.map((r) => r.state)).toEqual(['skipped', 'pending']);
    expect(s.tick().map((r) => r.offsetMinutes)).toEqual([60]);

    const past = await c.call('events.update', { id: c.ev.id, patch: { startsAt: '2040-06-03T09:30:00.000Z' } });
    expect(past.reminders.map((r) => r.state)).toEqual(['skipped', 'skipped']);
    expect(s.tick()).toEqual([]);
  });
});
