import { expect, test } from '@playwright/test';
import { binary, NO_BINARY, withDesktopApp } from './launch';

test.describe('desktop shell', () => {
  test.skip(!binary, NO_BINARY);

  test('opens the app in a sandboxed window with the typed bridge only', async () => {
    await withDesktopApp(async (app) => {
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
    });
  });
});
