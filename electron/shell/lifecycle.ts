/** What the shell needs of Electron's `app` for its life cycle (tests pass a stand-in). */
export interface LifecycleApp {
  on(event: 'window-all-closed' | 'before-quit', listener: () => void): unknown;
  quit(): void;
  /** macOS only. */
  dock?: { setBadge(text: string): void };
}

export interface LifecycleOptions {
  app: LifecycleApp;
  platform: NodeJS.Platform;
  /** The "Keep running in the tray after the window closes" setting, read when the window closes. */
  keepRunning(): boolean;
  /** Tells the user, once, that Pursuit is still running and how to quit or turn this off. */
  explainOnce(): void;
}

export interface Lifecycle {
  /** Quits for real (the tray's Quit); the app menu's Quit and Cmd+Q go through `before-quit` the same way. */
  quit(): void;
  readonly quitting: boolean;
  /** The macOS dock badge: the number of due or overdue items; nothing elsewhere, nothing at zero. */
  setBadge(count: number): void;
}

/**
 * Closing the last window no longer quits when the setting is on: the process, the reminder scheduler and
 * the tray stay, so a reminder due while the window is closed still arrives on time. Quitting stays one
 * click away (tray, app menu). With the setting off, Windows and Linux quit as before; macOS keeps its usual
 * habit of staying in the dock.
 */
export function installLifecycle(options: LifecycleOptions): Lifecycle {
  const { app } = options;
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Listening to this event is what stops Electron's default of quitting when the last window closes.
  app.on('window-all-closed', () => {
    if (quitting) return;
    if (options.keepRunning()) {
      options.explainOnce();
      return;
    }
    if (options.platform !== 'darwin') app.quit();
  });
  return {
    quit() {
      quitting = true;
      app.quit();
    },
    get quitting() {
      return quitting;
    },
    setBadge(count) {
      if (options.platform !== 'darwin') return;
      app.dock?.setBadge(count > 0 ? String(count) : '');
    },
  };
}
