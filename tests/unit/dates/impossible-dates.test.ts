import { describe, expect, it } from 'vitest';
import { startBackgroundWork } from '../../../electron/core/background';
import { exportIcs } from '../../../electron/core/calendar/ics-export';
import { listNudges } from '../../../electron/core/calendar/nudges';
import { createReminderScheduler } from '../../../electron/core/calendar/scheduler';
import { createCore, type Core } from '../../../electron/core/core';
import { listBackups } from '../../../electron/core/data/auto-backup';
import type { SystemStatus } from '../../../shared/api-system';
import type { ApplicationDetail } from '../../../shared/domain';
import { isRealDay, isRealInstant } from '../../../shared/real-date';
import { tempDir } from '../helpers';

const IMPOSSIBLE_DAYS = [
  '0000-00-00',
  '2026-02-30',
  '2026-13-01',
  '2026-02-29',
  '1899-12-31',
  '2201-01-01',
  '2026-1-1',
  '20260101',
  '+02026-01-01',
];

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

describe('the real-date check (shared/real-date.ts)', () => {
  it('accepts real days in 1900..2200, leap days included, and refuses the rest', () => {
    for (const d of ['1900-01-01', '2024-02-29', '2000-02-29', '2200-12-31', '2027-03-15']) expect(isRealDay(d)).toBe(true);
    for (const d of [...IMPOSSIBLE_DAYS, '2100-02-29', '', null, 20260101]) expect(isRealDay(d)).toBe(false);
  });

  it('accepts ISO instants on real days and refuses impossible ones', () => {
    for (const t of ['2027-03-15T14:30:00Z', '2027-03-15T14:30:00.123Z', '2027-03-15T23:30:00-05:00', '2200-12-31T23:59:59Z'])
      expect(isRealInstant(t)).toBe(true);
    for (const t of [
      '2026-02-30T10:00:00Z',
      '0000-00-00T00:00:00Z',
      '2026-04-31T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01',
      '2200-12-31T23:00:00-05:00',
    ])
      expect(isRealInstant(t)).toBe(false);
  });
});

describe('impossible dates at the API', () => {
  it.each(IMPOSSIBLE_DAYS)('applications.create refuses the deadline %s, saying what to write', async (deadline) => {
    const core = createCore({});
    const r = await core.call('applications.create', { title: 'Welder', company: 'Acme', deadline });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/deadline: Use a real date like 2027-03-15/) },
    });
    expect((await ok<unknown[]>(core, 'applications.list', {})).length).toBe(0);
    core.close();
  });

  it('every method taking a day or an instant refuses an impossible one', async () => {
    const core = createCore({});
    const app = await ok<{ id: number }>(core, 'applications.create', {
      title: 'Welder',
      company: 'Acme',
      deadline: '2028-02-29',
    });
    const ev = await ok<{ id: number }>(core, 'events.create', {
      applicationId: app.id,
      kind: 'other',
      allDay: true,
      day: '2028-03-01',
    });
    const bad = [
      ['applications.update', { id: app.id, patch: { deadline: '2026-02-30' } }],
      ['applications.update', { id: app.id, patch: { dateApplied: '0000-00-00' } }],
      ['events.create', { applicationId: app.id, kind: 'interview', allDay: false, startsAt: '2026-02-30T10:00:00Z' }],
      ['events.create', { applicationId: app.id, kind: 'other', allDay: true, day: '2026-13-01' }],
      ['events.move', { id: ev.id, day: '2201-01-01' }],
      ['calendar.range', { from: '2026-02-30', to: '2026-03-31' }],
      ['data.proofReport', { from: '1899-12-31', to: '2026-01-01' }],
    ] as const;
    for (const [method, input] of bad) {
      const r = await core.call(method, input);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    core.close();
  });
});

describe('a bad date already stored (older build, hand edit)', () => {
  async function withBadRow(dataDir?: string) {
    const core = createCore(dataDir ? { dataDir } : {});
    const broken = await ok<{ id: number }>(core, 'applications.create', {
      title: 'Broken',
      company: 'Old build',
      deadline: '2040-05-01',
    });
    const fine = await ok<{ id: number }>(core, 'applications.create', {
      title: 'Fine',
      company: 'Acme',
      deadline: '2040-06-01',
    });
    await ok(core, 'events.create', {
      applicationId: broken.id,
      kind: 'interview',
      allDay: false,
      startsAt: '2040-04-01T10:00:00Z',
    });
    // What an older build (regex-only check) let in, or `sqlite3 pursuit.db "UPDATE ..."` by hand.
    core.db
      .exec(`UPDATE postings SET deadline = '2026-02-30' WHERE id = (SELECT posting_id FROM applications WHERE id = ${broken.id});
      UPDATE events SET day = '0000-00-00' WHERE application_id = ${broken.id} AND all_day = 1;
      UPDATE events SET starts_at = '2026-02-30T10:00:00Z', updated_at = '2099-01-01T00:00:00Z' WHERE application_id = ${broken.id} AND all_day = 0;
      UPDATE applications SET last_activity_at = 'yesterday' WHERE id = ${broken.id};`);
    return { core, broken, fine };
  }

  it('the reminder planner skips the row and keeps planning the others', async () => {
    const { core, fine } = await withBadRow();
    const scheduler = createReminderScheduler(core);
    expect(() => scheduler.tick()).not.toThrow();
    const planned = core.db
      .prepare('SELECT DISTINCT e.application_id AS id FROM reminders r JOIN events e ON e.id = r.event_id')
      .all() as { id: number }[];
    expect(planned.map((p) => p.id)).toContain(fine.id);
    core.close();
  });

  it('the calendar export leaves out the bad event and keeps the rest', async () => {
    const { core } = await withBadRow();
    const text = exportIcs(core.db, { now: new Date('2040-01-01T00:00:00Z') });
    expect(text).toContain('Fine at Acme');
    expect(text).not.toContain('Broken at Old build');
    const r = await core.call('calendar.exportIcs', {});
    expect(r.ok).toBe(true);
    core.close();
  });

  it('follow-up suggestions skip an application whose last activity is not a date', async () => {
    const { core } = await withBadRow();
    expect(() => listNudges(core.db, new Date('2040-12-01T00:00:00Z'))).not.toThrow();
    core.close();
  });

  it('system.status names each application with a date to fix, and fixing it clears the list', async () => {
    const { core, broken } = await withBadRow();
    const status = await ok<SystemStatus>(core, 'system.status', {});
    expect(status.badDates.count).toBe(1);
    expect(status.badDates.rows.map((r) => `${r.applicationId} ${r.field} ${r.value}`).sort()).toEqual(
      [
        `${broken.id} deadline 2026-02-30`,
        `${broken.id} eventDay 0000-00-00`,
        `${broken.id} eventStart 2026-02-30T10:00:00Z`,
        `${broken.id} lastActivityAt yesterday`,
      ].sort(),
    );
    expect(status.badDates.rows[0]).toMatchObject({ title: 'Broken', company: 'Old build' });
    // The fix the detail offers: a real deadline (which moves the deadline event too), and the interview moved.
    await ok(core, 'applications.update', { id: broken.id, patch: { deadline: '2040-05-02' } });
    const detail = await ok<ApplicationDetail>(core, 'applications.get', { id: broken.id });
    for (const e of detail.events.filter((x) => !x.allDay))
      await ok(core, 'events.update', { id: e.id, patch: { startsAt: '2040-04-02T10:00:00Z' } });
    const after = await ok<SystemStatus>(core, 'system.status', {});
    expect(after.badDates.rows.map((r) => r.field).filter((f) => f !== 'lastActivityAt')).toEqual([]);
    core.close();
  });

  it('the background work of `pursuit serve` and the desktop app starts, plans and backs up anyway', async () => {
    const dataDir = tempDir();
    const { core } = await withBadRow(dataDir);
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      const work = startBackgroundWork(core);
      await work.checkBackup();
      await new Promise((r) => setImmediate(r));
      expect(listBackups(dataDir).map((b) => b.kind)).toEqual(['auto']);
      await work.stop();
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    core.close();
  });
});
