import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 15: the renderer's data is one query cache. A write from outside the window (the CLI or a script
 * through the host's API) reaches the open view through its change event, which refetches exactly the answers
 * that read the topics it names; and an answer several parts of the screen need is asked for once.
 */

const nav = (page: Page, view: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view, exact: true }).click();

test('a change made through the API from outside shows on the open board, Postings table and calendar without a reload', async ({
  page,
  host,
}) => {
  // The window hears changes once its event stream is open: start from a load that is seen to open it.
  const stream = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/events');
  await page.reload();
  await stream;
  await expect(page.getByRole('heading', { name: 'Board' })).toBeVisible();
  const { id } = await host.api('applications.create', { title: 'Outside Role', company: 'Elsewhere' });
  const saved = page.getByRole('region', { name: 'Saved', exact: true });
  await expect(saved.getByRole('article', { name: /^Outside Role at Elsewhere/ })).toBeVisible();

  // A move made elsewhere takes the card to its new column.
  const stages = await host.api('stages.list', {});
  const applied = stages.find((s) => s.name === 'Applied')!;
  await host.api('applications.move', { id, stageId: applied.id, index: 0 });
  await expect(
    page.getByRole('region', { name: 'Applied', exact: true }).getByRole('article', { name: /^Outside Role at Elsewhere/ }),
  ).toBeVisible();
  await expect(saved.getByRole('article', { name: /^Outside Role at Elsewhere/ })).toHaveCount(0);

  await nav(page, 'Postings');
  const table = page.getByRole('table');
  await expect(table.getByRole('button', { name: 'Outside Role' })).toBeVisible();
  await host.api('applications.update', { id, patch: { title: 'Renamed Role' } });
  await expect(table.getByRole('button', { name: 'Renamed Role' })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Outside Role' })).toHaveCount(0);

  await nav(page, 'Calendar');
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Month' }).click();
  const today = page.getByRole('group', { name: format(new Date(), 'EEEE d MMMM yyyy'), exact: true });
  await expect(today).toBeVisible();
  await host.api('events.create', { applicationId: id, kind: 'follow-up', allDay: true, day: format(new Date(), 'yyyy-MM-dd') });
  await expect(today.getByRole('button', { name: /Follow-up — Renamed Role at Elsewhere/ })).toBeVisible();
});

test('system.status, which the recovery notice and the dates banner both need, is asked for once at start', async ({
  page,
  host,
}) => {
  // A data file damaged while Pursuit was closed, so the recovery notice (the later of the two to mount) shows.
  await host.restart(() => {
    const file = path.join(host.dataDir, 'pursuit.db');
    fs.writeFileSync(file, 'Not a database.\n'.repeat(100));
    for (const side of ['-wal', '-shm']) fs.rmSync(file + side, { force: true });
  });
  const asked: string[] = [];
  page.on('request', (req) => {
    const method = /\/api\/([\w.]+)$/.exec(new URL(req.url()).pathname)?.[1];
    if (method) asked.push(method);
  });
  await page.goto(host.url);
  await expect(page.getByRole('alert', { name: 'Your data file could not be opened' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Saved', exact: true })).toBeVisible();
  expect(asked.filter((m) => m === 'system.status')).toHaveLength(1);
});
