import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const bin = require('electron') as unknown;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Electron's binary, or null where it is not installed (the specs then skip with `NO_BINARY`). */
export const binary = electronBinary();
export const NO_BINARY = "Electron's binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); run where it is.";

/** Runs `use` on the desktop app started over a fresh data folder; closes the app and removes the folder after. */
export async function withDesktopApp(use: (app: ElectronApplication, dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-electron-'));
  const { electronSqliteBinding } = await import('../../scripts/electron-native.mjs');
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, PURSUIT_DATA_DIR: dataDir, PURSUIT_SQLITE_BINDING: await electronSqliteBinding() },
  });
  try {
    await use(app, dataDir);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
