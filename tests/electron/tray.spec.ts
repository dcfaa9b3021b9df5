import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { binary, NO_BINARY, withDesktopApp } from './launch';

type Envelope = { ok: true; value: { id: number } } | { ok: false; error: { message: string } };

test.describe('desktop shell: reminders with the window closed', () => {
  test.skip(!binary, NO_BINARY);

  test('closing the window keeps Pursuit running, and a reminder due afterwards still arrives', async () => {
    test.setTimeout(120_000);
    await withDesktopApp(async (app, dataDir) => {
      // Record the system notifications the main process shows (their titles), without changing them.
      await app.evaluate(({ Notification }) => {
        const g = globalThis as unknown as { shown: string[] };
        g.shown = [];
        // Called below with the notification as `this` (show.call(this)), which the rule cannot see.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        const show = Notification.prototype.show;
        Notification.prototype.show = function (this: Electron.Notification) {
          g.shown.push(this.title);
          show.call(this);
        };
      });
      const shown = () => app.evaluate(() => (globalThis as unknown as { shown: string[] }).shown);

      const win = await app.firstWindow();
      await expect(win.getByRole('region', { name: 'Saved' })).toBeVisible();
      const created = await win.evaluate(async () => {
        const call = (window as unknown as { pursuit: { call: (m: string, i: unknown) => Promise<Envelope> } }).pursuit.call;
        const a = await call('applications.create', { title: 'Designer', company: 'Initech' });
        if (!a.ok) return a;
        // An interview starting in a few seconds, reminded at its start: due after the window is closed.
        const startsAt = new Date(Date.now() + 5_000).toISOString();
        return call('events.create', {
          applicationId: a.value.id,
          kind: 'interview',
          allDay: false,
          startsAt,
          reminderOffsets: [0],
        });
      });
      expect(created.ok).toBe(true);

      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().forEach((w) => w.close()));
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);

      // Still running: the scheduler delivers on its next tick (every 30 s), recorded in the database...
      const delivered = () => {
        const db = new Database(path.join(dataDir, 'pursuit.db'), { readonly: true });
        try {
          return (db.prepare('SELECT count(*) AS n FROM reminders WHERE delivered_at IS NOT NULL').get() as { n: number }).n;
        } finally {
          db.close();
        }
      };
      await expect.poll(delivered, { timeout: 60_000 }).toBe(1);
      expect(app.process().exitCode).toBeNull();
      // ...and shown as a system notification where the desktop has a notification service.
      if (await app.evaluate(({ Notification }) => Notification.isSupported())) {
        await expect.poll(shown).toContain('Interview');
        expect(await shown()).toContain('Pursuit is still running');
      }
    });
  });
});
