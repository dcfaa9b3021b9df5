import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIcs } from '../../../electron/core/calendar/ics-export';
import { clockCore, inZone } from './clock-core';

/** The export read back by an independent parser (ical.js), as a calendar app would. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = cal.getAllSubcomponents('vevent');
  const todos = cal.getAllSubcomponents('vtodo');
  return { cal, events, todos };
}

const byUid = (list: ICAL.Component[]) => new Map(list.map((c) => [String(c.getFirstPropertyValue('uid')), c]));
const triggers = (c: ICAL.Component) =>
  c.getAllSubcomponents('valarm').map((a) => {
    const t = a.getFirstProperty('trigger')!;
    // ical.js types a parameter as present; it is undefined when the trigger does not name one.
    const related = t.getParameter('related') as string | undefined;
    return `${related ?? 'START'} ${String(t.getFirstValue())}`;
  });

describe('.ics export', () => {
  inZone('America/New_York', { beforeAll, afterAll });

  async function seeded() {
    const c = clockCore('2040-03-01T12:00:00.000Z');
    const app = await c.call('applications.create', {
      title: 'Backend Engineer',
      company: 'Umbrella, Inc.',
      deadline: '2040-03-13',
    });
    const interview = await c.call('events.create', {
      applicationId: app.id,
      kind: 'interview',
      allDay: false,
      startsAt: '2040-03-12T14:30:00.000Z',
      durationMinutes: 45,
      location: 'Room 4; 2nd floor',
      url: 'https://meet.example.com/abc',
      roundName: 'Technical round',
    });
    const followUp = await c.call('events.create', { applicationId: app.id, kind: 'follow-up', allDay: true, day: '2040-03-20' });
    return { ...c, app, interview, followUp };
  }

  it('writes deadlines and follow-ups as all-day events and interviews as timed events with a location', async () => {
    const c = await seeded();
    const { events, todos } = parse(exportIcs(c.core.db, { now: c.now() }));
    // Google Calendar drops VTODOs: a follow-up is an all-day event unless the settings ask otherwise.
    expect(events).toHaveLength(3);
    expect(todos).toHaveLength(0);

    const all = events.map((e) => new ICAL.Event(e));
    const interview = all.find((e) => !e.startDate.isDate);
    const [deadline, followUp] = all.filter((e) => e.startDate.isDate).sort((a, b) => a.startDate.compare(b.startDate));
    expect(interview!.startDate.isDate).toBe(false);
    expect(interview!.startDate.toJSDate().toISOString()).toBe('2040-03-12T14:30:00.000Z');
    expect(interview!.endDate.toJSDate().toISOString()).toBe('2040-03-12T15:15:00.000Z');
    expect(interview!.location).toBe('Room 4; 2nd floor');
    expect(interview!.summary).toBe('Technical round: Backend Engineer at Umbrella, Inc.');
    expect(deadline!.startDate.toString()).toBe('2040-03-13');
    expect(followUp!.uid).toBe(`pursuit-event-${c.followUp.id}@pursuit.local`);
    expect(followUp!.startDate.toString()).toBe('2040-03-20');
    expect(followUp!.endDate.toString()).toBe('2040-03-21');
    expect(followUp!.summary).toBe('Follow up: Backend Engineer at Umbrella, Inc.');
  });

  it('writes follow-ups as to-dos with a due date when the export settings say so', async () => {
    const c = await seeded();
    expect((await c.call('data.updateExportSettings', { icsFollowUps: 'todo' })).icsFollowUps).toBe('todo');
    const { events, todos } = parse(exportIcs(c.core.db, { now: c.now() }));
    expect(events).toHaveLength(2);
    expect(todos).toHaveLength(1);
    const todo = todos[0]!;
    expect(todo.getFirstPropertyValue('due')!.toString()).toBe('2040-03-20');
    expect(todo.hasProperty('dtstart')).toBe(false);
    expect(todo.hasProperty('dtend')).toBe(false);
    expect(triggers(todo)).toEqual(['END PT9H']);
  });

  it('puts the video link where calendars show it: LOCATION when there is no place, and DESCRIPTION', async () => {
    const c = await seeded();
    const remote = await c.call('events.create', {
      applicationId: c.app.id,
      kind: 'interview',
      allDay: false,
      startsAt: '2040-03-15T16:00:00.000Z',
      url: 'https://video.example.com/j/123?pwd=abc',
    });
    const uids = byUid(parse(exportIcs(c.core.db, { now: c.now() })).events);
    const withPlace = new ICAL.Event(uids.get(`pursuit-event-${c.interview.id}@pursuit.local`));
    expect(withPlace.location).toBe('Room 4; 2nd floor');
    expect(withPlace.description).toContain('Video link: https://meet.example.com/abc');
    const videoOnly = new ICAL.Event(uids.get(`pursuit-event-${remote.id}@pursuit.local`));
    expect(videoOnly.location).toBe('https://video.example.com/j/123?pwd=abc');
    expect(videoOnly.description).toContain('Video link: https://video.example.com/j/123?pwd=abc');
  });

  it('gives each its alarms, matching its reminders in Pursuit', async () => {
    const c = await seeded();
    const { events, todos } = parse(exportIcs(c.core.db, { now: c.now() }));
    expect(todos).toHaveLength(0);
    const uids = byUid(events);
    const deadlineEvent = [...uids.values()].find((e) => e.getFirstPropertyValue('dtstart')?.toString() === '2040-03-13')!;
    // 3 days before at 09:00 (from local midnight: back 2 days 15 hours) and 09:00 on the day.
    expect(triggers(deadlineEvent)).toEqual(['START -P2DT15H', 'START PT9H']);
    expect(triggers(uids.get(`pursuit-event-${c.interview.id}@pursuit.local`)!)).toEqual(['START -P1D', 'START -PT1H']);
    expect(triggers(uids.get(`pursuit-event-${c.followUp.id}@pursuit.local`)!)).toEqual(['START PT9H']);

    // The alarm instants equal the reminder times Pursuit plans (in this zone, across the DST change).
    const interview = new ICAL.Event(uids.get(`pursuit-event-${c.interview.id}@pursuit.local`));
    const alarmTimes = interview.component.getAllSubcomponents('valarm').map((a) => {
      const t = interview.startDate.clone();
      t.addDuration(a.getFirstPropertyValue('trigger') as ICAL.Duration);
      return t.toJSDate().toISOString();
    });
    expect(alarmTimes).toEqual(c.interview.reminders.map((r) => r.dueAt));
  });

  it('keeps UIDs stable across exports, so re-importing updates events instead of doubling them', async () => {
    const c = await seeded();
    const first = parse(exportIcs(c.core.db, { now: c.now() }));
    c.advanceMinutes(60);
    await c.call('events.move', { id: c.interview.id, day: '2040-03-14' });
    const second = parse(exportIcs(c.core.db, { now: c.now() }));
    const uidsOf = (p: ReturnType<typeof parse>) =>
      [...p.events, ...p.todos].map((e) => String(e.getFirstPropertyValue('uid'))).sort();
    expect(uidsOf(second)).toEqual(uidsOf(first));
    expect(new Set(uidsOf(first)).size).toBe(3);
    const seq = (p: ReturnType<typeof parse>) =>
      Number(byUid(p.events).get(`pursuit-event-${c.interview.id}@pursuit.local`)!.getFirstPropertyValue('sequence'));
    expect(seq(second)).toBeGreaterThan(seq(first));
  });

  it('is also what calendar.exportIcs returns, with a dated file name', async () => {
    const c = await seeded();
    const out = await c.call('calendar.exportIcs', {});
    expect(out.fileName).toBe('pursuit-calendar-2040-03-01.ics');
    expect(parse(out.content).events).toHaveLength(3);
  });
});
