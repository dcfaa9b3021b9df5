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
    const { electronSqliteBinding } = (await import('../../scripts/electron-native.mjs')) as { electronSqliteBinding(): Promise<string> };
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, PURSUIT_DATA_DIR: dataDir, PURSUIT_SQLITE_BINDING: await electronSqliteBinding() },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('region', { name: 'Saved' })).toBeVisible();
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { pursuit: object }).pursuit).sort())).toEqual(['call', 'onChange']);
      await window.getByRole('button', { name: 'New application' }).click();
      await window.getByLabel('Title').fill('Desktop Engineer');
      await window.getByLabel('Company').fill('Initech');
      await window.getByRole('button', { name: 'Save application' }).click();
      await expect(window.getByRole('article', { name: /Desktop Engineer at Initech/ })).toBeVisible();
      const popup = await window.evaluate(() => window.open('https://example.com') === null);
      expect(popup).toBe(true);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
