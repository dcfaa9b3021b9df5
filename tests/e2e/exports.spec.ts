import { test, expect } from './fixtures';
import { addAppliedToday, downloadedCsvRows, openSettings, showProofReport } from './pages';

test('"Export all applications" downloads archived ones too, marked in an Archived column', async ({ page, host }) => {
  await host.api('applications.create', { title: 'Data Analyst', company: 'Globex' });
  const old = await host.api('applications.create', { title: 'Engineer', company: 'Initech' });
  await host.api('applications.archive', { id: old.id, archived: true });
  await page.reload();
  await openSettings(page);
  const rows = await downloadedCsvRows(page, page.getByRole('button', { name: 'Export all applications (CSV)' }));
  const header = rows[0]!;
  expect(header.at(-1)).toBe('Archived');
  const byCompany = rows.slice(1).map((r) => [r[header.indexOf('Company')], r[header.indexOf('Archived')]]);
  expect(byCompany).toEqual([
    ['Globex', 'no'],
    ['Initech', 'yes'],
  ]);
  await expect(page.getByRole('status').getByText(/Exported 2 applications/)).toBeVisible();
});

test("the candidate's name, set once in Settings, heads the printable proof report", async ({ page, host }) => {
  const today = await addAppliedToday(host, 'https://jobs.example.com/globex/1');
  await page.reload();
  await openSettings(page);
  const settings = page.getByRole('group', { name: 'Export settings' });
  await settings.getByLabel('Your name (printed at the top of the proof of applications)').fill('Ana Ruiz García');
  await settings.getByRole('button', { name: 'Save export settings' }).click();
  await expect(page.getByRole('status').getByText('Export settings saved.')).toBeVisible();

  // Still there after a restart of Pursuit.
  await host.restart();
  await page.goto(host.url);
  await openSettings(page);
  await expect(
    page
      .getByRole('group', { name: 'Export settings' })
      .getByLabel('Your name (printed at the top of the proof of applications)'),
  ).toHaveValue('Ana Ruiz García');

  const report = await showProofReport(page, page.getByRole('group', { name: 'Proof of applications' }), today);
  await expect(report.getByText('Candidate: Ana Ruiz García')).toBeVisible();
  await expect(report.getByRole('row', { name: /Globex.*Data Analyst.*Applied.*Online: jobs\.example\.com/ })).toBeVisible();
});
