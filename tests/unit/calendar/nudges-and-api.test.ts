import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import path from 'node:path';
import { schemaVersion } from '../../../electron/core/migrations';
import { openDatabase } from '../../../electron/core/store/db';
import { tempDir } from '../helpers';
import { API_METHODS } from '../../../shared/api';
import { clockCore } from './clock-core';

async function appliedApp(c: ReturnType<typeof clockCore>, title: string, lastActivity: string) {
  const stages = await c.call('stages.list', {});
  const applied = stages.find((s) => s.name === 'Applied')!;
  const app = await c.call('applications.create', { title, company: 'Contoso' });
  await c.call('applications.move', { id: app.id, stageId: applied.id, index: 0 });
  c.core.db.prepare('UPDATE applications SET last_activity_at = ? WHERE id = ?').run(lastActivity, app.id);
  return app;
}

describe('follow-up nudges', () => {
  it('suggest a follow-up after 7 quiet days in Applied, and Ghosted after 30', async () => {
    const c = clockCore('2040-02-01T12:00:00.000Z');
    await appliedApp(c, 'Fresh', '2040-01-30T12:00:00.000Z');
    const quiet = await appliedApp(c, 'Quiet', '2040-01-24T12:00:00.000Z');
    const silent = await appliedApp(c, 'Silent', '2039-12-20T12:00:00.000Z');
    const saved = await c.call('applications.create', { title: 'Only saved', company: 'Contoso' });
    c.core.db.prepare('UPDATE applications SET last_activity_at = ? WHERE id = ?').run('2039-12-01T00:00:00.000Z', saved.id);

    const nudges = await c.call('nudges.list', {});
    expect(nudges.map((n) => [n.title, n.kind, n.daysSinceActivity])).toEqual([
      ['Silent', 'ghosted', 43],
      ['Quiet', 'follow-up', 8],
    ]);

    await c.call('reminders.updateSettings', { followUpAfterDays: 10, ghostedAfterDays: 60 });
    expect((await c.call('nudges.list', {})).map((n) => [n.title, n.kind])).toEqual([['Silent', 'follow-up']]);
    await c.call('reminders.updateSettings', { followUpAfterDays: 7, ghostedAfterDays: 30 });

    // Planning the follow-up is activity: the suggestion goes away.
    await c.call('events.create', { applicationId: quiet.id, kind: 'follow-up', allDay: true, day: '2040-02-02' });
    expect((await c.call('nudges.list', {})).map((n) => n.title)).toEqual(['Silent']);

    // Moving to Ghosted creates the closed stage once.
    const moved = await c.call('nudges.markGhosted', { applicationId: silent.id });
    const ghosted = (await c.call('stages.list', {})).find((s) => s.name === 'Ghosted')!;
    expect(ghosted).toMatchObject({ id: moved.stageId, isClosed: true });
    expect((await c.call('applications.get', { id: silent.id })).stageId).toBe(ghosted.id);
    expect(await c.call('nudges.list', {})).toEqual([]);
  });

  it('a dismissed suggestion stays away until new activity starts the count again', async () => {
    const c = clockCore('2040-02-01T12:00:00.000Z');
    const app = await appliedApp(c, 'Quiet', '2040-01-24T12:00:00.000Z');
    await c.call('nudges.dismiss', { applicationId: app.id, kind: 'follow-up' });
    expect(await c.call('nudges.list', {})).toEqual([]);
    c.core.db.prepare('UPDATE applications SET last_activity_at = ? WHERE id = ?').run('2040-01-25T12:00:00.000Z', app.id);
    expect((await c.call('nudges.list', {})).map((n) => n.kind)).toEqual(['follow-up']);
  });
});

describe('calendar API', () => {
  it('lists events in a range with their application, and marks passed deadlines of open applications only', async () => {
    const c = clockCore('2040-03-10T12:00:00.000Z');
    const open = await c.call('applications.create', { title: 'Open one', company: 'A', deadline: '2040-03-05' });
    const closed = await c.call('applications.create', { title: 'Closed one', company: 'B', deadline: '2040-03-06' });
    const rejected = (await c.call('stages.list', {})).find((s) => s.name === 'Rejected')!;
    await c.call('applications.move', { id: closed.id, stageId: rejected.id, index: 0 });
    await c.call('applications.create', { title: 'Later', company: 'C', deadline: '2040-03-20' });
    const items = await c.call('calendar.range', { from: '2040-03-01', to: '2040-03-31' });
    // The rejected one is past Applied: its deadline no longer matters and is left out of the calendar.
    expect(items.map((i) => [i.application.title, i.day, i.passed])).toEqual([
      ['Open one', '2040-03-05', true],
      ['Later', '2040-03-20', false],
    ]);
    expect((await c.call('events.get', { id: closed.events[0]!.id })).day).toBe('2040-03-06');
    expect(items[0]?.application.id).toBe(open.id);
    expect(await c.call('calendar.range', { from: '2040-04-01', to: '2040-04-30' })).toEqual([]);
  });

  it('refuses an event without its day or start, or with a bad link, saying what to fix', async () => {
    const c = clockCore('2040-03-10T12:00:00.000Z');
    const app = await c.call('applications.create', { title: 'X', company: 'Y' });
    expect((await c.fail('events.create', { applicationId: app.id, kind: 'interview', allDay: false })).message).toMatch(
      /needs a start/,
    );
    expect((await c.fail('events.create', { applicationId: app.id, kind: 'deadline', allDay: true })).message).toMatch(
      /needs a day/,
    );
    const bad = await c.fail('events.create', {
      applicationId: app.id,
      kind: 'interview',
      allDay: false,
      startsAt: '2040-03-11T10:00:00Z',
      url: 'javascript:alert(1)',
    });
    expect(bad.message).toMatch(/http/);
    expect((await c.fail('events.create', { applicationId: 999, kind: 'other', allDay: true, day: '2040-03-11' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await c.fail('calendar.range', { from: '2040-03-10', to: '2040-03-01' })).message).toMatch(/ends before it starts/);
  });

  it('moving, editing or deleting the deadline event carries over to the posting; delete returns what Undo needs', async () => {
    const c = clockCore('2040-03-10T12:00:00.000Z');
    const app = await c.call('applications.create', { title: 'X', company: 'Y', deadline: '2040-03-20' });
    const [deadline] = (await c.call('applications.get', { id: app.id })).events;
    await c.call('events.move', { id: deadline!.id, day: '2040-03-22' });
    expect((await c.call('applications.get', { id: app.id })).deadline).toBe('2040-03-22');
    const removed = await c.call('events.delete', { id: deadline!.id });
    expect((await c.call('applications.get', { id: app.id })).deadline).toBeNull();
    const back = await c.call('events.create', removed.restore);
    expect(back).toMatchObject({ kind: 'deadline', day: '2040-03-22', allDay: true });
    expect((await c.call('applications.get', { id: app.id })).deadline).toBe('2040-03-22');
  });

  it('has a test clock only when the core is created with testClock, outside the shipped contract', async () => {
    expect(API_METHODS).not.toContain('testClock.set');
    const plain = createCore({});
    const refused = await plain.call('testClock.set', { advanceMinutes: 60 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    plain.close();

    const test = createCore({ testClock: true, now: () => new Date('2040-01-01T00:00:00.000Z') });
    expect(await test.call('testClock.set', { advanceMinutes: 90 })).toEqual({
      ok: true,
      value: { now: '2040-01-01T01:30:00.000Z' },
    });
    expect(test.now().toISOString()).toBe('2040-01-01T01:30:00.000Z');
    expect(await test.call('testClock.set', { to: 'tomorrow' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await test.call('testClock.set', { to: '2041-05-05T05:05:05.000Z' })).toEqual({
      ok: true,
      value: { now: '2041-05-05T05:05:05.000Z' },
    });
    test.close();
  });

  it('migration 4 starts from version 3 with data: events kept, duplicate reminder rows folded into one', () => {
    const file = path.join(tempDir(), 'pursuit.db');
    const old = openDatabase(file, { targetVersion: 3 });
    // Rows as a version-3 Pursuit wrote them (today's store functions write the new columns).
    old.exec(`
      INSERT INTO postings (id, title, company, deadline, content_hash, created_at, updated_at) VALUES (1, 'T', 'C', '2040-01-10', 'h', 'x', 'x');
      INSERT INTO applications (id, posting_id, stage_id, position, date_saved, created_at, updated_at, last_activity_at)
        VALUES (1, 1, (SELECT min(id) FROM stages), 0, '2040-01-01', 'x', 'x', 'x');
      INSERT INTO events (id, application_id, kind, all_day, day, created_at, updated_at) VALUES (7, 1, 'deadline', 1, '2040-01-10', 'x', 'x');
    `);
    const eventId = 7;
    const add = old.prepare(
      "INSERT INTO reminders (event_id, offset_minutes, due_at, created_at) VALUES (?, 0, '2040-01-10T08:00:00.000Z', 'x')",
    );
    add.run(eventId);
    add.run(eventId);
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(4);
    expect(db.prepare('SELECT day, reminder_offsets AS o FROM events WHERE id = ?').get(eventId)).toEqual({
      day: '2040-01-10',
      o: null,
    });
    expect(db.prepare('SELECT count(*) AS n FROM reminders').get()).toEqual({ n: 1 });
    db.close();
  });
});
