import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVE_COUNT_SQL, ACTIVE_PAGE_SQL } from '../../../electron/core/store/reminders';
import { clockCore, inZone } from './clock-core';

/**
 * The header badge reads fired reminders a page at a time: a long search with dense interviews left thousands
 * undismissed, and the page used to load them all (1.5 MB at 10,000 applications) before the board showed.
 */
describe('reminders.page', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  it('counts every fired reminder, pages them newest first like reminders.active, and leaves out archived ones', async () => {
    const c = clockCore('2040-06-01T08:00:00.000Z');
    const apps: { id: number }[] = [];
    for (let i = 0; i < 7; i++) {
      const app = await c.call('applications.create', { title: `Role ${i}`, company: `Company ${i}` });
      apps.push(app);
      await c.call('events.create', {
        applicationId: app.id,
        kind: 'interview',
        allDay: false,
        startsAt: `2040-06-0${3 + (i % 3)}T${String(9 + i).padStart(2, '0')}:00:00.000Z`,
        durationMinutes: 60,
      });
    }
    const s = c.scheduler();
    // A week later: every reminder has fired (the late ones as missed).
    c.set('2040-06-09T08:00:00.000Z');
    s.tick();
    const all = await c.call('reminders.active', {});
    expect(all.length).toBeGreaterThan(7);

    const first = await c.call('reminders.page', { offset: 0, limit: 3 });
    expect(first.total).toBe(all.length);
    expect(first.items.map((r) => r.id)).toEqual(all.slice(0, 3).map((r) => r.id));
    const rest = await c.call('reminders.page', { offset: 3, limit: 200 });
    expect([...first.items, ...rest.items].map((r) => r.id)).toEqual(all.map((r) => r.id));

    // Archiving an application takes its reminders off the count and the pages.
    await c.call('applications.archive', { id: apps[0]!.id, archived: true });
    const after = await c.call('reminders.page', { offset: 0 });
    expect(after.total).toBe((await c.call('reminders.active', {})).length);
    expect(after.total).toBeLessThan(all.length);
    expect(after.items.every((r) => r.application.id !== apps[0]!.id)).toBe(true);

    // A page asked past the end is empty, with the same count; a bad page is refused with what to fix.
    expect(await c.call('reminders.page', { offset: 1_000 })).toEqual({ total: after.total, offset: 1_000, items: [] });
    await expect(c.call('reminders.page', { offset: -1 })).rejects.toThrow();
  });

  it('reads a page from the fired reminders outwards, in the index order: no walk over every application, no sort', () => {
    const { core } = clockCore('2040-06-01T08:00:00.000Z');
    const plan = (sql: string, ...params: unknown[]) =>
      (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const page = plan(ACTIVE_PAGE_SQL, 50, 0);
    expect(page).toMatch(/^SEARCH r USING INDEX reminders_active/);
    expect(page).not.toContain('TEMP B-TREE');
    expect(page).not.toMatch(/SCAN|USING (COVERING )?INDEX applications_/);
    // The count reads the index alone, and looks up events only for archived applications.
    const count = plan(ACTIVE_COUNT_SQL);
    expect(count).toMatch(/SEARCH r USING (COVERING )?INDEX reminders_active/);
    expect(count).not.toMatch(/SCAN (?!CONSTANT ROW)|SEARCH e USING INTEGER PRIMARY KEY/);
  });
});
