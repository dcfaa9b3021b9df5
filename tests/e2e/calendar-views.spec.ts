import { addDays, addMonths, addWeeks, format, setDate, startOfMonth, startOfWeek } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, test, type HostHandle } from './fixtures';
import { seriousViolations } from './a11y';
import { addInterview } from './pages';

/** Calendar views (issue 12): month cells with "+N more", the week and day hour grid, moves, the application picker. */

const longDay = (d: Date) => format(d, 'EEEE d MMMM yyyy');
const key = (d: Date) => format(d, 'yyyy-MM-dd');
/** A Wednesday two weeks ahead (weeks start on Monday here): its neighbours are in the same week. */
const WEDNESDAY = addDays(startOfWeek(addWeeks(new Date(), 2), { weekStartsOn: 1 }), 2);
const at = (day: Date, h: number, m = 0) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);

async function app(host: HostHandle, title: string, company: string, extra: Record<string, unknown> = {}) {
  return host.api('applications.create', { title, company, ...extra });
}

async function openCalendar(page: Page, view: 'Month' | 'Week' | 'Day') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: view }).click();
}

/** The week view, stepped forward to the week of `day`. */
async function weekOf(page: Page, day: Date) {
  await openCalendar(page, 'Week');
  for (let i = 0; i < 3; i++) {
    if (await page.getByRole('group', { name: `${longDay(day)}, by the hour` }).isVisible()) return;
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expect(page.getByRole('group', { name: `${longDay(day)}, by the hour` })).toBeVisible();
}

test.beforeEach(async ({ host, page }) => {
  await host.api('reminders.updateSettings', { weekStartsOn: 1 });
  await page.reload();
});

test('a crowded day keeps its size: three chips, company first, then "+2 more" opens the day with all five', async ({
  page,
  host,
}) => {
  const day = setDate(startOfMonth(addMonths(new Date(), 1)), 10);
  for (const company of ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli']) {
    const { id } = await app(host, 'Backend Engineer', company);
    await host.api('events.create', { applicationId: id, kind: 'follow-up', allDay: true, day: key(day) });
  }
  await openCalendar(page, 'Month');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const cell = page.getByRole('group', { name: longDay(day), exact: true });
  const chips = cell.getByRole('button', { name: /: Follow-up — Backend Engineer at / });
  await expect(chips).toHaveCount(3);
  const first = chips.first();
  await expect(first).toHaveText(/^(Acme|Globex|Initech|Umbrella|Hooli): Follow-up$/);
  const name = await first.getAttribute('aria-label');
  expect(name).toMatch(/^(\w+): Follow-up — Backend Engineer at \1, all day$/);
  await expect(first).toHaveAttribute('title', name!);

  await cell.getByRole('button', { name: /^\+2 more/ }).click();
  await expect(page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Day' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('heading', { name: longDay(day) })).toBeFocused();
  const strip = page.getByRole('group', { name: `All day, ${longDay(day)}` });
  for (const company of ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'])
    await expect(strip.getByRole('button', { name: new RegExp(`^${company}: Follow-up`) })).toBeVisible();
  await expect(strip.getByRole('button', { name: /more/ })).toHaveCount(0);
});

test('the week shows timed events at their hour and deadlines only before Applied; a drag moves one to another day and hour', async ({
  page,
  host,
}) => {
  const stages = await host.api('stages.list', {});
  const applied = stages.find((s) => s.name === 'Applied')!.id;
  await app(host, 'Still deciding', 'Hooli', { deadline: key(WEDNESDAY) });
  await app(host, 'Sent already', 'Initech', { deadline: key(WEDNESDAY), stageId: applied });
  const { id } = await app(host, 'Platform Engineer', 'Globex');
  const event = await addInterview(host, id, at(WEDNESDAY, 10));

  await weekOf(page, WEDNESDAY);
  const wednesday = page.getByRole('group', { name: `${longDay(WEDNESDAY)}, by the hour` });
  const thursday = page.getByRole('group', { name: `${longDay(addDays(WEDNESDAY, 1))}, by the hour` });
  const chipName = /^Globex: Interview — Platform Engineer at Globex/;
  const chip = wednesday.getByRole('button', { name: chipName });
  await expect(chip).toContainText('10:00');
  await expect(chip).toHaveAttribute('aria-label', /10:00–11:00$/);
  const box = (await chip.boundingBox())!;
  expect(Math.round(box.height)).toBe(48); // an hour tall

  const strip = page.getByRole('group', { name: `All day, ${longDay(WEDNESDAY)}` });
  await expect(strip.getByRole('button', { name: /^Hooli: Deadline — Still deciding at Hooli, all day$/ })).toHaveText(
    'Hooli: Deadline',
  );
  await expect(page.getByRole('button', { name: /Sent already/ })).toHaveCount(0);

  // Drag: one day column right and two hours down (96 px), in small steps as a hand would.
  const target = (await thursday.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 8, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, y + 96, { steps: 15 });
  await page.mouse.up();
  const moved = thursday.getByRole('button', { name: chipName });
  await expect(moved).toContainText('12:00');
  await expect(wednesday.getByRole('button', { name: chipName })).toHaveCount(0);

  await expect
    .poll(async () => (await host.api('events.get', { id: event.id })).startsAt)
    .toBe(at(addDays(WEDNESDAY, 1), 12).toISOString());
  await page.reload();
  await weekOf(page, WEDNESDAY);
  await expect(thursday.getByRole('button', { name: chipName })).toContainText('12:00');
});

test('a focused event moves by keyboard: Alt+Down a quarter hour, Alt+Right a day (focus follows), Space and arrows by quarter hours', async ({
  page,
  host,
}) => {
  const { id } = await app(host, 'Data Analyst', 'Initech');
  const event = await addInterview(host, id, at(WEDNESDAY, 9, 0), 45);
  await weekOf(page, WEDNESDAY);
  await expect(page.getByText(/focus it and press Alt\+↑\/↓/)).toBeVisible();
  const chipName = /^Initech: Interview — Data Analyst at Initech/;
  const chip = page.getByRole('group', { name: `${longDay(WEDNESDAY)}, by the hour` }).getByRole('button', { name: chipName });
  await chip.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(chip).toContainText('09:15');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(chip).toContainText('09:30');
  await page.keyboard.press('Alt+ArrowRight');
  const thursdayChip = page
    .getByRole('group', { name: `${longDay(addDays(WEDNESDAY, 1))}, by the hour` })
    .getByRole('button', { name: chipName });
  await expect(thursdayChip).toContainText('09:30');
  await expect(thursdayChip).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(thursdayChip).toContainText('09:15');
  // Or pick it up with Space: each Down is a quarter hour, Space drops it.
  await page.keyboard.press('Space');
  await expect(thursdayChip).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0))); // the sensor listens from the next task
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(thursdayChip).toContainText('10:15');

  await expect
    .poll(async () => (await host.api('events.get', { id: event.id })).startsAt)
    .toBe(at(addDays(WEDNESDAY, 1), 10, 15).toISOString());
  await page.reload();
  await weekOf(page, WEDNESDAY);
  await expect(
    page.getByRole('group', { name: `${longDay(addDays(WEDNESDAY, 1))}, by the hour` }).getByRole('button', { name: chipName }),
  ).toContainText('10:15');
});

test('the new-event dialog finds an application by typing and picks it with the keyboard, without loading them all', async ({
  page,
  host,
}) => {
  for (let i = 1; i <= 30; i++) await app(host, `Engineer ${i}`, `Company ${i}`);
  const zeta = await app(host, 'Staff Engineer', 'Zeta Robotics');
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));

  await openCalendar(page, 'Month');
  await page.getByRole('button', { name: 'Add event', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  const combo = dialog.getByRole('combobox', { name: 'Application' });
  await combo.focus();
  const list = dialog.getByRole('listbox', { name: 'Applications' });
  await expect(combo).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('option')).toHaveCount(20);
  await expect(dialog.getByText('20 of 31 shown')).toBeVisible();

  await combo.pressSequentially('zeta rob');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { name: 'Staff Engineer at Zeta Robotics' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Escape closes the list, not the dialog; Down opens it again, and Down again highlights the match.
  await page.keyboard.press('Escape');
  await expect(combo).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(combo).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: 'Staff Engineer at Zeta Robotics' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(combo).toHaveValue('Staff Engineer at Zeta Robotics');
  await expect(combo).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog).toBeVisible(); // Enter picked; it did not submit

  await dialog.getByLabel('Date').fill(key(WEDNESDAY));
  await dialog.getByLabel('Time').fill('14:30');
  await dialog.getByRole('button', { name: 'Save event' }).click();
  await expect(dialog).toBeHidden();
  const items = await host.api('calendar.range', { from: key(WEDNESDAY), to: key(WEDNESDAY) });
  expect(items.map((e) => [e.applicationId, e.startsAt])).toEqual([[zeta.id, at(WEDNESDAY, 14, 30).toISOString()]]);
  expect(asked.filter((p) => p.endsWith('/applications.list'))).toEqual([]);
});

test('axe finds no serious or critical problem on the month and week views', async ({ page, host }) => {
  // Today: always in this month's grid and this week.
  const today = new Date();
  const { id } = await app(host, 'Backend Engineer', 'Umbrella', { deadline: key(today) });
  await addInterview(host, id, at(today, 11));
  for (const company of ['Acme', 'Globex', 'Initech', 'Hooli']) {
    const a = await app(host, 'Designer', company);
    await host.api('events.create', { applicationId: a.id, kind: 'follow-up', allDay: true, day: key(today) });
  }
  await openCalendar(page, 'Month');
  await expect(page.getByRole('button', { name: /^\+\d more/ }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Week' }).click();
  await expect(page.getByRole('button', { name: /^Umbrella: Interview/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
