import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { createReminderScheduler } from '../../../electron/core/calendar/scheduler';
import { createCore, type Core } from '../../../electron/core/core';
import type { SystemStatus } from '../../../shared/api-system';
import type { Board } from '../../../shared/domain';
import { tempDir } from '../helpers';

async function status(core: Core): Promise<SystemStatus> {
  const r = await core.call('system.status', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SystemStatus;
}

/**
 * `system.status` is asked at every page load and its date check reads every stored date (about a second at
 * 100,000 applications): it reads them again only after a write, by this process or by another one.
 */
describe('system.status between writes', () => {
  it('answers a repeated question without reading every date again, and sees any write, ours or a hand edit', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir });
    try {
      const app = await core.call('applications.create', { title: 'Welder', company: 'Acme', deadline: '2027-03-15' });
      if (!app.ok) throw new Error(app.error.message);
      const scans = vi.spyOn(core.db, 'prepare');
      const dateScans = () => scans.mock.calls.filter(([sql]) => sql.includes('UNION ALL')).length;

      expect((await status(core)).badDates.count).toBe(0);
      expect(await status(core)).toEqual(await status(core));
      expect(dateScans()).toBe(1);

      // Another connection (the sqlite3 tool, the CLI) stores an impossible deadline: the next status names it.
      const other = new Database(path.join(dir, 'pursuit.db'));
      other.prepare("UPDATE postings SET deadline = '2027-02-30'").run();
      other.close();
      expect((await status(core)).badDates.rows).toEqual([
        expect.objectContaining({ applicationId: (app.value as { id: number }).id, field: 'deadline', value: '2027-02-30' }),
      ]);

      // A write through this connection too (here one that bypasses the API's checks).
      core.db.prepare("UPDATE applications SET date_saved = '2027-13-01'").run();
      expect((await status(core)).badDates.rows.map((r) => r.field)).toEqual(['dateSaved', 'deadline']);
      expect(dateScans()).toBe(3);
    } finally {
      core.close();
    }
  });

  it('keeps its answer while only reminders are planned and delivered, or a search fills its hits', async () => {
    let now = new Date('2040-06-01T08:00:00.000Z');
    const core = createCore({ dataDir: tempDir(), now: () => now });
    try {
      const app = await core.call('applications.create', { title: 'Welder', company: 'Acme', deadline: '2040-07-01' });
      if (!app.ok) throw new Error(app.error.message);
      const applicationId = (app.value as { id: number }).id;
      const startsAt = '2040-06-03T12:00:00.000Z';
      const ev = await core.call('events.create', {
        applicationId,
        kind: 'interview',
        allDay: false,
        startsAt,
        durationMinutes: 60,
      });
      if (!ev.ok) throw new Error(ev.error.message);
      const scans = vi.spyOn(core.db, 'prepare');
      const dateScans = () => scans.mock.calls.filter(([sql]) => sql.includes('UNION ALL')).length;
      expect((await status(core)).badDates.count).toBe(0);

      // The scheduler plans every event at its first tick, then delivers the 1-day reminder when it is due.
      const delivered: number[] = [];
      const scheduler = createReminderScheduler(core, { onDue: (r) => delivered.push(r.offsetMinutes) });
      scheduler.tick();
      now = new Date('2040-06-02T12:00:10.000Z');
      scheduler.tick();
      expect(delivered).toEqual([1440]);
      const search = await core.call('board.list', { search: 'welder' });
      expect(search.ok && (search.value as Board).cards.map((c) => c.id)).toEqual([applicationId]);
      expect((await status(core)).badDates.count).toBe(0);
      expect(dateScans()).toBe(1);

      // A write to the data still reads the dates again.
      core.db.prepare("UPDATE events SET starts_at = '2040-06-31T12:00:00.000Z'").run();
      expect((await status(core)).badDates.rows.map((r) => r.field)).toEqual(['eventStart']);
      expect(dateScans()).toBe(2);
    } finally {
      core.close();
    }
  });
});
