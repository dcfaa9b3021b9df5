import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test, expect } from './fixtures';

// A database written by an older build (which checked days with a regex only) or edited by hand.
test('a stored impossible date: the host still starts, the app names the application, and the detail fixes it', async ({
  page,
  host,
}) => {
  const broken = await host.api('applications.create', {
    title: 'Broken Role',
    company: 'Old Build',
    deadline: '2030-05-01',
  });
  await host.api('events.create', {
    applicationId: broken.id,
    kind: 'interview',
    allDay: false,
    startsAt: '2030-04-01T10:00:00Z',
  });
  await host.api('applications.create', { title: 'Fine Role', company: 'Acme', deadline: '2030-06-01' });
  await host.restart(() => {
    execFileSync('sqlite3', [
      path.join(host.dataDir, 'pursuit.db'),
      `UPDATE postings SET deadline = '2026-02-30' WHERE id = (SELECT posting_id FROM applications WHERE id = ${broken.id});
       UPDATE events SET day = '2026-02-30', updated_at = '2099-01-01T00:00:00.000Z' WHERE application_id = ${broken.id} AND kind = 'deadline';`,
    ]);
  });
  // Restarted: the reminder planner ran over the bad row at start and the host kept answering.
  const ics = await host.cli(['export', 'ics']);
  expect(ics.code).toBe(0);
  expect(ics.stdout).toContain('Fine Role at Acme');

  await page.goto(host.url);
  await expect(page.getByRole('article', { name: /Fine Role at Acme/ })).toBeVisible();
  const banner = page.getByRole('status', { name: 'Dates that need fixing' });
  await expect(banner).toContainText('1 application has a date that needs fixing');
  await banner.getByRole('button', { name: 'Show which' }).click();
  await banner.getByRole('button', { name: 'Fix Broken Role at Old Build' }).click();

  await expect(
    page.getByRole('alert').filter({ hasText: 'Deadline was stored as "2026-02-30", which is not a real date.' }),
  ).toBeVisible();
  await page.getByLabel('Deadline', { exact: true }).fill('2030-05-02');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(banner).toBeHidden();
  const status = await host.api('system.status', {});
  expect(status.badDates.count).toBe(0);
});
