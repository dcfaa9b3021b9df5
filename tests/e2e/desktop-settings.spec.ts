import { expect, test } from './fixtures';

/**
 * The desktop app's two settings (tray and start at login) live with the reminder settings, so they are
 * shown in the browser too, where they say that they apply to the desktop app.
 */
test('tray and start-at-login settings: defaults, a note in the browser, kept after a restart', async ({ page, host }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Reminders' });
  const desktop = section.getByRole('group', { name: 'Desktop app' });
  const keepRunning = desktop.getByRole('checkbox', { name: 'Keep running in the tray after the window closes' });
  const atLogin = desktop.getByRole('checkbox', { name: 'Start Pursuit at login' });

  await expect(keepRunning).toBeChecked();
  await expect(atLogin).not.toBeChecked();
  await expect(keepRunning).toHaveAccessibleDescription(/Reminders keep arriving while the window is closed.*desktop app/);
  await expect(atLogin).toHaveAccessibleDescription(/starts hidden in the tray.*desktop app/);

  await keepRunning.uncheck();
  await atLogin.check();
  await section.getByRole('button', { name: 'Save reminder settings' }).click();
  await expect(page.getByText('Reminder settings saved')).toBeVisible();

  await host.restart();
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(keepRunning).not.toBeChecked();
  await expect(atLogin).toBeChecked();
  expect(await host.api('reminders.settings', {})).toMatchObject({ keepRunningInTray: false, startAtLogin: true });
});

test('a setting that is not a yes or no is refused with a clear message, and nothing saved is lost', async ({ host }) => {
  await host.api('reminders.updateSettings', { morningTime: '08:30' });
  const refused = await host.call('reminders.updateSettings', { startAtLogin: 'yes' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/startAtLogin/) } });
  expect(await host.api('reminders.settings', {})).toMatchObject({
    morningTime: '08:30',
    keepRunningInTray: true,
    startAtLogin: false,
  });
});
