import { test, expect } from './fixtures';

// Views load on demand: the first paint fetches the shell and the Board, and another view's code only
// when the user opens it, with a loading state that assistive technology announces.

const viewChunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);

test('the board paints without the other views’ code, which loads when a view is opened', async ({ host, context }) => {
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') requested.push(req.url());
  });
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Saved' })).toBeVisible();

  const loaded = () => [...requested];
  expect(loaded().some((u) => viewChunk('BoardView').test(u))).toBe(true);
  for (const other of ['CalendarView', 'PostingsView', 'SettingsView', 'ApplicationDetailDrawer'])
    expect(loaded().filter((u) => viewChunk(other).test(u))).toEqual([]);
  // The entry chunk is React and the shell, under 250 KB (the single bundle was 514 KB).
  const entry = requested.find((u) => /\/assets\/index-[\w-]+\.js$/.test(u));
  expect(entry).toBeDefined();
  expect((await (await page.request.get(entry!)).body()).length).toBeLessThan(250_000);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  expect(loaded().some((u) => viewChunk('CalendarView').test(u))).toBe(true);
  await page.close();
});

test('the page names every chunk the first paint needs, so they load beside the entry, not after it has run', async ({
  host,
  context,
}) => {
  const html = await (await context.request.get(host.url)).text();
  const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/assets\/([\w.-]+\.js)">/g)].map(
    (m) => m[1]!,
  );
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname.replace('/assets/', ''));
  });
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Saved' })).toBeVisible();
  const beforePaint = scripts.filter((f) => !/^index-[\w-]+\.js$/.test(f));
  expect(beforePaint.length).toBeGreaterThan(0);
  expect(beforePaint.filter((f) => !preloaded.includes(f))).toEqual([]);
  // Only the first view's: another view's code still waits until it is opened.
  expect(preloaded.filter((f) => /^(CalendarView|PostingsView|SettingsView|ApplicationDetailDrawer)-/.test(f))).toEqual([]);
  // A chunk’s name changes with its content, so the browser may keep it for good: a reload need not ask again.
  const chunk = await page.request.get(`${host.origin}/assets/${beforePaint[0]}`);
  expect(chunk.headers()['cache-control']).toContain('immutable');
  await page.close();
});

test('a view still loading says so in a status message, then shows', async ({ page }) => {
  // Hold the Settings chunk until the loading state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(viewChunk('SettingsView'), async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading Settings…' })).toBeVisible();
  // Meanwhile the board stays, and stays usable: no blank page while the next one loads.
  await expect(page.getByRole('region', { name: 'Saved', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Board' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  release();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText('Loading Settings…')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Saved', exact: true })).toBeHidden();
});
