import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inZone } from '../calendar/clock-core';
import { clickMenu, coreWithInterview, fakeElectron, menuLabels, startOnStandIns } from './stand-ins';

const reminderTitles = (shown: { options: { title: string } }[]) =>
  shown.map((n) => n.options.title).filter((t) => t !== 'Pursuit is still running');

describe('desktop: waking from sleep', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  it('a resume delivers the reminders that fell due during sleep at once, and only once', async () => {
    const c = await coreWithInterview();
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    vi.advanceTimersByTime(10_000); // the scheduler last ticked at start; its next tick is 20 s away

    c.set('2040-06-02T16:00:00.000Z'); // the laptop slept through the "1 day before" reminder at 12:00
    expect(reminderTitles(e.shown)).toEqual([]);
    e.powerMonitor.emit('resume');
    expect(reminderTitles(e.shown)).toEqual(['Missed: Interview']); // at once, marked missed (it was asleep)

    vi.advanceTimersByTime(60_000); // the timer's ticks after the wake
    e.powerMonitor.emit('resume'); // a second wake event (some systems send two)
    expect(reminderTitles(e.shown)).toEqual(['Missed: Interview']);
    const active = await c.call('reminders.active', {});
    expect(active.map((r) => [r.offsetMinutes, r.missed])).toEqual([[1440, true]]);
  });
});

describe('desktop: pausing reminders from the tray', () => {
  inZone('Europe/Berlin', { beforeAll, afterAll });

  it('"Pause reminders for 1 hour" holds them back; they arrive when the pause ends, not as missed', async () => {
    const c = await coreWithInterview('2040-06-02T11:30:00.000Z');
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    clickMenu(e.tray(), 'Pause reminders for 1 hour');
    expect(menuLabels(e.tray())).toContain('Resume reminders (paused until 14:30)');
    expect(e.tray()!.tooltip).toBe('Pursuit: reminders paused until 14:30');

    c.set('2040-06-02T12:00:05.000Z'); // due during the pause
    vi.advanceTimersByTime(30_000);
    e.powerMonitor.emit('resume');
    expect(reminderTitles(e.shown)).toEqual([]);
    expect(await c.call('reminders.active', {})).toEqual([]);

    c.set('2040-06-02T12:30:10.000Z'); // the pause is over
    vi.advanceTimersByTime(60_000);
    expect(reminderTitles(e.shown)).toEqual(['Interview']);
    expect(menuLabels(e.tray())).toContain('Pause reminders for 1 hour');
  });

  it('"Resume reminders" delivers what was held back at once', async () => {
    const c = await coreWithInterview('2040-06-02T11:30:00.000Z');
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core);
    clickMenu(e.tray(), 'Pause reminders for 1 hour');
    c.set('2040-06-02T12:10:00.000Z');
    vi.advanceTimersByTime(30_000);
    expect(reminderTitles(e.shown)).toEqual([]);
    clickMenu(e.tray(), /^Resume reminders/);
    expect(reminderTitles(e.shown)).toEqual(['Interview']);
  });
});
