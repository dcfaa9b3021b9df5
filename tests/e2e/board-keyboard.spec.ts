import { addDays, format, set } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { seriousViolations } from './a11y';

/** Page object: the board found by role and name, as a person would. */
const board = (page: Page) => ({
  column: (stage: string) => page.getByRole('region', { name: stage, exact: true }),
  card: (stage: string, name: string) =>
    page.getByRole('region', { name: stage, exact: true }).getByRole('article', { name, exact: true }),
  cards: (stage: string) => page.getByRole('region', { name: stage, exact: true }).getByRole('article'),
  bulk: page.getByRole('region', { name: 'Selected applications' }),
});

interface NewApplication {
  title: string;
  company: string;
  deadline?: string;
  url?: string;
}

/**
 * The set-up every test here shares: `apps` saved in this order (they end up listed the other way round: a new
 * card goes on top), then whatever `then` does through the API with their ids, then the page reloaded to show
 * it all. Returns the board's page object and the ids.
 */
async function seedBoard(page: Page, host: HostHandle, apps: NewApplication[], then?: (ids: number[]) => Promise<unknown>) {
  const ids: number[] = [];
  for (const a of apps) ids.push((await host.api('applications.create', a)).id);
  await then?.(ids);
  await page.reload();
  return { b: board(page), ids };
}

/** dnd-kit's keyboard sensor listens from a zero-delay timer after a pickup: wait for that state, not a time. */
const keyboardSensorReady = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

test('keyboard: Tab reaches each column once, arrows walk the cards, Space picks up, two columns right, Space drops; it stays after a reload', async ({
  page,
  host,
}) => {
  const { b } = await seedBoard(
    page,
    host,
    [
      { title: 'Gamma', company: 'Initech' },
      { title: 'Beta', company: 'Globex' },
      { title: 'Alpha', company: 'Acme' },
      { title: 'Delta', company: 'Hooli' },
    ],
    async ([, , , delta]) => {
      const stages = await host.api('stages.list', {});
      await host.api('applications.move', { id: delta!, stageId: stages.find((s) => s.name === 'Applied')!.id, index: 0 });
    },
  );
  await expect(b.cards('Saved')).toHaveCount(3);

  // The control just before the board, then Tab: the first column's card, then the next column's (not the next card).
  await page.getByRole('combobox', { name: 'Sort cards by' }).focus();
  await page.keyboard.press('Tab');
  await expect(b.card('Saved', 'Alpha at Acme')).toBeFocused();
  await expect(page.getByText('Enter to open · Space to move · X to select')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(b.card('Applied', 'Delta at Hooli')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(b.card('Saved', 'Alpha at Acme')).toBeFocused();

  // Arrows between cards and columns; the column remembers its card for the next Tab.
  await page.keyboard.press('ArrowDown');
  await expect(b.card('Saved', 'Beta at Globex')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(b.card('Applied', 'Delta at Hooli')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(b.card('Saved', 'Beta at Globex')).toBeFocused();

  // Enter opens the detail; closing it comes back to the board.
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: 'Beta at Globex' });
  await expect(detail).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toBeHidden();

  // Space picks the focused card up, two columns right, Space drops.
  await b.card('Saved', 'Beta at Globex').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/Picked up Beta at Globex, in Saved, position 2 of 3/)).toBeAttached();
  await expect(page.getByText('Arrows to move · Space to drop · Esc to cancel')).toBeVisible();
  await keyboardSensorReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Beta at Globex is now in Applied/)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Beta at Globex is now in Interviewing/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Moved “Beta” to Interviewing.')).toBeVisible();
  await expect(b.card('Interviewing', 'Beta at Globex')).toBeFocused();

  // Escape cancels a pickup: the card stays.
  await b.card('Saved', 'Alpha at Acme').focus();
  await page.keyboard.press('Space');
  await keyboardSensorReady(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByText(/Moving Alpha at Acme was cancelled/)).toBeAttached();

  await page.reload();
  await expect(b.card('Interviewing', 'Beta at Globex')).toBeVisible();
  await expect(b.card('Saved', 'Alpha at Acme')).toBeVisible();
  await expect(b.cards('Saved')).toHaveCount(2);
});

test('the visible Move button picks a card up for the arrow keys', async ({ page, host }) => {
  const { b } = await seedBoard(page, host, [{ title: 'Writer', company: 'Aperture' }]);
  await b.card('Saved', 'Writer at Aperture').hover();
  await page.getByRole('button', { name: 'Move Writer at Aperture' }).click();
  await expect(page.getByText(/Picked up Writer at Aperture, in Saved/)).toBeAttached();
  await expect(b.card('Saved', 'Writer at Aperture')).toBeFocused();
  await keyboardSensorReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Writer at Aperture is now in Applied/)).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Moved “Writer” to Applied.')).toBeVisible();
  await expect(b.card('Applied', 'Writer at Aperture')).toBeVisible();
});

test('going down a long column with the arrow keys scrolls it and loads its next page', async ({ page, host }) => {
  const rows = Array.from({ length: 120 }, (_, i) => `Role ${String(i + 1).padStart(3, '0')},Company ${i + 1},Saved`);
  const { b } = await seedBoard(page, host, [], () =>
    host.api('data.importCommit', { csv: ['Title,Company,Stage', ...rows].join('\n'), mode: 'nothing-if-bad' }),
  );
  await expect(b.column('Saved').getByText('120 applications')).toBeVisible();
  const first = b.cards('Saved').first();
  await first.focus();
  const firstName = (await first.getAttribute('aria-label'))!;
  // End: the last card of the first page (50); Down: the first card of the next page, fetched on the way.
  await page.keyboard.press('End');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await expect.poll(focusedName).not.toBe(firstName);
  const fiftieth = await focusedName();
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedName).not.toBe(fiftieth);
  const fiftyFirst = await focusedName();
  const page2 = await host.api('board.column', {
    stageId: (await host.api('stages.list', {})).find((s) => s.name === 'Saved')!.id,
    offset: 49,
    limit: 2,
  });
  expect([fiftieth, fiftyFirst]).toEqual(page2.items.map((c) => `${c.title} at ${c.company}`));
  await expect(b.card('Saved', fiftyFirst)).toBeInViewport();
});

test('a column sorted by deadline keeps that order after a reload; moving within it is refused with the way out', async ({
  page,
  host,
}) => {
  const { b } = await seedBoard(page, host, [
    { title: 'Late', company: 'A', deadline: '2099-06-01' },
    { title: 'None', company: 'B' },
    { title: 'Soon', company: 'C', deadline: '2099-01-15' },
  ]);
  const names = () => b.cards('Saved').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await expect.poll(names).toEqual(['Soon at C', 'None at B', 'Late at A']);
  await page.getByRole('combobox', { name: 'Sort cards by' }).selectOption({ label: 'Deadline' });
  await expect.poll(names).toEqual(['Soon at C', 'Late at A', 'None at B']);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sort cards by' })).toHaveValue('deadline');
  await expect.poll(names).toEqual(['Soon at C', 'Late at A', 'None at B']);

  await b.card('Saved', 'Soon at C').focus();
  await page.keyboard.press('Space');
  await keyboardSensorReady(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/Soon at C is now in Saved, position 2/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Cards are sorted by deadline; choose “Manual order” to reorder them by hand.')).toBeVisible();
  await expect.poll(names).toEqual(['Soon at C', 'Late at A', 'None at B']);
});

test('bulk: Ctrl+click, Shift+click and X select; Move to a stage and Delete are each undone by one Undo', async ({
  page,
  host,
}) => {
  const { b } = await seedBoard(page, host, [
    { title: 'Four', company: 'D' },
    { title: 'Three', company: 'C' },
    { title: 'Two', company: 'B' },
    { title: 'One', company: 'A' },
  ]);
  await expect(b.cards('Saved')).toHaveCount(4);

  await b
    .card('Saved', 'One at A')
    .getByText('A', { exact: true })
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(b.bulk.getByText('1 selected')).toBeVisible();
  await b
    .card('Saved', 'Three at C')
    .getByText('C', { exact: true })
    .click({ modifiers: ['Shift'] });
  await expect(b.bulk.getByText('3 selected')).toBeVisible();
  await expect(b.card('Saved', 'Two at B').getByText('Selected')).toBeVisible();
  // X on the focused card takes it out again.
  await b.card('Saved', 'Two at B').focus();
  await page.keyboard.press('x');
  await expect(b.bulk.getByText('2 selected')).toBeVisible();

  await b.bulk.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Applied' });
  await b.bulk.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText('Moved 2 applications to Applied.')).toBeVisible();
  await expect(b.cards('Applied')).toHaveCount(2);
  await expect(b.bulk).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(b.cards('Saved')).toHaveCount(4);
  await page.reload();
  await expect
    .poll(() => b.cards('Saved').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
    .toEqual(['One at A', 'Two at B', 'Three at C', 'Four at D']);
  await expect(b.cards('Applied')).toHaveCount(0);

  // Delete two, then one Undo brings both back, still there after a reload.
  await b.card('Saved', 'Two at B').focus();
  await page.keyboard.press('x');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('x');
  await expect(b.bulk.getByText('2 selected')).toBeVisible();
  await b.bulk.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted 2 applications.')).toBeVisible();
  await expect(b.cards('Saved')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(b.cards('Saved')).toHaveCount(4);
  await page.reload();
  await expect(b.card('Saved', 'Two at B')).toBeVisible();
  await expect(b.card('Saved', 'Three at C')).toBeVisible();

  // Add a tag and archive, each undone too.
  await b
    .card('Saved', 'Four at D')
    .getByText('D', { exact: true })
    .click({ modifiers: ['ControlOrMeta'] });
  await b.bulk.getByRole('textbox', { name: 'Tag' }).fill('referral');
  await b.bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(b.card('Saved', 'Four at D').getByRole('list', { name: 'Tags' })).toHaveText('referral');
  await b
    .card('Saved', 'One at A')
    .getByText('A', { exact: true })
    .click({ modifiers: ['ControlOrMeta'] });
  await b.bulk.getByRole('button', { name: 'Archive' }).click();
  await expect(b.cards('Saved')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(b.cards('Saved')).toHaveCount(4);
});

test('"Show archived" adds the archived cards, marked, beside the others', async ({ page, host }) => {
  const { b } = await seedBoard(
    page,
    host,
    [
      { title: 'Old role', company: 'Gone Ltd' },
      { title: 'Current', company: 'Here Inc' },
    ],
    ([old]) => host.api('applications.archive', { id: old!, archived: true }),
  );
  await expect(b.card('Saved', 'Current at Here Inc')).toBeVisible();
  await expect(b.card('Saved', 'Old role at Gone Ltd')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await expect(b.card('Saved', 'Old role at Gone Ltd')).toBeVisible();
  await expect(b.card('Saved', 'Old role at Gone Ltd').getByText('Archived', { exact: true })).toBeVisible();
  await expect(b.card('Saved', 'Current at Here Inc')).toBeVisible();
  await expect(b.card('Saved', 'Current at Here Inc').getByText('Archived', { exact: true })).toHaveCount(0);
});

test('a card shows its next interview; the posting link in the detail opens outside the app', async ({ page, host }) => {
  const when = set(addDays(new Date(), 3), { hours: 14, minutes: 30, seconds: 0, milliseconds: 0 });
  const { b } = await seedBoard(
    page,
    host,
    [{ title: 'Engineer', company: 'Initech', url: 'https://jobs.example.com/initech/42' }],
    ([id]) =>
      host.api('events.create', {
        applicationId: id!,
        kind: 'interview',
        allDay: false,
        startsAt: when.toISOString(),
        durationMinutes: 60,
      }),
  );
  await expect(b.card('Saved', 'Engineer at Initech').getByText(`Interview ${format(when, 'EEE')} 14:30`)).toBeVisible();

  await b.card('Saved', 'Engineer at Initech').focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: 'Engineer at Initech' });
  const link = detail.getByRole('link', { name: 'https://jobs.example.com/initech/42' });
  await expect(link).toHaveAttribute('href', 'https://jobs.example.com/initech/42');
  // A new window, which the desktop shell hands to the system browser (and the app itself never navigates).
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
});

test('no serious or critical accessibility violation on the board (focused, selected, archived shown) and the open detail', async ({
  page,
  host,
}) => {
  const { b } = await seedBoard(page, host, [], () => host.api('demo.seed', { count: 30, seed: 3 }));
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  const first = b.cards('Saved').first();
  await expect(first).toBeVisible();
  await first.focus();
  await page.keyboard.press('x');
  await expect(b.bulk.getByText('1 selected')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Activity' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
