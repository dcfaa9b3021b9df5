import type { MenuItemConstructorOptions } from 'electron';
import { startBackgroundWork, type BackgroundWork } from '../core/background';
import { countDueItems, upcomingEvents } from '../core/calendar/agenda';
import { getReminderSettings } from '../core/calendar/settings';
import type { Core } from '../core/core';
import { getSetting, setSetting } from '../core/store/settings';
import { installLifecycle, type Lifecycle, type LifecycleApp } from './lifecycle';
import { applyStartAtLogin, startedAtLogin, type LoginItemApp, type LoginItemContext } from './login-item';
import { createReminderNotifier, type NotificationClass } from './notifications';
import { deliverOnResume, type PowerMonitorLike } from './power';
import { createTrayController, type TrayController, type TrayLike } from './tray';

const HOUR = 60 * 60 * 1000;
/** The tray's list and the dock badge follow the clock too (a new day, a pause that ended). */
const REFRESH_MS = 60_000;
/** Settings key: the first close of the window has been explained (the explanation is shown once). */
const EXPLAINED_KEY = 'desktop.trayExplained';

/** Everything the desktop wiring takes from Electron, passed in so that tests can use stand-ins. */
export interface DesktopDeps<M> {
  core: Core;
  app: LifecycleApp & LoginItemApp;
  platform: NodeJS.Platform;
  argv: string[];
  login: Omit<LoginItemContext, 'platform' | 'app'>;
  Notification: NotificationClass;
  createTray: () => TrayLike<M>;
  buildMenu: (template: MenuItemConstructorOptions[]) => M;
  powerMonitor: PowerMonitorLike;
  windows: {
    /** Shows the window, creating it when there is none. */
    open(): void;
    /** Shows the window on one application. */
    showApplication(applicationId: number): void;
  };
  /** Where system notifications are not supported: a message box instead. */
  showMessage(title: string, body: string): void;
}

export interface Desktop {
  background: BackgroundWork;
  lifecycle: Lifecycle;
  /** Whether the window was left closed at start (started at login, hidden in the tray). */
  startedHidden: boolean;
  /** The tray menu and dock badge, read again from the database. */
  refresh(): void;
  stop(): void;
}

/**
 * Wires the platform around the core: reminders delivered as notifications with actions, delivered at once
 * on wake, a tray that keeps Pursuit (and its scheduler) running with the window closed, start at login,
 * and the macOS dock badge. The scheduler itself stays in the core.
 */
export function startDesktop<M>(deps: DesktopDeps<M>): Desktop {
  const { core } = deps;
  const settings = () => getReminderSettings(core.db);
  const notifier = createReminderNotifier({
    Notification: deps.Notification,
    platform: deps.platform,
    core,
    openApplication: (id) => deps.windows.showApplication(id),
  });
  const background = startBackgroundWork(core, { onReminder: (r) => notifier.show(r) });
  const reminders = background.reminders;

  function explainOnce() {
    if (getSetting<boolean>(core.db, EXPLAINED_KEY, false)) return;
    setSetting(core.db, EXPLAINED_KEY, true);
    const title = 'Pursuit is still running';
    const body =
      'Reminders keep arriving with the window closed. Open or quit Pursuit from its icon in the tray; ' +
      'Settings › Reminders turns this off.';
    if (!deps.Notification.isSupported()) {
      deps.showMessage(title, body);
      return;
    }
    const n = new deps.Notification({ title, body });
    n.on('click', () => deps.windows.open());
    n.show();
  }

  const lifecycle = installLifecycle({
    app: deps.app,
    platform: deps.platform,
    keepRunning: () => core.db.open && settings().keepRunningInTray,
    explainOnce,
  });
  deliverOnResume(deps.powerMonitor, reminders);

  let tray: TrayController | null = null;
  const trayActions = {
    open: () => deps.windows.open(),
    openApplication: (id: number) => deps.windows.showApplication(id),
    pauseForAnHour: () => {
      reminders.pause(new Date(core.now().getTime() + HOUR));
      refresh();
    },
    resumeReminders: () => {
      reminders.pause(null);
      refresh();
    },
    quit: () => lifecycle.quit(),
  };

  function refresh() {
    if (!core.db.open) return;
    const now = core.now();
    const dueCount = countDueItems(core.db, now);
    lifecycle.setBadge(dueCount);
    tray?.update({ upcoming: upcomingEvents(core.db, now), pausedUntil: reminders.pausedUntil(), dueCount, now });
  }

  let loginWanted: boolean | null = null;
  function applySettings() {
    if (!core.db.open) return;
    const s = settings();
    if (s.keepRunningInTray && !tray) {
      tray = createTrayController({ createTray: deps.createTray, buildMenu: deps.buildMenu, actions: trayActions });
    } else if (!s.keepRunningInTray && tray) {
      tray.destroy();
      tray = null;
    }
    if (s.startAtLogin !== loginWanted) {
      loginWanted = s.startAtLogin;
      try {
        applyStartAtLogin(s.startAtLogin, { ...deps.login, platform: deps.platform, app: deps.app });
      } catch (err) {
        // A read-only autostart folder must not stop the app; the setting is tried again at the next start.
        console.error('[pursuit] changing "Start Pursuit at login" failed:', err);
      }
    }
  }

  applySettings();
  refresh();
  const unsubscribe = core.onChange((event) => {
    if (event.topics.includes('settings')) applySettings();
    refresh();
  });
  const timer = setInterval(refresh, REFRESH_MS);
  timer.unref();

  // Hidden only with a tray to come back from; without it the window is the only way in.
  const startedHidden = settings().keepRunningInTray && startedAtLogin(deps.argv, { platform: deps.platform, app: deps.app });
  if (!startedHidden) deps.windows.open();

  return {
    background,
    lifecycle,
    startedHidden,
    refresh,
    stop() {
      clearInterval(timer);
      unsubscribe();
      tray?.destroy();
      tray = null;
    },
  };
}
