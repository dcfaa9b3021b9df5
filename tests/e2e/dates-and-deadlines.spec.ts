import { format, subDays } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });
const dayLabel = (d: Date) => format(d, 'd MMM yyyy');

test('moving a card from Saved straight to Interviewing fills Date applied with today', async ({ page, host }) => {
  await host.api('applications.create', { title: 'QA Engineer', company: 'Vandelay' });
  await page.reload();
  await column(page, 'Saved').getByRole('button', { name: 'QA Engineer', exact: true }).click();
  const detail = page.getByRole('dialog', { name: 'QA Engineer at Vandelay' });
  await expect(detail.getByLabel('Date applied')).toHaveValue('');
  await detail.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Interviewing' });
  await expect(detail.getByText('Moved to Interviewing.')).toBeVisible();
  const today = new Date();
  await expect(detail.getByText(`applied ${dayLabel(today)}`)).toBeVisible();
  await expect(detail.getByLabel('Date applied')).toHaveValue(format(today, 'yyyy-MM-dd'));

  // It is stored, not only shown: after a reload the detail still has it.
  await page.reload();
  await column(page, 'Interviewing').getByRole('button', { name: 'QA Engineer', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'QA Engineer at Vandelay' }).getByLabel('Date applied')).toHaveValue(
    format(today, 'yyyy-MM-dd'),
  );
});

test('a CSV row applied ten days ago keeps its dates: saved, applied, last activity, stage history and the follow-up nudge', async ({
  page,
}) => {
  const applied = subDays(new Date(), 10);
  const saved = subDays(new Date(), 12);
  const csv = `Company,Job Position,Status,Date Saved,Date Applied\r\nInitech,Backend Engineer,Applied,${format(saved, 'yyyy-MM-dd')},${format(applied, 'yyyy-MM-dd')}\r\n`;
  await nav(page, 'Settings');
  await page.getByLabel('Import CSV').setInputFiles({ name: 'teal.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import teal.csv' });
  await dialog
    .getByRole('button', { name: /^Import/ })
    .first()
    .click();
  await expect(page.getByRole('status').getByText('Imported 1 application.')).toBeVisible();

  await nav(page, 'Board');
  const card = column(page, 'Applied').getByRole('article', { name: 'Backend Engineer at Initech' });
  await expect(card).toContainText('Last activity 10 days ago');
  await card.getByRole('button', { name: 'Backend Engineer', exact: true }).click();
  const detail = page.getByRole('dialog', { name: 'Backend Engineer at Initech' });
  await expect(detail.getByText(`Saved ${dayLabel(saved)} · applied ${dayLabel(applied)}`)).toBeVisible();
  const history = detail.getByRole('list', { name: 'Activity and stage history' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Added to Saved' })).toContainText(dayLabel(saved));
  await expect(history.getByRole('listitem').filter({ hasText: 'Moved from Saved to Applied' })).toContainText(dayLabel(applied));
  await detail.getByRole('button', { name: 'Close' }).first().click();

  // Ten days without news is past the 7-day follow-up nudge.
  await page.getByRole('button', { name: /^Reminders/ }).click();
  const nudge = page.getByRole('listitem', { name: 'Follow up on Backend Engineer at Initech?' });
  await expect(nudge).toContainText('No news for 10 days');
});

test('a deadline shows on cards and in the calendar only before Applied, and stays in the detail', async ({ page, host }) => {
  const stages = await host.api('stages.list', {});
  const stageId = (name: string) => stages.find((s) => s.name === name)!.id;
  const passed = format(subDays(new Date(), 5), 'yyyy-MM-dd');
  await host.api('applications.create', { title: 'Still saved', company: 'Acme', deadline: passed });
  await host.api('applications.create', {
    title: 'Interviewing now',
    company: 'Acme',
    deadline: passed,
    stageId: stageId('Interviewing'),
  });
  await host.api('applications.create', {
    title: 'Turned down',
    company: 'Acme',
    deadline: passed,
    stageId: stageId('Rejected'),
  });
  await page.reload();

  await expect(column(page, 'Saved').getByRole('article', { name: 'Still saved at Acme' })).toContainText(
    'Deadline 5 days overdue',
  );
  const interviewing = column(page, 'Interviewing').getByRole('article', { name: 'Interviewing now at Acme' });
  await expect(interviewing).toBeVisible();
  await expect(interviewing).not.toContainText('Deadline');
  await expect(column(page, 'Rejected').getByRole('article', { name: 'Turned down at Acme' })).not.toContainText('Deadline');

  // The detail still shows it.
  await interviewing.getByRole('button', { name: 'Interviewing now', exact: true }).click();
  const detail = page.getByRole('dialog', { name: 'Interviewing now at Acme' });
  await expect(detail.getByLabel('Deadline', { exact: true })).toHaveValue(passed);
  await detail.getByRole('button', { name: 'Close' }).first().click();

  // The calendar lists only the one that still matters.
  await nav(page, 'Calendar');
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Agenda' }).click();
  const passedList = page.getByRole('region', { name: 'Passed deadlines' });
  await expect(passedList.getByRole('button', { name: 'Application deadline: Still saved at Acme', exact: true })).toBeVisible();
  await expect(passedList.getByRole('button', { name: /Interviewing now/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Turned down/ })).toHaveCount(0);
});
