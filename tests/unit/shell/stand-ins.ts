import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, vi } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { startDesktop, type Desktop } from '../../../electron/shell/desktop';
import { clockCore } from '../calendar/clock-core';
import type { NotificationOptions } from '../../../electron/shell/notifications';

/**
 * Stand-ins for the parts of Electron the shell wires (app, Tray, Menu, Notification, powerMonitor), recording
 * what the shell asked of them so a test can check it and fire their events as Electron would.
 */
export function fakeElectron(platform: NodeJS.Platform = 'linux', options: { notificationsSupported?: boolean } = {}) {
  const loginItems: { openAtLogin: boolean; path?: string; args?: string[] }[] = [];
  let openedAtLogin = false;
  const app = Object.assign(new EventEmitter(), {
    quitCalls: 0,
    quit() {
      app.quitCalls++;
      app.emit('before-quit');
    },
    dock: {
      badge: '',
      setBadge(text: string) {
        app.dock.badge = text;
      },
    },
    setLoginItemSettings(s: { openAtLogin: boolean; path?: string; args?: string[] }) {
      loginItems.push(s);
    },
    getLoginItemSettings: () => ({ openAtLogin: loginItems.at(-1)?.openAtLogin ?? false, wasOpenedAtLogin: openedAtLogin }),
  });

  const shown: FakeNotification[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported = () => options.notificationsSupported ?? true;
    constructor(readonly options: NotificationOptions) {
      super();
    }
    show() {
      shown.push(this);
    }
  }

  class FakeTray extends EventEmitter {
    tooltip = '';
    menu: MenuItemConstructorOptions[] = [];
    destroyed = false;
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: MenuItemConstructorOptions[]) {
      this.menu = menu;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const trays: FakeTray[] = [];
  const windows = { opened: 0, applications: [] as number[] };
  const messages: string[] = [];
  const powerMonitor = new EventEmitter();

  return {
    app,
    platform,
    shown,
    trays,
    windows,
    messages,
    loginItems,
    powerMonitor,
    /** macOS reports a start by the login item this way. */
    openAtLogin: () => (openedAtLogin = true),
    Notification: FakeNotification,
    /** The live tray (the last one created and not destroyed). */
    tray: () => trays.filter((t) => !t.destroyed).at(-1) ?? null,
    deps(core: Core, more: { argv?: string[]; env?: NodeJS.ProcessEnv; homeDir?: string } = {}) {
      return {
        core,
        app,
        platform,
        argv: more.argv ?? ['/opt/Pursuit/pursuit'],
        login: {
          execPath: '/opt/Pursuit/pursuit',
          launchArgs: [],
          env: more.env ?? {},
          homeDir: more.homeDir ?? '/nonexistent-home',
        },
        Notification: FakeNotification,
        createTray: () => {
          const t = new FakeTray();
          trays.push(t);
          return t;
        },
        buildMenu: (template: MenuItemConstructorOptions[]) => template,
        powerMonitor,
        windows: {
          open: () => windows.opened++,
          showApplication: (id: number) => windows.applications.push(id),
        },
        showMessage: (title: string) => messages.push(title),
      };
    },
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;

/** Clicks the tray menu item whose label matches, as a person would. */
export function clickMenu(tray: { menu: MenuItemConstructorOptions[] } | null, label: string | RegExp): void {
  const item = tray?.menu.find((i) => (typeof label === 'string' ? i.label === label : label.test(i.label ?? '')));
  if (!item?.click) throw new Error(`No menu item "${String(label)}" in ${JSON.stringify(tray?.menu.map((i) => i.label))}`);
  item.click({} as never, undefined, {});
}

export const menuLabels = (tray: { menu: MenuItemConstructorOptions[] } | null) =>
  (tray?.menu ?? []).map((i) => (i.type === 'separator' ? '---' : i.label));

const running: Desktop[] = [];
afterEach(async () => {
  while (running.length) {
    const d = running.pop()!;
    d.stop();
    await d.background.stop();
  }
  vi.useRealTimers();
});

/** Starts the desktop wiring on fake timers (the scheduler's interval moves with `vi.advanceTimersByTime`). */
export function startOnStandIns(e: FakeElectron, core: Core, more: Parameters<FakeElectron['deps']>[1] = {}): Desktop {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  const d = startDesktop(e.deps(core, more));
  running.push(d);
  return d;
}

/** A core on a movable clock with one application and an interview (reminders a day and an hour before). */
export async function coreWithInterview(start = '2040-06-01T08:00:00.000Z', startsAt = '2040-06-03T12:00:00.000Z') {
  const c = clockCore(start);
  const app = await c.call('applications.create', { title: 'Designer', company: 'Initech' });
  const ev = await c.call('events.create', { applicationId: app.id, kind: 'interview', allDay: false, startsAt });
  return { ...c, app, ev };
}
