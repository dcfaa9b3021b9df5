import { format, subDays } from 'date-fns';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const HUNTR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'unit', 'data', 'fixtures', 'huntr-sample.csv');
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

test('a typo still finds the card: "techvison" shows TechVision on the board, and a tag finds its applications', async ({
  page,
  host,
}) => {
  await host.api('applications.create', { title: 'Frontend Engineer', company: 'TechVision' });
  await host.api('applications.create', { title: 'Data Analyst', company: 'Globex', tags: ['referral'] });
  await page.reload();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('techvison');
  await expect(page.getByRole('status').filter({ hasText: '1 application matches.' })).toBeVisible();
  await expect(page.getByRole('article', { name: /Frontend Engineer at TechVision/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Data Analyst/ })).toHaveCount(0);

  await search.fill('referral');
  await expect(page.getByRole('article', { name: /Data Analyst at Globex/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Frontend Engineer/ })).toHaveCount(0);
});

test('the Postings table sorts by a column header, up then down, empty deadlines last', async ({ page, host }) => {
  await host.api('applications.create', { title: 'Beta role', company: 'Zeta', deadline: '2027-05-01' });
  await host.api('applications.create', { title: 'alpha role', company: 'Acme' });
  await host.api('applications.create', { title: 'Gamma role', company: 'Hooli', deadline: '2027-04-01' });
  await nav(page, 'Postings');
  const titles = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('button');
  await expect(titles).toHaveCount(3);

  const byTitle = page.getByRole('columnheader', { name: 'Title' });
  await expect(byTitle).toHaveAttribute('aria-sort', 'none');
  await byTitle.getByRole('button', { name: 'Title' }).click();
  await expect(byTitle).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles).toHaveText(['alpha role', 'Beta role', 'Gamma role']);
  await byTitle.getByRole('button', { name: 'Title' }).click();
  await expect(byTitle).toHaveAttribute('aria-sort', 'descending');
  await expect(titles).toHaveText(['Gamma role', 'Beta role', 'alpha role']);

  const byDeadline = page.getByRole('columnheader', { name: 'Deadline' });
  await byDeadline.getByRole('button', { name: 'Deadline' }).click();
  await expect(byDeadline).toHaveAttribute('aria-sort', 'ascending');
  await expect(byTitle).toHaveAttribute('aria-sort', 'none');
  await expect(titles).toHaveText(['Gamma role', 'Beta role', 'alpha role']);

  // A search keeps the sort.
  await page.getByRole('searchbox', { name: 'Search postings' }).fill('role');
  await byTitle.getByRole('button', { name: 'Title' }).click();
  await expect(titles).toHaveText(['alpha role', 'Beta role', 'Gamma role']);
});

test('"Remove sample data" removes what "Load sample data" added, edited samples too, and keeps the user’s own', async ({
  page,
  host,
}) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('status').getByText('Added 40 sample applications.')).toBeVisible();
  const own = await host.api('applications.create', { title: 'My own job', company: 'Initech' });
  // The user edits one of the samples: it is still sample data.
  const sample = (await host.api('applications.list', {})).find((a) => a.id !== own.id)!;
  await host.api('applications.update', { id: sample.id, patch: { title: 'Edited sample' } });

  await page.getByRole('button', { name: 'Remove sample data' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove sample data?' });
  await expect(confirm.getByText(/including any of them you have edited/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Remove 40 sample applications' }).click();
  await expect(
    page.getByRole('status').getByText('Removed 40 sample applications. Your own applications are unchanged.'),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article', { name: /My own job at Initech/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('article', { name: /My own job at Initech/ })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('the CSV preview says what it recognised: a tracker by name, any other table by the columns it matched', async ({
  page,
}) => {
  await nav(page, 'Settings');
  await page.getByLabel('Import CSV').setInputFiles(HUNTR);
  const huntr = page.getByRole('dialog', { name: 'Import huntr-sample.csv' });
  await expect(huntr.getByText('Huntr export, 5 rows.')).toBeVisible();
  await huntr.getByRole('button', { name: 'Cancel' }).click();

  const csv = 'Company,Job title,Referred by,Colour\r\nAcme,Engineer,Ann,blue\r\n';
  await page.getByLabel('Import CSV').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const mine = page.getByRole('dialog', { name: 'Import mine.csv' });
  await expect(mine.getByText('Generic table: 2 of 4 columns matched, 1 row.')).toBeVisible();
  await expect(mine.getByText(/Unrecognised/)).toHaveCount(0);
});

test('repeated toasts of one kind merge: two saved postings say "2 postings saved"', async ({ page }) => {
  for (const [i, company] of ['Bean There', 'Brew Crew', 'Cup Co'].entries()) {
    await page.getByRole('button', { name: 'Add posting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add posting' });
    await dialog.getByLabel('Posting text').fill(`Barista ${i + 1}\nCompany: ${company}\nLocation: Lyon`);
    await dialog.getByRole('button', { name: 'Read posting' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page
        .getByRole('status')
        .getByText(i === 0 ? 'Posting saved to the first stage.' : `${i + 1} postings saved to the first stage.`),
    ).toBeVisible();
  }
  await expect(page.getByRole('status').getByText(/saved to the first stage/)).toHaveCount(1);
});

test('the Export dialog keeps each checkbox on its label’s line, and the proof report covers the last 30 days', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const checkbox = dialog.getByRole('checkbox', { name: /Include archived applications/ });
  await expect(checkbox).toBeVisible();
  const layout = await checkbox.evaluate((input) => {
    const box = input.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(input.parentElement!.lastChild!);
    const firstLine = range.getClientRects()[0]!;
    return {
      boxRight: box.right,
      boxMiddle: (box.top + box.bottom) / 2,
      textLeft: firstLine.left,
      textTop: firstLine.top,
      textBottom: firstLine.bottom,
    };
  });
  expect(layout.textLeft).toBeGreaterThan(layout.boxRight);
  expect(layout.boxMiddle).toBeGreaterThan(layout.textTop);
  expect(layout.boxMiddle).toBeLessThan(layout.textBottom);

  const proof = dialog.getByRole('group', { name: 'Proof of applications' });
  await expect(proof.getByLabel('From')).toHaveValue(format(subDays(new Date(), 29), 'yyyy-MM-dd'));
  await expect(proof.getByLabel('To')).toHaveValue(format(new Date(), 'yyyy-MM-dd'));
});
