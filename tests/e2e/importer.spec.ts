import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

// Real postings handed to the project, read in place beside the checkout.
const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'fixtures');
const FIXTURE_003 = path.join(SHARED, 'postings', '003_3b8837621574ea4a.txt');

test('pasting a posting shows the fields read from it, and Save puts the card in Saved', async ({ page }) => {
  await page.getByRole('button', { name: 'Add posting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add posting' });
  await dialog.getByLabel('Posting text').fill(fs.readFileSync(FIXTURE_003, 'utf8'));
  await dialog.getByRole('button', { name: 'Read posting' }).click();

  const review = dialog.getByRole('form', { name: 'Review posting' });
  await expect(review.getByLabel('Title')).toHaveValue('Senior Machine Learning Engineer');
  await expect(review.getByLabel('Company')).toHaveValue('TechVision AI');
  await expect(review.getByLabel('Location')).toHaveValue(/San Francisco/);
  await expect(review.getByLabel('Workplace')).toHaveValue('hybrid');
  await expect(review.getByLabel('Employment type')).toHaveValue('full-time');
  await expect(review.getByLabel('Salary')).toHaveValue('180,000–250,000 USD per year');
  await expect(review.getByLabel('Posted')).toHaveValue('2024-01-15');
  await expect(review.getByLabel('Deadline')).toHaveValue('2024-02-29');
  await expect(review.getByLabel('URL')).toHaveValue('');
  await expect(review.getByText('✓ found')).toHaveCount(8);

  await review.getByLabel('Location').fill('Oakland, CA');
  await review.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('region', { name: 'Saved' })
      .getByRole('article', { name: /Senior Machine Learning Engineer at TechVision AI/ }),
  ).toBeVisible();

  // The same posting again is flagged as a duplicate with a way to the earlier one.
  await page.keyboard.press('Control+n');
  await dialog.getByLabel('Posting text').fill(fs.readFileSync(FIXTURE_003, 'utf8'));
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
    path.join(SHARED, 'postings', '002_9777da064272db5a.txt'),
    path.join(SHARED, 'postings-real', 'widjobs-bixter-salesperson.html'),
    path.join(SHARED, 'postings-real', 'schemaorg-software-engineer-microdata.html'),
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
  const html = fs.readFileSync(path.join(SHARED, 'postings-real', 'widjobs-prevas-embedded-developer.html'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'prevas.html', { type: 'text/html' }));
    return dt;
  }, html);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  const review = page.getByRole('dialog', { name: 'Add posting' }).getByRole('form', { name: 'Review posting' });
  await expect(review.getByLabel('Company')).toHaveValue(/PREVAS/i);
  await expect(review.getByLabel('Deadline')).toHaveValue('2021-07-01');
});
