import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousViolations } from './a11y';

/** Page object: selectors for the board in one place, found by role and name as a person would. */
const board = (page: Page) => ({
  column: (stage: string) => page.getByRole('region', { name: stage, exact: true }),
  card: (stage: string, name: string | RegExp) =>
    page.getByRole('region', { name: stage, exact: true }).getByRole('article', { name }),
  search: page.getByRole('searchbox', { name: 'Search' }),
  async create(title: string, company: string) {
    await page.getByRole('button', { name: 'New application' }).click();
    const dialog = page.getByRole('dialog', { name: 'New application' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Company').fill(company);
    await dialog.getByRole('button', { name: 'Save application' }).click();
    await expect(dialog).toBeHidden();
  },
  async open(stage: string, title: string) {
    await this.card(stage, new RegExp(title)).getByRole('button', { name: title, exact: true }).click();
    return page.getByRole('dialog', { name: new RegExp(title) });
  },
});

/**
 * dnd-kit's keyboard sensor starts listening for arrows in a zero-delay timer after a pickup; a zero-delay
 * timer queued after the pickup runs after it, so this waits for that state, not for a length of time.
 */
const keyboardSensorReady = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function pickUpAndMoveRight(page: Page, name: string) {
  await page.getByRole('button', { name: `Move ${name}` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(new RegExp(`Picked up ${name}, in Saved`))).toBeAttached();
  await keyboardSensorReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`${name} is now in Applied`))).toBeAttached();
  await page.keyboard.press('Space');
}

test('cards move to Applied by mouse and by keyboard, stay there after a reload, and the history shows it', async ({ page }) => {
  const b = board(page);
  await b.create('Frontend Engineer', 'Globex');
  await b.create('Data Analyst', 'Initech');
  await expect(b.card('Saved', 'Frontend Engineer at Globex')).toBeVisible();

  // Mouse: press on the card, move past the activation distance, drop over the Applied column.
  const card = b.card('Saved', 'Frontend Engineer at Globex');
  const from = (await card.boundingBox())!;
  const to = (await b.column('Applied').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 10);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 90, { steps: 12 });
  await page.mouse.up();
  await expect(b.card('Applied', 'Frontend Engineer at Globex')).toBeVisible();
  await expect(page.getByText('Moved “Frontend Engineer” to Applied.')).toBeVisible();

  // Keyboard: focus the card's Move button, pick up, arrow right into Applied, drop.
  await pickUpAndMoveRight(page, 'Data Analyst at Initech');
  await expect(page.getByText('Moved “Data Analyst” to Applied.')).toBeVisible();

  await page.reload();
  await expect(b.card('Applied', 'Frontend Engineer at Globex')).toBeVisible();
  await expect(b.card('Applied', 'Data Analyst at Initech')).toBeVisible();
  await expect(b.column('Saved').getByRole('article')).toHaveCount(0);

  const detail = await b.open('Applied', 'Data Analyst');
  const activity = detail.getByRole('list', { name: 'Activity and stage history' });
  await expect(activity.getByText('Moved from Saved to Applied')).toBeVisible();
  await expect(activity.getByText('Added to Saved')).toBeVisible();
  // Moving to Applied filled the applied date; it stays editable.
  await expect(detail.getByLabel('Date applied')).not.toHaveValue('');
});

test('a failed move is rolled back with a message', async ({ page }) => {
  const b = board(page);
  await b.create('QA Engineer', 'Hooli');
  // The server refuses the next move, as if the disk were full.
  await page.route('**/api/applications.place', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'The disk is full.' } } }),
  );
  await pickUpAndMoveRight(page, 'QA Engineer at Hooli');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not move “QA Engineer”, so it is back where it was.' }),
  ).toBeVisible();
  await expect(b.card('Saved', 'QA Engineer at Hooli')).toBeVisible();
  await expect(b.column('Applied').getByRole('article')).toHaveCount(0);
});

test('search finds a word that appears only in the posting text, ignoring accents', async ({ page }) => {
  const b = board(page);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(b.column('Saved').getByRole('article').first()).toBeVisible();

  // The sample postings without a deadline say "reviewed on a rolling basis"; no title or company says "rolling".
  await b.search.fill('rolling');
  await expect(page.getByRole('status').filter({ hasText: /applications? match/ })).toBeVisible();
  const hit = page.getByRole('article').first();
  const name = (await hit.getAttribute('aria-label'))!;
  expect(name.toLowerCase()).not.toContain('rolling');
  await hit.getByRole('button').first().click();
  const detail = page.getByRole('dialog', { name });
  await expect(detail.getByText(/reviewed on a rolling basis/)).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();

  await b.search.fill('munchen');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('article').first()).toContainText('München');
  // Emptying the box shows the whole board again.
  await b.search.fill('');
  await expect(page.getByRole('status').filter({ hasText: /applications? match/ })).toHaveCount(0);
  await expect(b.column('Applied').getByRole('article').first()).toBeVisible();
});

test('archiving from the detail can be undone from the message', async ({ page }) => {
  const b = board(page);
  await b.create('Security Analyst', 'Umbrella Health');
  const detail = await b.open('Saved', 'Security Analyst');
  await detail.getByRole('button', { name: 'Archive' }).click();
  await expect(detail).toBeHidden();
  await expect(b.card('Saved', /Security Analyst/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(b.card('Saved', 'Security Analyst at Umbrella Health')).toBeVisible();
});

test('deleting can be undone, and the detail keeps notes and contacts', async ({ page }) => {
  const b = board(page);
  await b.create('Technical Writer', 'Aperture Science');
  let detail = await b.open('Saved', 'Technical Writer');
  await detail.getByLabel('New note').fill('Portfolio sent to the hiring manager');
  await detail.getByRole('button', { name: 'Add note' }).click();
  await expect(detail.getByText('Portfolio sent to the hiring manager').first()).toBeVisible();
  const contact = detail.getByRole('form', { name: 'Add a contact' });
  await contact.getByLabel('Name').fill('Cave Johnson');
  await contact.getByLabel('Role').fill('Hiring manager');
  await contact.getByRole('button', { name: 'Add contact' }).click();
  await expect(detail.getByText('Cave Johnson')).toBeVisible();

  await detail.getByRole('button', { name: 'Delete…' }).click();
  await detail.getByRole('button', { name: 'Delete for good' }).click();
  await expect(b.card('Saved', /Technical Writer/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(b.card('Saved', 'Technical Writer at Aperture Science')).toBeVisible();
  detail = await b.open('Saved', 'Technical Writer');
  await expect(detail.getByText('Cave Johnson')).toBeVisible();
  await expect(detail.getByText('Portfolio sent to the hiring manager').first()).toBeVisible();
});

test('a document is copied into the data folder with its version and can be downloaded again', async ({ page, host }) => {
  const b = board(page);
  await b.create('Backend Developer', 'Initech');
  const detail = await b.open('Saved', 'Backend Developer');
  const form = detail.getByRole('form', { name: 'Attach a document' });
  await form
    .getByLabel('File')
    .setInputFiles({ name: 'Resume 2027.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 v3') });
  await form.getByLabel('Version sent').fill('v3 backend');
  await form.getByRole('button', { name: 'Attach' }).click();
  await expect(detail.getByText('version sent: v3 backend')).toBeVisible();
  expect(fs.readdirSync(path.join(host.dataDir, 'attachments'))).toHaveLength(1);

  const download = page.waitForEvent('download');
  await detail.getByRole('button', { name: 'Open Resume 2027.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Resume 2027.pdf');
  expect(fs.readFileSync(await file.path(), 'utf8')).toBe('%PDF-1.4 v3');
});

test('stages: add Ghosted in one click, move a card there from the detail', async ({ page }) => {
  const b = board(page);
  await b.create('Mobile Developer', 'Stark Mobility');
  await page.getByRole('button', { name: 'Manage stages' }).click();
  const stages = page.getByRole('dialog', { name: 'Stages' });
  await stages.getByRole('button', { name: 'Add Ghosted' }).click();
  await expect(stages.getByLabel('Name of stage Ghosted')).toBeVisible();
  await stages.getByRole('button', { name: 'Close' }).click();
  await expect(b.column('Ghosted')).toBeVisible();

  const detail = await b.open('Saved', 'Mobile Developer');
  await detail.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Ghosted (closed)' });
  await expect(detail.getByText('Moved to Ghosted.')).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(b.card('Ghosted', 'Mobile Developer at Stark Mobility')).toBeVisible();
});

test('the board and the detail have no serious or critical accessibility violations', async ({ page }) => {
  const b = board(page);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(b.column('Saved').getByRole('article').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await b.column('Saved').getByRole('article').first().getByRole('button').first().click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Activity' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
