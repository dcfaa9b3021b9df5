import { addMonths, format, setDate, startOfMonth } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the detail of the only card with this title, from the board, as a person would. */
async function openDetail(page: Page, title: string) {
  await page
    .getByRole('article', { name: new RegExp(title) })
    .getByRole('button', { name: title, exact: true })
    .click();
  const detail = page.getByRole('dialog', { name: new RegExp(`^${title} at`) });
  await expect(detail).toBeVisible();
  return detail;
}

test('saving an interview from the detail keeps the detail open, listing the new event', async ({ page, host }) => {
  await host.api('applications.create', { title: 'Platform Engineer', company: 'Hooli' });
  await page.reload();
  const detail = await openDetail(page, 'Platform Engineer');
  const day = setDate(startOfMonth(addMonths(new Date(), 1)), 12);

  await detail.getByRole('button', { name: 'Add event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByLabel('Date').fill(format(day, 'yyyy-MM-dd'));
  await dialog.getByLabel('Time').fill('14:30');
  await dialog.getByLabel('Round').fill('System design');
  await dialog.getByRole('button', { name: 'Save event' }).click();

  await expect(dialog).toBeHidden();
  await expect(detail).toBeVisible();
  const events = detail.getByRole('region', { name: 'Events' });
  await expect(events.getByRole('listitem').filter({ hasText: 'Interview (System design)' })).toContainText('14:30');
  // The same for a follow-up, and the detail is still the one in front.
  await detail.getByRole('button', { name: 'Add event' }).click();
  await dialog.getByLabel('Kind').selectOption({ label: 'Follow-up' });
  await dialog.getByLabel('Date').fill(format(day, 'yyyy-MM-dd'));
  await dialog.getByRole('button', { name: 'Save event' }).click();
  await expect(dialog).toBeHidden();
  await expect(events.getByRole('listitem').filter({ hasText: 'Follow-up' })).toBeVisible();
  await expect(detail).toBeVisible();
});

test('unsaved edits in the detail are never lost silently: Esc and × ask to save, discard or keep editing', async ({
  page,
  host,
}) => {
  const app = await host.api('applications.create', { title: 'Data Engineer', company: 'Pied Piper' });
  await page.reload();

  // Nothing changed: Esc closes at once.
  let detail = await openDetail(page, 'Data Engineer');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Esc with a changed Location asks; "Keep editing" goes back with the edit still there.
  detail = await openDetail(page, 'Data Engineer');
  await detail.getByLabel('Location').fill('Lisbon');
  await detail.getByLabel('Salary from').fill('70000');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog', { name: 'Discard changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(detail.getByLabel('Location')).toHaveValue('Lisbon');

  // × asks too; "Save" saves and closes.
  await detail.getByRole('button', { name: 'Close' }).first().click();
  await ask.getByRole('button', { name: 'Save' }).click();
  await expect(detail).toBeHidden();
  const saved = await host.api('applications.get', { id: app.id });
  expect(saved.posting.location).toBe('Lisbon');
  expect(saved.posting.salary?.min).toBe(70000);

  // "Discard" closes and leaves the saved value as it was, also after a reload.
  detail = await openDetail(page, 'Data Engineer');
  await expect(detail.getByLabel('Location')).toHaveValue('Lisbon');
  await detail.getByLabel('Location').fill('Porto');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(detail).toBeHidden();
  await page.reload();
  detail = await openDetail(page, 'Data Engineer');
  await expect(detail.getByLabel('Location')).toHaveValue('Lisbon');
});
