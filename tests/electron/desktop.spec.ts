import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const bin = require('electron') as unknown;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
const binary = electronBinary();

test.describe('desktop shell', () => {
  test.skip(!binary, "Electron's binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); run where it is.");

  test('opens the app in a sandboxed window with the typed bridge only', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-electron-'));
    const { electronSqliteBinding } = await import('../../scripts/electron-native.mjs');
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, PURSUIT_DATA_DIR: dataDir, PURSUIT_SQLITE_BINDING: await electronSqliteBinding() },
    });
    try {
      const win = await app.firstWindow();
      await expect(win.getByRole('region', { name: 'Saved' })).toBeVisible();
      expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await win.evaluate(() => Object.keys((window as unknown as { pursuit: object }).pursuit).sort())).toEqual([
        'call',
        'onChange',
        'onOpenApplication',
      ]);
      await win.getByRole('button', { name: 'New application' }).click();
      await win.getByLabel('Title').fill('Desktop Engineer');
      await win.getByLabel('Company').fill('Initech');
      await win.getByRole('button', { name: 'Save application' }).click();
      await expect(win.getByRole('article', { name: /Desktop Engineer at Initech/ })).toBeVisible();
      const popup = await win.evaluate(() => window.open('https://example.com') === null);
      expect(popup).toBe(true);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
