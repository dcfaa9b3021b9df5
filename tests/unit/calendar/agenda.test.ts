import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDueItems, upcomingEvents } from '../../../electron/core/calendar/agenda';
import { clockCore, inZone } from './clock-core';

/** What the tray lists and the dock badge counts (electron/core/calendar/agenda.ts). */
describe('agenda for the tray and the dock badge', () => {
  inZone('America/New_York', { beforeAll, afterAll });

  async function setup() {
    const c = clockCore('2040-06-03T14:00:00.000Z'); // 10:00 in New York, 3 June
    const open = await c.call('applications.create', { title: 'Designer', company: 'Initech' });
    const archived = await c.call('applications.create', { title: 'Tester', company: 'Hooli' });
    const ev = (applicationId: number, fields: Record<string, unknown>) =>
      c.call('events.create', { applicationId, kind: 'interview', allDay: false, ...fields } as never);
    await ev(open.id, { startsAt: '2040-06-03T13:00:00.000Z' }); // earlier today: over
    await ev(open.id, { startsAt: '2040-06-04T01:00:00.000Z' }); // 21:00 today, local time
    await ev(open.id, { kind: 'deadline', allDay: true, day: '2040-06-03', reminderOffsets: [] }); // today
    await ev(open.id, { kind: 'deadline', allDay: true, day: '2040-06-10' });
    await ev(open.id, { kind: 'follow-up', allDay: true, day: '2040-06-20' });
    await ev(archived.id, { kind: 'deadline', allDay: true, day: '2040-06-03' });
    await c.call('applications.archive', { id: archived.id, archived: true });
    return c;
  }

  it('lists the next events of open applications, soonest first, today’s all-day ones before later times', async () => {
    const c = await setup();
    expect(upcomingEvents(c.core.db, c.now()).map((i) => [i.kind, i.at, i.applicationTitle])).toEqual([
      ['deadline', '2040-06-03', 'Designer'],
      ['interview', '2040-06-04T01:00:00.000Z', 'Designer'],
      ['deadline', '2040-06-10', 'Designer'],
    ]);
  });

  it('counts events today (in local time) and those with a reminder waiting in the panel; not archived ones', async () => {
    const c = await setup();
    // Today: the interview that is over, the one at 21:00, the deadline. Not the archived application's deadline.
    expect(countDueItems(c.core.db, c.now())).toBe(3);
    c.set('2040-06-07T13:05:00.000Z'); // 09:05 on 7 June: no event today
    c.scheduler().tick();
    // Waiting in the panel: the 21:00 interview's "1 hour before" (missed) and the 10 June deadline's "3 days before".
    expect((await c.call('reminders.active', {})).map((r) => [r.event.kind, r.offsetMinutes])).toEqual([
      ['deadline', 3 * 1440],
      ['interview', 60],
    ]);
    expect(countDueItems(c.core.db, c.now())).toBe(2);
  });
});
