import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, net, protocol, session, shell } from 'electron';
import { IPC_CALL, IPC_CHANGE } from '../../shared/ipc';
import { createCore, type Core } from '../core/core';
import { resolveDataDir } from '../core/data-dir';
import { resolveStaticFile } from '../host/static-files';
import { APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, isAppUrl, isSafeExternalUrl, secureWebPreferences } from './security';
import { loadWindowState, saveWindowState } from './window-state';

// The bundle lives in dist/electron/, the renderer in dist/renderer/ (inside app.asar when packaged).
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const dataDir = resolveDataDir();
app.setPath('userData', dataDir);
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  const state = loadWindowState(dataDir);
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
  // electronegativity OPEN_EXTERNAL_JS_CHECK: only parsed http(s) URLs reach shell.openExternal (isSafeExternalUrl).
  hardenWebContents(win.webContents, { openExternal: (url) => void shell.openExternal(url) });
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
  app.on('second-instance', () => {
    if (!mainWindow) return createWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_e, contents) => {
    hardenWebContents(contents, { openExternal: (url) => void (isSafeExternalUrl(url) && shell.openExternal(url)) });
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => {
      const found = resolveStaticFile(RENDERER_DIR, new URL(request.url).pathname);
      if (!found) return new Response('Not found', { status: 404 });
      return net.fetch(`file://${found.file}`);
    });

    fs.mkdirSync(dataDir, { recursive: true });
    core = createCore({ dataDir });
    ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown) => {
      // Only our own pages may call the API.
      if (!isAppUrl(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Refused.' } };
      return core!.call(String(method), input);
    });
    core.onChange((change) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_CHANGE, change);
    });
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
