import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  protocol,
  session,
  shell,
  Tray,
} from 'electron';
import { IPC_CALL, IPC_CHANGE, IPC_OPEN_APPLICATION, IPC_PROGRESS } from '../../shared/ipc';
import type { BackgroundWork } from '../core/background';
import { createCore, type Core } from '../core/core';
import { resolveDataDir } from '../core/data-dir';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../core/lock';
import { ATTACHMENTS_FOLDER } from '../core/store/attachments';
import { resolveStaticFile } from '../core/static-files';
import { openAttachment } from './open-attachment';
import {
  APP_ORIGIN,
  APP_SCHEME,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
  secureWebPreferences,
} from './security';
import { startDesktop, type Desktop } from './desktop';
import { loadWindowState, saveWindowState } from './window-state';

// The bundle lives in dist/electron/, the renderer in dist/renderer/ (inside app.asar when packaged).
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
// Copied beside the bundle by scripts/build-electron.mjs; scaled to the size trays draw.
const TRAY_ICON = path.join(__dirname, 'tray-icon.png');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const dataDir = resolveDataDir();
app.setPath('userData', dataDir);
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let lock: DataDirLock | null = null;
let background: BackgroundWork | null = null;
let desktop: Desktop | null = null;

/** Links from the app open in the system browser, and only web links do. */
function openInBrowser(url: string): void {
  // electronegativity OPEN_EXTERNAL_JS_CHECK: only URLs that pass isSafeExternalUrl (parsed http/https, no credentials) reach openExternal.
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** Shows the window (creating it when Pursuit runs in the tray only). */
function showWindow(): void {
  if (!mainWindow) {
    createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Shows the window on one application (a notification or the tray's next items). */
function showApplication(id: number): void {
  const open = (win: BrowserWindow) => win.webContents.send(IPC_OPEN_APPLICATION, id);
  if (!mainWindow) {
    // A new window can take the message only once its page has loaded.
    createWindow();
    mainWindow!.webContents.once('did-finish-load', () => open(mainWindow!));
    return;
  }
  showWindow();
  open(mainWindow);
}

function createWindow(): void {
  const state = loadWindowState(dataDir);
  // electronegativity CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK: webPreferences come from
  // secureWebPreferences() (sandbox and context isolation on, Node off, Auxclick disabled; unit-tested) and new
  // windows, middle-click included, are denied by hardenWebContents.
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Pursuit',
    webPreferences: secureWebPreferences(PRELOAD),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(dataDir, { ...b, maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  mainWindow = win;
}

if (!app.requestSingleInstanceLock()) {
  // Another Pursuit owns the database (and its reminders): hand over to it.
  app.quit();
} else {
  // Launching Pursuit again while it runs in the tray opens its window.
  app.on('second-instance', () => showWindow());

  // Every web contents (the window, and anything a page might try to create) gets the same rules.
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, { openExternal: openInBrowser }));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => {
      const found = resolveStaticFile(RENDERER_DIR, new URL(request.url).pathname);
      if (!found) return new Response('Not found', { status: 404 });
      return net.fetch(pathToFileURL(found.file).toString());
    });

    fs.mkdirSync(dataDir, { recursive: true });
    // The single-instance lock keeps out a second desktop app; this one keeps out `pursuit serve` too,
    // so reminders are never delivered twice.
    try {
      lock = acquireDataDirLock(dataDir, 'Pursuit desktop app');
    } catch (err) {
      if (!(err instanceof DataDirLockedError)) throw err;
      dialog.showErrorBox('Pursuit is already running', err.message);
      app.quit();
      return;
    }
    core = createCore({ dataDir });
    ipcMain.handle(IPC_CALL, async (event, method: unknown, input: unknown) => {
      // Only our own pages may call the API.
      if (!isAppUrl(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Refused.' } };
      const result = await core!.call(String(method), input);
      // The core finds the stored document; only the shell can hand it to the system's app for its type.
      if (method === 'attachments.open' && result.ok)
        void openAttachment(shell, (result.value as { path: string }).path, path.join(dataDir, ATTACHMENTS_FOLDER));
      return result;
    });
    core.onChange((change) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_CHANGE, change);
    });
    core.onProgress((event) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_PROGRESS, event);
    });
    // Reminders, tray, start at login, wake and the dock badge (electron/shell/desktop.ts); opens the window
    // unless Pursuit was started at login, hidden in the tray.
    desktop = startDesktop({
      core,
      app,
      platform: process.platform,
      argv: process.argv,
      login: {
        execPath: process.execPath,
        launchArgs: process.defaultApp ? [app.getAppPath()] : [],
        env: process.env,
        homeDir: os.homedir(),
      },
      Notification,
      createTray: () => new Tray(nativeImage.createFromPath(TRAY_ICON).resize({ width: 16, height: 16 })),
      buildMenu: (template) => Menu.buildFromTemplate(template),
      powerMonitor,
      windows: { open: showWindow, showApplication },
      showMessage: (title, detail) => void dialog.showMessageBox({ type: 'info', title, message: title, detail }),
    });
    background = desktop.background;
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  // Closing the last window keeps Pursuit in the tray (or quits, setting off): see electron/shell/lifecycle.ts.
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    // Let a backup in progress finish before the database closes.
    event.preventDefault();
    quitting = true;
    desktop?.stop();
    void (background?.stop() ?? Promise.resolve()).finally(() => {
      core?.close();
      lock?.release();
      app.quit();
    });
  });
}
