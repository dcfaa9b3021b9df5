import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inZone } from '../calendar/clock-core';
import { clickMenu, coreWithInterview, fakeElectron, menuLabels, startOnStandIns } from './stand-ins';

describe('desktop: closing the window keeps Pursuit running in the tray', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  it('closing the last window neither quits nor stops the scheduler: a reminder still arrives on its timer', async () => {
    const c = await coreWithInterview();
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    expect(e.windows.opened).toBe(1);
    expect(e.tray()).not.toBeNull();

    e.app.emit('window-all-closed');
    expect(e.app.quitCalls).toBe(0);
    // Explained the first time, with how to quit and how to turn it off.
    expect(e.shown.map((n) => n.options.title)).toEqual(['Pursuit is still running']);
    expect(e.shown[0]!.options.body).toMatch(/tray.*Settings › Reminders/);

    c.set('2040-06-02T12:00:05.000Z'); // the "1 day before" reminder is due
    vi.advanceTimersByTime(30_000); // the scheduler's own interval, not a test calling it
    expect(e.shown.slice(1).map((n) => [n.options.title, n.options.body])).toEqual([['Interview', 'Designer at Initech']]);
    expect((await c.call('reminders.active', {})).map((r) => r.offsetMinutes)).toEqual([1440]);

    // Open again from the tray, close again: no second explanation, still running.
    clickMenu(e.tray(), 'Open Pursuit');
    expect(e.windows.opened).toBe(2);
    e.app.emit('window-all-closed');
    expect(e.app.quitCalls).toBe(0);
    expect(e.shown.filter((n) => n.options.title === 'Pursuit is still running')).toHaveLength(1);
  });

  it('the explanation is a message box where the system has no notifications', async () => {
    const c = await coreWithInterview();
    const e = fakeElectron('linux', { notificationsSupported: false });
    startOnStandIns(e, c.core);
    e.app.emit('window-all-closed');
    expect(e.messages).toEqual(['Pursuit is still running']);
  });

  it('Quit in the tray menu really quits, and the app menu’s Quit is not held back by the tray', async () => {
    const c = await coreWithInterview();
    const e = fakeElectron('win32');
    const d = startOnStandIns(e, c.core);
    clickMenu(e.tray(), 'Quit Pursuit');
    expect(e.app.quitCalls).toBe(1);
    expect(d.lifecycle.quitting).toBe(true);

    const e2 = fakeElectron('linux');
    const d2 = startOnStandIns(e2, (await coreWithInterview()).core);
    e2.app.emit('before-quit'); // Electron's app menu Quit (role: 'quit') and Ctrl+Q
    e2.app.emit('window-all-closed');
    expect(d2.lifecycle.quitting).toBe(true);
    expect(e2.shown).toEqual([]); // no "still running" message while quitting
  });

  it('with "Keep running in the tray" off, closing the window quits on Windows and Linux, as before', async () => {
    const c = await coreWithInterview();
    await c.call('reminders.updateSettings', { keepRunningInTray: false });
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    expect(e.tray()).toBeNull();
    e.app.emit('window-all-closed');
    expect(e.app.quitCalls).toBe(1);
    expect(e.shown).toEqual([]);
  });

  it('turning the setting off or on in Settings removes or brings back the tray icon at once', async () => {
    const c = await coreWithInterview();
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    await c.call('reminders.updateSettings', { keepRunningInTray: false });
    expect(e.tray()).toBeNull();
    await c.call('reminders.updateSettings', { keepRunningInTray: true });
    expect(menuLabels(e.tray())[0]).toBe('Open Pursuit');
  });

  it('the tray menu lists the next due items; one opens its application', async () => {
    const c = await coreWithInterview('2040-06-03T06:00:00.000Z', '2040-06-03T12:00:00.000Z');
    await c.call('events.create', { applicationId: c.app.id, kind: 'deadline', allDay: true, day: '2040-06-03' });
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    expect(menuLabels(e.tray())).toEqual([
      'Open Pursuit',
      '---',
      'Next up',
      'Today · Deadline: Designer at Initech',
      'Today 14:00 · Interview: Designer at Initech',
      '---',
      'Pause reminders for 1 hour',
      '---',
      'Quit Pursuit',
    ]);
    clickMenu(e.tray(), /Interview/);
    expect(e.windows.applications).toEqual([c.app.id]);

    await c.call('applications.update', { id: c.app.id, patch: { title: 'Senior '.repeat(25) } });
    expect(menuLabels(e.tray())[3]).toMatch(/^Today · Deadline: Senior Senior .*…$/);
    expect(menuLabels(e.tray())[3]).toHaveLength(80);
  });

  it('macOS: the dock badge counts today’s events and reminders waiting in the panel, and clears at zero', async () => {
    const c = await coreWithInterview('2040-06-02T11:00:00.000Z');
    const e = fakeElectron('darwin');
    startOnStandIns(e, c.core);
    expect(e.app.dock.badge).toBe(''); // the interview is tomorrow, nothing waiting
    c.set('2040-06-02T12:00:05.000Z');
    vi.advanceTimersByTime(30_000); // "1 day before" delivered: waiting in the panel
    expect(e.app.dock.badge).toBe('1');
    const [r] = await c.call('reminders.active', {});
    await c.call('reminders.dismiss', { id: r!.id });
    expect(e.app.dock.badge).toBe('');
    c.set('2040-06-03T05:00:00.000Z'); // the interview's day: due today
    vi.advanceTimersByTime(60_000);
    expect(e.app.dock.badge).toBe('1');
    // macOS keeps running without windows anyway; the setting does not change that.
    e.app.emit('window-all-closed');
    expect(e.app.quitCalls).toBe(0);
  });
});
