// The calendar's render at a busy search's size (issue 12): 1,000 seeded applications and 300 events in
// this month. In Chromium through `pursuit serve`, the month and week views are switched back and forth; each
// switch asks `calendar.range`, and the time counted is from its answer arriving (the mark `calendar:data`) to
// the first paint after React has put it on screen (the measure `calendar:<view>`, see
// renderer/src/calendar/render-marks.ts): the render after the data is there, not the request.
// Reference, same page, same run: the same DOM (the grid's HTML as React left it) set with innerHTML and
// painted, timed the same way; what painting that much costs with no React at all.
// Target: each view under 100 ms. Medians; passes or fails nothing. Needs `npm run build` and Debian's Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, addMinutes, endOfMonth, format, getDaysInMonth, startOfMonth, subYears } from 'date-fns';
import { chromium, type Page } from '@playwright/test';
import { createCore } from '../electron/core/core';
import { seedDemoData } from '../electron/core/seed';
import { startHost, stopHost } from './host';
import { machineLine, median, ms } from './machine';

const APPLICATIONS = 1_000;
const EVENTS = 300;
const RUNS = 15;
const VIEWS = ['Month', 'Week'] as const;
type View = (typeof VIEWS)[number];
/** The element each view renders its grid into (what the reference copies). */
const GRID: Record<View, string> = { Month: '.cal-month', Week: '.cal-time' };

console.log(`# calendar render: ${APPLICATIONS} applications, ${EVENTS} events this month\n${machineLine()}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-calendar-render-bench-'));
const inMonth = await seed();
const host = await startHost(dir);
const browser = await chromium.launch({
  executablePath: process.env.PURSUIT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await page.locator('.cal-month .cal-chip').first().waitFor();

  const times: Record<View, number[]> = { Month: [], Week: [] };
  const commits: Record<View, number[]> = { Month: [], Week: [] };
  const chips: Record<View, number> = { Month: 0, Week: 0 };
  const html: Partial<Record<View, string>> = {};
  // Week first: the page opened on the month. The first round warms the page and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    for (const view of ['Week', 'Month'] as const) {
      const [t, commit] = await renderTime(page, view);
      if (run > 0) {
        times[view].push(t);
        commits[view].push(commit);
      }
      chips[view] = await page.locator(`${GRID[view]} .cal-chip`).count();
      html[view] ??= await page.locator(GRID[view]).evaluate((el) => el.outerHTML);
    }
  }
  const reference: Record<View, number[]> = { Month: [], Week: [] };
  for (let run = 0; run <= RUNS; run++)
    for (const view of VIEWS) {
      const t = await staticPaint(page, html[view]!);
      if (run > 0) reference[view].push(t);
    }

  console.log(`calendar.range answers ${inMonth} events for this month`);
  for (const view of VIEWS) {
    const t = median(times[view]);
    const ref = median(reference[view]);
    console.log(
      `row: ${view.toLowerCase()} view render after data arrives: ${ms(t)} vs ${ms(ref)} for the same DOM as static HTML ` +
        `(${chips[view]} chips on screen) [target < 100 ms]`,
    );
    console.log(`  of which React, from the answer to its commit: ${ms(median(commits[view]))}; the rest is layout and paint`);
  }
} finally {
  await browser.close();
  await stopHost(host.child);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Switches to `view` and waits for the page's measure of its render after the data arrived. */
async function renderTime(page: Page, view: View): Promise<[number, number]> {
  await page.evaluate(() => performance.clearMeasures());
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: view }).click();
  const handle = await page.waitForFunction((name) => {
    const paint = performance.getEntriesByName(name, 'measure')[0];
    const commit = performance.getEntriesByName(`${name}:commit`, 'measure')[0];
    return paint && commit && [paint.duration, commit.duration];
  }, `calendar:${view}`);
  return (await handle.jsonValue()) as [number, number];
}

/** The same DOM set with innerHTML in place of the calendar's grid, timed from there to the paint after it. */
function staticPaint(page: Page, markup: string): Promise<number> {
  return page.evaluate(
    (html) =>
      new Promise<number>((resolve) => {
        const grid = document.querySelector('.cal-month, .cal-time, .bench-static')!;
        const copy = document.createElement('div');
        copy.className = 'bench-static';
        const start = performance.now();
        copy.innerHTML = html;
        grid.replaceWith(copy);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }),
    markup,
  );
}

/**
 * Seeds the applications as of a year ago (so their own deadlines and interviews fall outside this month),
 * then adds `EVENTS` events this month through the API: interviews at quarter hours in working time (30 to
 * 90 minutes) and all-day follow-ups. Returns how many `calendar.range` answers for the month.
 */
async function seed(): Promise<number> {
  const core = createCore({ dataDir: dir });
  try {
    seedDemoData(core.db, { count: APPLICATIONS, seed: 12, now: subYears(new Date(), 1) });
    const call = async (method: string, input: unknown) => {
      const env = await core.call(method, input);
      if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
      return env.value;
    };
    let r = 7;
    const rand = (k: number) => {
      r = (r * 1103515245 + 12345) % 2 ** 31;
      return r % k;
    };
    const first = startOfMonth(new Date());
    for (let i = 0; i < EVENTS; i++) {
      const day = addDays(first, rand(getDaysInMonth(first)));
      const applicationId = 1 + rand(APPLICATIONS);
      if (rand(10) < 7)
        await call('events.create', {
          applicationId,
          kind: 'interview',
          allDay: false,
          startsAt: addMinutes(day, (8 + rand(10)) * 60 + 15 * rand(4)).toISOString(),
          durationMinutes: 30 + 15 * rand(5),
        });
      else await call('events.create', { applicationId, kind: 'follow-up', allDay: true, day: format(day, 'yyyy-MM-dd') });
    }
    const month = (await call('calendar.range', {
      from: format(first, 'yyyy-MM-dd'),
      to: format(endOfMonth(first), 'yyyy-MM-dd'),
    })) as unknown[];
    return month.length;
  } finally {
    core.close();
  }
}
