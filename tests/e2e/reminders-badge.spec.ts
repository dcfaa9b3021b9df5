import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addInterview } from './pages';

/** Reminders live behind a header badge; its popover is the "Reminders" panel. */
const badge = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Reminders/ });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Reminders' });

test('an interview 40 minutes ahead reminds at once, once: "starts in 40 min"', async ({ page, host }) => {
  const app = await host.api('applications.create', { title: 'Site Reliability Engineer', company: 'Soylent' });
  await page.reload();
  await page.getByRole('button', { name: 'Site Reliability Engineer', exact: true }).click();
  const detail = page.getByRole('dialog', { name: 'Site Reliability Engineer at Soylent' });
  // 40 minutes from now, to the minute (the form takes hours and minutes).
  const start = new Date(Date.now() + 40 * 60_000);
  await detail.getByRole('button', { name: 'Add event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByLabel('Date').fill(format(start, 'yyyy-MM-dd'));
  await dialog.getByLabel('Time').fill(format(start, 'HH:mm'));
  await dialog.getByLabel('Round').fill('Final round');
  await dialog.getByRole('button', { name: 'Save event' }).click();
  await expect(dialog).toBeHidden();
  await detail.getByRole('button', { name: 'Close' }).first().click();

  await expect(badge(page)).toHaveAccessibleName(/1 reminder/);
  await badge(page).click();
  const item = panel(page).getByRole('listitem', { name: /^Interview \(Final round\): Site Reliability Engineer at Soylent/ });
  await expect(item).toContainText(/starts in (39|40) min/);
  await expect(item).not.toContainText('Missed');

  // Once: the "1 day before" one is skipped, the "1 hour before" one shown, and a restart does not repeat it.
  const [event] = (await host.api('applications.get', { id: app.id })).events;
  const states = async () => (await host.api('events.get', { id: event!.id })).reminders.map((r) => r.state);
  expect(await states()).toEqual(['skipped', 'shown']);
  await host.restart();
  await page.goto(host.url);
  await expect(badge(page)).toHaveAccessibleName(/1 reminder/);
  expect(await states()).toEqual(['skipped', 'shown']);
  expect(await host.api('reminders.active', {})).toHaveLength(1);
});

test.describe('with a movable clock', () => {
  test.use({ serveArgs: ['--test-clock'] });

  test('reminders and suggestions wait behind a header badge: the board keeps its full height', async ({ page, host }) => {
    const stages = await host.api('stages.list', {});
    const applied = stages.find((s) => s.name === 'Applied')!.id;
    await host.api('applications.create', { title: 'Analyst', company: 'Globex', stageId: applied });
    const app = await host.api('applications.create', { title: 'Designer', company: 'Initech' });
    await page.reload();
    const saved = page.getByRole('region', { name: 'Saved', exact: true });
    await expect(saved.getByRole('article')).toHaveCount(1);
    // The column's top edge: a reminders panel above the board would push it down (its cards may grow: the
    // card shows its next interview, so its height is no measure).
    const topBefore = (await saved.boundingBox())!.y;

    // Eight days later: a follow-up suggestion, and the "1 day before" reminder of tomorrow's interview.
    const later = addDays(new Date(), 8);
    await addInterview(host, app.id, addDays(later, 1));
    await host.setClock(new Date(later.getTime() + 30_000));
    await page.reload();
    await expect(badge(page)).toHaveAccessibleName('Reminders: 1 reminder, 1 suggestion');
    await expect(panel(page)).toHaveCount(0);
    const topAfter = (await saved.boundingBox())!.y;
    expect(Math.abs(topAfter - topBefore)).toBeLessThan(2);

    // The badge opens the list over the board; Esc closes it, and it stays closed after a reload.
    await badge(page).click();
    await expect(panel(page).getByRole('listitem', { name: /^Interview: Designer at Initech/ })).toBeVisible();
    await expect(panel(page).getByRole('listitem', { name: 'Follow up on Analyst at Globex?' })).toBeVisible();
    expect((await saved.boundingBox())!.y).toBeCloseTo(topBefore, 0);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(badge(page)).toBeFocused();
    await page.reload();
    await expect(badge(page)).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
  });

  test('a reminder missed while Pursuit was closed or asleep is counted on the badge, not announced over the board', async ({
    page,
    host,
  }) => {
    const missed = await host.api('applications.create', { title: 'Designer', company: 'Initech' });
    const fresh = await host.api('applications.create', { title: 'Analyst', company: 'Globex' });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Analyst', exact: true })).toBeVisible();
    const messages = page.getByRole('status').filter({ hasText: /reminder/i });

    // The clock jumps ten minutes past the "1 day before" reminder of an interview in nine days (the computer
    // slept through it): it arrives while the page is open, marked missed.
    const later = addDays(new Date(), 8);
    await addInterview(host, missed.id, addDays(later, 1));
    await host.setClock(new Date(later.getTime() + 10 * 60_000));
    await expect(badge(page)).toHaveAccessibleName(/^Reminders: 1 reminder/);

    // An interview added 40 minutes ahead reminds at once, on time: that one says so.
    await addInterview(host, fresh.id, new Date(later.getTime() + 50 * 60_000));
    await expect(badge(page)).toHaveAccessibleName(/^Reminders: 2 reminders/);
    await expect(messages).toContainText('Reminder: Interview: Analyst at Globex');
    // Read once, not retried: a message about the missed one would still be up (it lasts ten seconds).
    const said = await messages.innerText();
    expect(said).not.toContain('Designer');
    expect(said).not.toContain('2 new reminders');
    await badge(page).click();
    await expect(panel(page).getByRole('listitem', { name: /^Interview: Designer at Initech/ })).toContainText('Missed');
  });

  test('sixty fired reminders: the badge counts them all, the list shows fifty, and Show more brings the rest', async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    // Sixty interviews 40 minutes ahead: each reminds at once (its reminders' times have all passed).
    const start = Date.now() + 40 * 60_000;
    for (let i = 0; i < 60; i++) {
      const app = await host.api('applications.create', { title: `Role ${i + 1}`, company: `Company ${i + 1}` });
      await addInterview(host, app.id, new Date(start + i * 1_000), 30);
    }
    // The scheduler delivers on its next tick.
    const firedNow = async () => (await host.api('reminders.page', { offset: 0 })).total;
    await expect.poll(firedNow, { timeout: 60_000 }).toBeGreaterThanOrEqual(60);
    const fired = await firedNow();
    await page.reload();
    await expect(badge(page)).toHaveAccessibleName(new RegExp(`^Reminders: ${fired} reminders`));
    await badge(page).click();
    const items = panel(page).getByRole('list').first().getByRole('listitem');
    await expect(items).toHaveCount(50);
    await panel(page)
      .getByRole('button', { name: `Show more reminders (50 of ${fired})` })
      .click();
    await expect(items).toHaveCount(fired);
    await expect(panel(page).getByRole('button', { name: /^Show more reminders/ })).toHaveCount(0);
  });
});
