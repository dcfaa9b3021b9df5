import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderDueAt, snoozeUntil } from '../../../electron/core/calendar/schedule';
import { clockCore, inZone } from './clock-core';

/**
 * The same scenarios in three zones with different DST rules (spring forward in March in New York and
 * Berlin, autumn back in April in Sydney). Expected instants are written out in UTC: a reminder is right
 * when its local wall clock is right on both sides of the change.
 */
const ZONES = [
  {
    zone: 'America/New_York',
    // DST starts Sun 2040-03-11; ends Sun 2040-11-04.
    deadline: '2040-03-13',
    deadlineDue: ['2040-03-10T14:00:00.000Z', '2040-03-13T13:00:00.000Z'], // 09:00 EST, 09:00 EDT
    fallDeadline: '2040-11-05',
    fallDue: ['2040-11-02T13:00:00.000Z', '2040-11-05T14:00:00.000Z'], // 09:00 EDT, 09:00 EST
    interview: '2040-03-11T15:00:00.000Z', // 11:00 EDT, the day DST starts
    interviewDue: ['2040-03-10T16:00:00.000Z', '2040-03-11T14:00:00.000Z'], // 11:00 EST the day before; an hour before
    snoozeFrom: '2040-03-10T20:00:00.000Z', // 15:00 EST on the eve of the change
    tomorrowMorning: '2040-03-11T13:00:00.000Z', // 09:00 EDT
  },
  {
    zone: 'Europe/Berlin',
    // DST starts Sun 2040-03-25; ends Sun 2040-10-28.
    deadline: '2040-03-27',
    deadlineDue: ['2040-03-24T08:00:00.000Z', '2040-03-27T07:00:00.000Z'],
    fallDeadline: '2040-10-29',
    fallDue: ['2040-10-26T07:00:00.000Z', '2040-10-29T08:00:00.000Z'],
    interview: '2040-03-25T09:00:00.000Z', // 11:00 CEST
    interviewDue: ['2040-03-24T10:00:00.000Z', '2040-03-25T08:00:00.000Z'],
    snoozeFrom: '2040-03-24T14:00:00.000Z',
    tomorrowMorning: '2040-03-25T07:00:00.000Z',
  },
  {
    zone: 'Australia/Sydney',
    // DST ends Sun 2040-04-01 (clocks go back); starts Sun 2040-10-07.
    deadline: '2040-04-03',
    deadlineDue: ['2040-03-30T22:00:00.000Z', '2040-04-02T23:00:00.000Z'], // 09:00 AEDT, 09:00 AEST
    fallDeadline: '2040-10-09',
    fallDue: ['2040-10-05T23:00:00.000Z', '2040-10-08T22:00:00.000Z'],
    interview: '2040-04-01T01:00:00.000Z', // 11:00 AEST
    interviewDue: ['2040-03-31T00:00:00.000Z', '2040-04-01T00:00:00.000Z'],
    snoozeFrom: '2040-03-31T05:00:00.000Z',
    tomorrowMorning: '2040-03-31T23:00:00.000Z',
  },
];

describe.each(ZONES)('reminder times in $zone', (z) => {
  inZone(z.zone, { beforeAll, afterAll });

  it('a deadline reminds 3 days before and on the morning of the day, at 09:00 local on both sides of a DST change', () => {
    const event = { allDay: true, day: z.deadline, startsAt: null };
    expect([reminderDueAt(event, 3 * 1440, 540), reminderDueAt(event, 0, 540)].map((d) => d.toISOString())).toEqual(
      z.deadlineDue,
    );
    const fall = { allDay: true, day: z.fallDeadline, startsAt: null };
    expect([reminderDueAt(fall, 3 * 1440, 540), reminderDueAt(fall, 0, 540)].map((d) => d.toISOString())).toEqual(z.fallDue);
  });

  it('an interview reminds at the same local time the day before, and exactly an hour before', () => {
    const event = { allDay: false, day: null, startsAt: z.interview };
    expect([reminderDueAt(event, 1440, 540), reminderDueAt(event, 60, 540)].map((d) => d.toISOString())).toEqual(z.interviewDue);
  });

  it('"tomorrow morning" is 09:00 local the next day, even when the clocks change overnight', () => {
    expect(snoozeUntil('tomorrow', new Date(z.snoozeFrom), 540).toISOString()).toBe(z.tomorrowMorning);
    expect(snoozeUntil('hour', new Date(z.snoozeFrom), 540).getTime() - new Date(z.snoozeFrom).getTime()).toBe(3_600_000);
  });

  it('the planned reminders of an event added through the API are the ones above', async () => {
    const { call } = clockCore('2040-01-01T12:00:00.000Z');
    const app = await call('applications.create', { title: 'Engineer', company: 'Acme' });
    const deadline = await call('events.create', { applicationId: app.id, kind: 'deadline', allDay: true, day: z.deadline });
    expect(deadline.reminders.map((r) => [r.dueAt, r.state])).toEqual(z.deadlineDue.map((d) => [d, 'pending']));
    const interview = await call('events.create', {
      applicationId: app.id,
      kind: 'interview',
      allDay: false,
      startsAt: z.interview,
      durationMinutes: 45,
    });
    expect(interview.reminders.map((r) => r.dueAt)).toEqual(z.interviewDue);
  });
});

describe('a change of the system time zone', () => {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('moves reminders not yet shown to the morning in the new zone, and never repeats one already shown', async () => {
    process.env.TZ = 'Europe/Berlin';
    const c = clockCore('2040-05-01T06:00:00.000Z');
    const app = await c.call('applications.create', { title: 'Analyst', company: 'Globex' });
    const e = await c.call('events.create', { applicationId: app.id, kind: 'deadline', allDay: true, day: '2040-05-04' });
    // 3 days before: 2040-05-01 09:00 CEST = 07:00Z; the day itself: 2040-05-04 07:00Z.
    expect(e.reminders.map((r) => r.dueAt)).toEqual(['2040-05-01T07:00:00.000Z', '2040-05-04T07:00:00.000Z']);
    const scheduler = c.scheduler({ intervalMs: 30_000 });
    c.set('2040-05-01T07:00:30.000Z');
    expect(scheduler.tick().map((r) => r.missed)).toEqual([false]);

    // The user flies to New York; the process now reads another zone.
    process.env.TZ = 'America/New_York';
    c.set('2040-05-02T12:00:00.000Z');
    expect(scheduler.tick()).toEqual([]);
    const after = await c.call('events.get', { id: e.id });
    expect(after.reminders.map((r) => [r.dueAt, r.state])).toEqual([
      ['2040-05-01T07:00:00.000Z', 'shown'],
      ['2040-05-04T13:00:00.000Z', 'pending'], // 09:00 EDT
    ]);
    c.set('2040-05-04T13:00:10.000Z');
    expect(scheduler.tick().map((r) => r.offsetMinutes)).toEqual([0]);
    expect(c.delivered).toHaveLength(2);
  });
});
