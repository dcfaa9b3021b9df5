import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

// The project's own postings, so these tests run in any clone.
const POSTINGS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'postings');
const ML_POSTING = path.join(POSTINGS, 'ml-engineer.txt');

test('pasting a posting shows the fields read from it, and Save puts the card in Saved', async ({ page }) => {
  await page.getByRole('button', { name: 'Add posting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add posting' });
  await dialog.getByLabel('Posting text').fill(fs.readFileSync(ML_POSTING, 'utf8'));
  await dialog.getByRole('button', { name: 'Read posting' }).click();

  const review = dialog.getByRole('form', { name: 'Review posting' });
  await expect(review.getByLabel('Title')).toHaveValue('Senior Machine Learning Engineer');
  await expect(review.getByLabel('Company')).toHaveValue('Lumen Forge Labs');
  await expect(review.getByLabel('Location')).toHaveValue(/Lisbon/);
  await expect(review.getByLabel('Workplace')).toHaveValue('hybrid');
  await expect(review.getByLabel('Employment type')).toHaveValue('full-time');
  await expect(review.getByLabel('Salary')).toHaveValue('85,000–110,000 EUR per year');
  await expect(review.getByLabel('Posted')).toHaveValue('2025-03-04');
  await expect(review.getByLabel('Deadline')).toHaveValue('2025-04-30');
  await expect(review.getByLabel('URL')).toHaveValue('');
  await expect(review.getByText('✓ found')).toHaveCount(8);

  await review.getByLabel('Location').fill('Porto, Portugal');
  await review.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('region', { name: 'Saved' })
      .getByRole('article', { name: /Senior Machine Learning Engineer at Lumen Forge Labs/ }),
  ).toBeVisible();

  // The same posting again is flagged as a duplicate with a way to the earlier one.
  await page.keyboard.press('Control+n');
  await dialog.getByLabel('Posting text').fill(fs.readFileSync(ML_POSTING, 'utf8'));
  await dialog.getByRole('button', { name: 'Read posting' }).click();
  await expect(dialog.getByRole('alert')).toContainText('You saved this job before');
  await expect(dialog.getByRole('button', { name: 'Open the earlier application' })).toBeVisible();
});

test('a bad salary line and an empty paste say what to fix', async ({ page }) => {
  await page.getByRole('button', { name: 'Add posting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add posting' });
  await dialog.getByRole('button', { name: 'Read posting' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste the posting text first, or choose a file.');
  await dialog.getByLabel('Posting text').fill('Barista\nCompany: Bean There\nLocation: Lyon');
  await dialog.getByRole('button', { name: 'Read posting' }).click();
  await dialog.getByLabel('Salary').fill('lots of money');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Write the salary like');
});

test('choosing several files imports them with a per-file result list', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Add posting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add posting' });
  const files = [
    path.join(POSTINGS, 'ml-engineer.txt'),
    path.join(POSTINGS, 'support-analyst.txt'),
    path.join(POSTINGS, 'data-engineer.html'),
  ];
  await dialog
    .getByLabel('Choose files…')
    .setInputFiles([
      ...files.map((f) => ({ name: path.basename(f), mimeType: 'text/plain', buffer: fs.readFileSync(f) })),
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) },
    ]);
  await expect(dialog.getByText('Import finished')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('3 saved, 0 duplicates, 1 could not be read');
  const results = dialog.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveCount(4);
  await expect(results.getByRole('listitem').filter({ hasText: 'photo.png' })).toContainText(/binary|not a text/i);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Saved' }).getByRole('article')).toHaveCount(3);
  const listed = JSON.parse((await host.cli(['list', '--json'])).stdout) as unknown[];
  expect(listed).toHaveLength(3);
});

test('a posting file dropped onto the window opens the review form', async ({ page }) => {
  const html = fs.readFileSync(path.join(POSTINGS, 'data-engineer.html'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'data-engineer.html', { type: 'text/html' }));
    return dt;
  }, html);
  // A person drops once the board is there (its code loads on demand; the drop target comes with it).
  await expect(page.getByRole('button', { name: 'Add posting' })).toBeVisible();
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  const review = page.getByRole('dialog', { name: 'Add posting' }).getByRole('form', { name: 'Review posting' });
  await expect(review.getByLabel('Company')).toHaveValue('Quillmark Books');
  await expect(review.getByLabel('Deadline')).toHaveValue('2025-03-31');
});
