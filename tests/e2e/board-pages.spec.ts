import type { Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';

const COUNT = 2_000;

/** 2,000 applications in Saved, through the CSV import (one request, as a person importing a big sheet would). */
async function seedOneColumn(host: HostHandle) {
  const rows = Array.from({ length: COUNT }, (_, i) => `Role ${String(i + 1).padStart(4, '0')},Company ${i + 1},Saved`);
  await host.api('data.importCommit', { csv: ['Title,Company,Stage', ...rows].join('\n'), mode: 'nothing-if-bad' });
  const stages = await host.api('stages.list', {});
  return Object.fromEntries(stages.map((s) => [s.name, s.id])) as Record<string, number>;
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });
const cardName = (c: { title: string; company: string }) => `${c.title} at ${c.company}`;

test('a column of 2,000 pages as it scrolls: its header counts them all, the page holds few cards, the last card is reached', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const stages = await seedOneColumn(host);
  const last = (await host.api('board.column', { stageId: stages.Saved!, offset: COUNT - 1, limit: 1 })).items[0]!;
  await page.reload();
  const saved = column(page, 'Saved');
  await expect(saved.getByText('2,000 applications')).toBeVisible();
  await expect(saved.getByRole('article').first()).toBeVisible();
  expect(await saved.getByRole('article').count()).toBeLessThan(40);

  // Scroll the column down until its last card shows: each scroll near the end asks for the next page.
  const lastCard = saved.getByRole('article', { name: cardName(last), exact: true });
  await expect(async () => {
    await saved.getByRole('article').last().hover();
    await page.mouse.wheel(0, 20_000);
    await expect(lastCard).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000 });
  // Virtualised: at the end of 2,000 cards, only those near the viewport are in the page.
  expect(await page.getByRole('article').count()).toBeLessThan(40);
});

test('at 2,000 cards a search finds one card, and a moved card stays moved after a reload', async ({ page, host }) => {
  test.setTimeout(120_000);
  await seedOneColumn(host);
  await page.reload();
  await expect(column(page, 'Saved').getByText('2,000 applications')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('role 1999');
  await expect(page.getByRole('status').filter({ hasText: '1 application matches.' })).toBeVisible();
  await expect(column(page, 'Saved').getByRole('article', { name: 'Role 1999 at Company 1999' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  // The search's single card stays on screen until the whole column's first page arrives: wait for that page.
  await expect(column(page, 'Saved').getByRole('article').nth(1)).toBeVisible();

  // Keyboard move of the top card to Applied (dnd-kit's keyboard sensor), then a reload.
  const top = column(page, 'Saved').getByRole('article').first();
  const name = (await top.getAttribute('aria-label'))!;
  await page.getByRole('button', { name: `Move ${name}` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(new RegExp(`Picked up ${name}, in Saved, position 1 of 2000`))).toBeAttached();
  // The keyboard sensor listens from a zero-delay timer after the pickup; wait for that state.
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`${name} is now in Applied`))).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(`Moved “${name.split(' at ')[0]}” to Applied.`)).toBeVisible();

  await page.reload();
  await expect(column(page, 'Applied').getByRole('article', { name, exact: true })).toBeVisible();
  await expect(column(page, 'Saved').getByText('1,999 applications')).toBeVisible();
  await expect(column(page, 'Applied').getByText('1 application', { exact: true })).toBeVisible();
});

test('the Postings table of 2,000 keeps few rows in the page, and suggestions come 50 at a time with Show more', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  await seedOneColumn(host);
  const quiet = Array.from({ length: 60 }, (_, i) => `Quiet ${i + 1},Contoso,Applied,2020-01-01`);
  await host.api('data.importCommit', {
    csv: ['Title,Company,Stage,Last Activity', ...quiet].join('\n'),
    mode: 'nothing-if-bad',
  });
  await page.reload();

  await page.getByRole('button', { name: 'Postings', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.getByText('2,060 postings')).toBeVisible();
  await expect(table.getByRole('button', { name: /^Role \d{4}$/ }).first()).toBeVisible();
  expect(await table.getByRole('row').count()).toBeLessThan(70);

  // Suggestions wait behind the header's Reminders badge.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Reminders/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'Reminders' }).getByText('Follow-up suggestions')).toBeVisible();
  const items = page.getByRole('listitem', { name: 'Ghosted by Contoso?' });
  await expect(items).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more (50 of 60)' }).click();
  await expect(items).toHaveCount(60);
  await expect(page.getByRole('button', { name: /^Show more/ })).toBeHidden();
});
