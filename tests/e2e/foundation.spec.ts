import { test, expect } from './fixtures';

test('a new application is saved, survives a reload and a host restart', async ({ page, host }) => {
  await expect(page.getByText('No applications yet')).toBeVisible();
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Title').fill('Platform Engineer');
  await dialog.getByLabel('Company').fill('Zürich Data AG');
  await dialog.getByRole('button', { name: 'Save application' }).click();

  const saved = page.getByRole('region', { name: 'Saved' });
  await expect(saved.getByRole('article', { name: /Platform Engineer at Zürich Data AG/ })).toBeVisible();
  // The token left the address bar but the tab keeps working after a reload.
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(saved.getByRole('article', { name: /Platform Engineer at Zürich Data AG/ })).toBeVisible();

  await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Saved' }).getByRole('article', { name: /Platform Engineer/ })).toBeVisible();
});

test('every default stage is a region named by its stage', async ({ page }) => {
  for (const stage of ['Saved', 'Applied', 'Interviewing', 'Offer', 'Rejected']) {
    await expect(page.getByRole('region', { name: stage, exact: true })).toBeVisible();
  }
  for (const view of ['Board', 'Calendar', 'Postings', 'Settings']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view })).toBeVisible();
  }
});

test('a second tab sees a new application without reloading', async ({ page, host, context }) => {
  const second = await context.newPage();
  await second.goto(host.url);
  await expect(second.getByText('No applications yet')).toBeVisible();

  await page.getByRole('button', { name: 'New application' }).click();
  await page.getByLabel('Title').fill('Data Analyst');
  await page.getByLabel('Company').fill('Globex');
  await page.getByRole('button', { name: 'Save application' }).click();

  await expect(
    second.getByRole('region', { name: 'Saved' }).getByRole('article', { name: /Data Analyst at Globex/ }),
  ).toBeVisible();
});

test('the empty board offers sample data, which fills every stage', async ({ page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText('No applications yet')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Saved' }).getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Applied' }).getByRole('article').first()).toBeVisible();
});

test('a bad input shows what to fix and saves nothing', async ({ page, host }) => {
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Title').fill('   ');
  await dialog.getByLabel('Company').fill('Initech');
  await dialog.getByRole('button', { name: 'Save application' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Title cannot be empty');
  const listed = await host.cli(['list', '--json']);
  expect(JSON.parse(listed.stdout)).toEqual([]);
});
