import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Issue 10, item 5: a large CSV import commits in a worker thread in chunks; the dialog shows how far it has got
// from the progress events, and the host keeps answering meanwhile.

const ROWS = 8000;

function bigHuntrCsv(rows: number): string {
  const lines = ['title,companyName,listName,createdAt,deadline,url,location'];
  for (let i = 1; i <= rows; i++)
    lines.push(`Engineer ${i},Company ${i},Applied,2027-02-01T09:15:00.000Z,,https://jobs.example.com/${i},Berlin`);
  return lines.join('\r\n') + '\r\n';
}

/** Records every text the import dialog's progress status shows, however briefly, so the test waits on state. */
async function recordProgressTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressTexts: string[] }).progressTexts = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent;
        if (text.startsWith('Importing') && !seen.includes(text)) seen.push(text);
      }
      if (document.querySelector('progress[aria-label="Import progress"]') && !seen.includes('<progress>'))
        seen.push('<progress>');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('a large CSV import shows its progress, rows done of all rows, and then the final count', async ({ page }) => {
  test.setTimeout(180_000);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page
    .getByLabel('Import CSV')
    .setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(bigHuntrCsv(ROWS)) });
  const dialog = page.getByRole('dialog', { name: 'Import many.csv' });
  const importButton = dialog.getByRole('button', { name: `Import ${ROWS} applications` });
  await expect(importButton).toBeEnabled({ timeout: 60_000 });
  await recordProgressTexts(page);
  await importButton.click();
  // While it runs: a progress bar with an accessible name.
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(page.getByRole('status').getByText(`Imported ${ROWS} applications.`)).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
  expect(seen).toContain('<progress>');
  // At least one figure from the worker's chunks reached the dialog: "Importing… 1,234 of 8,000 rows".
  expect(seen.some((t) => /^Importing… [\d,]+ of 8,000 rows$/.test(t))).toBe(true);
});
