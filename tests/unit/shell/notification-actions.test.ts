import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../shared/domain';
import { inZone } from '../calendar/clock-core';
import { coreWithInterview, fakeElectron, startOnStandIns, type FakeElectron } from './stand-ins';

/** Delivers the interview's "1 day before" reminder as a system notification and returns it. */
async function deliveredNotification(platform: NodeJS.Platform) {
  const c = await coreWithInterview();
  const e = fakeElectron(platform);
  startOnStandIns(e, c.core);
  c.set('2040-06-02T12:00:05.000Z');
  vi.advanceTimersByTime(30_000);
  const n = e.shown.at(-1)!;
  const [reminder] = await c.call('reminders.active', {});
  const changes: ChangeEvent[] = [];
  c.core.onChange((ev) => changes.push(ev));
  return { c, e, n, reminder: reminder!, changes };
}

const row = (c: { core: { db: { prepare(sql: string): { get(id: number): unknown } } } }, id: number) =>
  c.core.db.prepare('SELECT due_at, snoozed_until, delivered_at, dismissed_at FROM reminders WHERE id = ?').get(id) as {
    due_at: string;
    snoozed_until: string | null;
    delivered_at: string | null;
    dismissed_at: string | null;
  };

const act = (e: FakeElectron, index: number) => e.shown.at(-1)!.emit('action', { actionIndex: index }, index);

describe('desktop: notification actions', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  it('offers Open, Snooze 1 hour and Dismiss on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { n } = await deliveredNotification(platform);
      expect(n.options.actions?.map((a) => a.text)).toEqual(['Open', 'Snooze 1 hour', 'Dismiss']);
    }
  });

  it('Snooze 1 hour moves the reminder an hour on in the database, once, like the panel’s Snooze', async () => {
    const { c, e, reminder, changes } = await deliveredNotification('darwin');
    act(e, 1);
    c.advanceMinutes(5);
    act(e, 1); // a second press (or a click after it) must not push it another hour on
    e.shown.at(-1)!.emit('click');
    await vi.waitFor(() => expect(row(c, reminder.id).snoozed_until).not.toBeNull());
    expect(row(c, reminder.id)).toMatchObject({
      due_at: '2040-06-02T12:00:00.000Z',
      snoozed_until: '2040-06-02T13:00:05.000Z', // an hour after the press
      delivered_at: null,
    });
    expect(changes.filter((ev) => ev.method === 'reminders.snooze')).toHaveLength(1);
    expect(e.windows.applications).toEqual([]);
    // It left the panel and comes back in an hour, as a snooze from the panel does.
    expect(await c.call('reminders.active', {})).toEqual([]);
    expect((await c.call('reminders.snoozed', {})).map((s) => s.snoozedUntil)).toEqual(['2040-06-02T13:00:05.000Z']);
    c.set('2040-06-02T13:00:10.000Z');
    vi.advanceTimersByTime(30_000);
    expect(e.shown.at(-1)!.options.title).toBe('Interview');
    expect((await c.call('reminders.active', {})).map((r) => r.id)).toEqual([reminder.id]);
  });

  it('Dismiss clears it from the reminders panel, recorded once', async () => {
    const { c, e, reminder, changes } = await deliveredNotification('win32');
    act(e, 2);
    act(e, 2);
    await vi.waitFor(() => expect(row(c, reminder.id).dismissed_at).toBe('2040-06-02T12:00:05.000Z'));
    expect(await c.call('reminders.active', {})).toEqual([]);
    expect(changes.filter((ev) => ev.method === 'reminders.dismiss')).toHaveLength(1);
  });

  it('Open, or a click on the notification, shows the application and leaves the reminder in the panel', async () => {
    const { c, e, reminder } = await deliveredNotification('darwin');
    act(e, 0);
    expect(e.windows.applications).toEqual([c.app.id]);
    expect((await c.call('reminders.active', {})).map((r) => r.id)).toEqual([reminder.id]);

    const linux = await deliveredNotification('linux');
    expect(linux.n.options.actions).toBeUndefined(); // Linux notifications have no buttons: the panel has them
    linux.n.emit('click');
    expect(linux.e.windows.applications).toEqual([linux.c.app.id]);
  });

  it('closing the banner is not Dismiss: the reminder stays in the panel', async () => {
    const { c, n, reminder } = await deliveredNotification('darwin');
    n.emit('close');
    expect((await c.call('reminders.active', {})).map((r) => r.id)).toEqual([reminder.id]);
  });
});
