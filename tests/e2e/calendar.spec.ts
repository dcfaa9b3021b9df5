import fs from 'node:fs';
import { addMonths, format, setDate, startOfMonth } from 'date-fns';
import { expect, test } from './fixtures';

/**
 * The calendar against a host started with `--test-clock`, so the test can move the host's time past a
 * reminder. (A normal `serve` has no test clock; tests/unit/calendar/nudges-and-api.test.ts covers that it is refused.)
 */
test.use({ serveArgs: ['--test-clock'] });

const longDay = (d: Date) => format(d, 'EEEE d MMMM yyyy');

test('add an interview from the calendar, drag it to another day, get its reminder once, dismissed for good', async ({
  page,
  host,
}) => {
  await host.api('applications.create', { title: 'Backend Engineer', company: 'Umbrella' });
  // Next month's 15th is always ahead and always within the agenda's 60 days.
  const first = setDate(startOfMonth(addMonths(new Date(), 1)), 15);
  const second = setDate(first, 16);
  // A chip shows the company first; its accessible name starts with what it shows.
  const chipName = /^Umbrella: Interview \(Technical round\) — Backend Engineer at Umbrella/;
  // The agenda and the reminders name it event first.
  const itemName = /^Interview \(Technical round\): Backend Engineer at Umbrella/;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'Add event', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByRole('combobox', { name: 'Application' }).fill('Umbr');
  await dialog.getByRole('option', { name: 'Backend Engineer at Umbrella' }).click();
  await expect(dialog.getByLabel('Kind')).toHaveValue('interview');
  await dialog.getByLabel('Date').fill(format(first, 'yyyy-MM-dd'));
  await dialog.getByLabel('Time').fill('10:00');
  await dialog.getByLabel('Duration (minutes)').fill('45');
  await dialog.getByLabel('Round').fill('Technical round');
  await dialog.getByLabel('Video link').fill('https://meet.example.com/umbrella');
  await dialog.getByRole('button', { name: 'Save event' }).click();
  await expect(dialog).toBeHidden();

  // Month view: next month, on the 15th.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: format(first, 'MMMM yyyy') })).toBeVisible();
  const day15 = page.getByRole('group', { name: longDay(first) });
  const day16 = page.getByRole('group', { name: longDay(second) });
  const chip = day15.getByRole('button', { name: chipName });
  await expect(chip).toBeVisible();
  await expect(chip).toContainText('10:00');

  // Drag it to the 16th.
  const from = (await chip.boundingBox())!;
  const to = (await day16.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(day16.getByRole('button', { name: chipName })).toBeVisible();
  await expect(day15.getByRole('button', { name: chipName })).toHaveCount(0);
  await expect(page.getByText(`Moved to ${format(second, 'EEEE d MMMM')}.`)).toBeVisible();

  // Agenda view: grouped by day, still at 10:00, on the new day.
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Agenda' }).click();
  const agendaDay = page.getByRole('region', { name: longDay(second) });
  await expect(agendaDay.getByRole('button', { name: itemName })).toBeVisible();
  await expect(agendaDay).toContainText('10:00');
  await expect(page.getByRole('region', { name: longDay(first) })).toHaveCount(0);

  // Move the host's clock just past the "1 day before" reminder: 10:00 local on the 15th.
  // Reminders wait behind a header badge, which shows only when there is one.
  const badge = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Reminders/ });
  await expect(badge).toHaveCount(0);
  const reminderTime = new Date(first.getFullYear(), first.getMonth(), 15, 10, 0, 30);
  await host.setClock(reminderTime);
  await badge.click();
  const panel = page.getByRole('complementary', { name: 'Reminders' });
  const reminder = panel.getByRole('listitem', { name: itemName });
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText('1 day before');
  await expect(reminder).not.toContainText('Missed');
  await reminder.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel).toHaveCount(0);

  // Restart the host (its clock starts from the real time again), then bring the clock back: it stays dismissed.
  await host.restart();
  await page.goto(host.url);
  await host.setClock(new Date(reminderTime.getTime() + 60_000));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('region', { name: longDay(second) }).getByRole('button', { name: itemName })).toBeVisible();
  const active = await host.api('reminders.active', {});
  expect(active).toEqual([]);
  await expect(badge).toHaveCount(0);
});

test('a deadline that passed while the application is open is marked in the agenda; .ics export downloads', async ({
  page,
  host,
}) => {
  const yesterday = new Date(Date.now() - 36 * 3600_000);
  await host.api('applications.create', { title: 'Data Analyst', company: 'Globex', deadline: format(yesterday, 'yyyy-MM-dd') });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Agenda' }).click();
  const passed = page.getByRole('region', { name: 'Passed deadlines' });
  await expect(passed.getByRole('button', { name: /^Application deadline: Data Analyst at Globex$/ })).toBeVisible();
  await expect(passed).toContainText('Passed');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pursuit-calendar-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
});
