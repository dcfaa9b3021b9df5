import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { test, expect, type HostHandle } from './fixtures';
import { addAppliedToday, downloadedCsvRows, openSettings, showProofReport } from './pages';

const HUNTR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'unit', 'data', 'fixtures', 'huntr-sample.csv');

async function listed(host: HostHandle): Promise<{ title: string; company: string; stageId: number }[]> {
  const out = await host.cli(['list', '--json']);
  return JSON.parse(out.stdout) as { title: string; company: string; stageId: number }[];
}

test('the board exports its applications as a CSV that parses back strictly', async ({ page, host }) => {
  await host.api('applications.create', { title: 'Engineer, "Platform"', company: 'Zürich Data AG', location: 'München' });
  await host.api('applications.create', { title: '=cmd()', company: 'Globex' });
  await page.reload();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pursuit-applications-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parse(text, { bom: true, record_delimiter: '\r\n' });
  expect(rows[0]!.slice(0, 3)).toEqual(['Title', 'Company', 'Location']);
  expect(rows).toHaveLength(3);
  expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Engineer, "Platform"', "'=cmd()"]));
  expect(rows.map((r) => r[2])).toContain('München');
  await expect(page.getByRole('status').getByText(/Exported 2 applications/)).toBeVisible();
});

test('a Huntr export is recognised, bad rows are listed, and the good rows are imported into the chosen stages', async ({
  page,
  host,
}) => {
  await openSettings(page);
  await page.getByLabel('Import CSV').setInputFiles(HUNTR);
  const dialog = page.getByRole('dialog', { name: 'Import huntr-sample.csv' });
  await expect(dialog.getByText('Huntr export')).toBeVisible();
  await expect(dialog.getByText('3 rows ready to import, 2 with problems.')).toBeVisible();
  const problems = dialog.getByRole('region', { name: 'Rows with problems' });
  await expect(problems.getByText('Row 5: Deadline "not a date" is not a date (use YYYY-MM-DD)')).toBeVisible();
  await expect(problems.getByText('Row 6: The title is empty')).toBeVisible();
  // Suggested: Wishlist goes into Saved; "Interview" is created as its own stage instead.
  await expect(dialog.getByLabel('Stage for “Wishlist”')).toHaveValue(/\d+/);
  await dialog.getByLabel('Stage for “Interview”').selectOption({ label: 'Create stage “Interview”' });
  await dialog.getByRole('button', { name: 'Import the 3 good rows' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').getByText('Imported 3 applications. New stages: Interview.')).toBeVisible();
  const apps = await listed(host);
  expect(apps.map((a) => a.title).sort()).toEqual(['Backend Developer', 'Data Analyst', 'Frontend Engineer']);
});

test('choosing "Import nothing" leaves the data as it was', async ({ page, host }) => {
  await openSettings(page);
  await page.getByLabel('Import CSV').setInputFiles(HUNTR);
  const dialog = page.getByRole('dialog', { name: 'Import huntr-sample.csv' });
  await dialog.getByRole('button', { name: 'Import nothing' }).click();
  await expect(page.getByRole('status').getByText('Nothing was imported.')).toBeVisible();
  expect(await listed(host)).toEqual([]);
});

test('an unknown table opens the mapping screen with a preview, and imports with the chosen mapping', async ({ page, host }) => {
  await openSettings(page);
  const csv = 'Firma,Stelle,Ort,Beworben am\r\nMüller GmbH,Entwickler,Köln,15.02.2027\r\nSchmidt AG,Analyst,Bonn,2027-02-20\r\n';
  await page.getByLabel('Import CSV').setInputFiles({ name: 'bewerbungen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import bewerbungen.csv' });
  await expect(dialog.getByText('Generic table: 0 of 4 columns matched, 2 rows.')).toBeVisible();
  await expect(dialog.getByText('Still needed: Title, Company.')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Firma/ }).getByText('Müller GmbH')).toBeVisible();
  await dialog.getByLabel('Field for column Firma').selectOption({ label: 'Company' });
  await dialog.getByLabel('Field for column Stelle').selectOption({ label: 'Title' });
  await dialog.getByLabel('Field for column Ort').selectOption({ label: 'Location' });
  await dialog.getByLabel('Field for column Beworben am').selectOption({ label: 'Date applied' });
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByText('2 rows ready to import.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 applications' }).click();
  await expect(page.getByRole('status').getByText('Imported 2 applications.')).toBeVisible();
  const apps = await listed(host);
  expect(apps.map((a) => `${a.title} at ${a.company}`).sort()).toEqual(['Analyst at Schmidt AG', 'Entwickler at Müller GmbH']);
});

test('"Back up now" then "Restore…" brings the data back, after a confirmation', async ({ page, host }) => {
  await host.api('applications.create', { title: 'Kept', company: 'Globex' });
  await openSettings(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').getByText(/Backed up to manual-/)).toBeVisible();
  const restoreButton = page.getByRole('button', { name: /^Restore manual-/ });
  await expect(restoreButton).toBeVisible();

  await host.api('applications.create', { title: 'Added later', company: 'Initech' });
  await restoreButton.click();
  const confirm = page.getByRole('dialog', { name: 'Replace your data?' });
  await expect(confirm.getByText(/already holds 2 applications/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  await expect(
    page.getByRole('status').getByText(/Restored 1 application\. Your previous data was kept as before-restore-/),
  ).toBeVisible();
  expect((await listed(host)).map((a) => a.title)).toEqual(['Kept']);
  // The safety backup is listed too, and can undo the restore.
  await expect(page.getByRole('button', { name: /^Restore before-restore-/ })).toBeVisible();
});

test('a JSON backup downloads and restores into an empty Pursuit', async ({ page, host }) => {
  await host.api('applications.create', { title: 'Analyst', company: 'Lumière Studio' });
  await openSettings(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON backup' }).click(),
  ]);
  const json = fs.readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(json)).toMatchObject({ format: 'pursuit-backup' });

  const list = await host.api('applications.list', {});
  await host.api('applications.delete', { id: list[0]!.id });
  await page
    .getByLabel('Restore from a JSON backup')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByRole('status').getByText('Restored 1 application.')).toBeVisible();
  expect((await listed(host)).map((a) => a.company)).toEqual(['Lumière Studio']);
});

test('the proof-of-applications report shows a printable page and downloads as CSV', async ({ page, host }) => {
  const today = await addAppliedToday(host, 'https://jobs.example.com/1');
  await page.reload();
  await page.getByRole('button', { name: 'Export' }).click();
  const proof = page.getByRole('dialog', { name: 'Export' }).getByRole('group', { name: 'Proof of applications' });
  const report = await showProofReport(page, proof, today);
  await expect(report.getByRole('row', { name: /Globex.*Data Analyst.*Applied.*jobs\.example\.com/ })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Print' })).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).click();

  const rows = await downloadedCsvRows(page, proof.getByRole('button', { name: 'Download proof CSV' }));
  expect(rows).toEqual([
    ['Date', 'Company', 'Title', 'Stage Reached', 'Channel', 'Contact'],
    [today, 'Globex', 'Data Analyst', 'Applied', 'Online: jobs.example.com', ''],
  ]);
});
