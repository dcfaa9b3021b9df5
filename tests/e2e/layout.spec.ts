import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Every view at the two smallest window sizes Pursuit supports: no visible control overlaps another, and none
 * is cut off by the window or by a box that does not scroll. A control scrolled out of a scrolling box is fine
 * (the user scrolls to it); only what is on screen is compared. With a dialog open, only the dialog counts.
 */
const SIZES = [
  { width: 800, height: 600 },
  { width: 1024, height: 700 },
];

interface Problem {
  kind: 'overlap' | 'clipped' | 'page scrolls sideways';
  what: string;
}

async function layoutProblems(scope: Locator): Promise<Problem[]> {
  return scope.evaluate((root) => {
    const name = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        (el.closest('label')?.textContent ?? el.textContent).trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()} "${label}"`;
    };
    const problems: { kind: 'overlap' | 'clipped' | 'page scrolls sideways'; what: string }[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      problems.push({ kind: 'page scrolls sideways', what: `${doc.scrollWidth} > ${doc.clientWidth}` });

    interface Box {
      left: number;
      top: number;
      right: number;
      bottom: number;
    }
    const controls = [...root.querySelectorAll('button, input, select, textarea, a[href], summary')].filter((el) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && r.width > 0 && r.height > 0 && !el.closest('[hidden]');
    });
    const visible: { el: Element; box: Box }[] = [];
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      let box: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      let clipped = '';
      const clipBy = (c: Box, scrollsX: boolean, scrollsY: boolean, by: string) => {
        const outX = box.left < c.left - 1 || box.right > c.right + 1;
        const outY = box.top < c.top - 1 || box.bottom > c.bottom + 1;
        // Partly outside a box that cannot scroll that way: cut off for good.
        const inX = box.right > c.left && box.left < c.right;
        const inY = box.bottom > c.top && box.top < c.bottom;
        if (inX && inY && ((outX && !scrollsX) || (outY && !scrollsY))) clipped ||= by;
        box = {
          left: Math.max(box.left, c.left),
          top: Math.max(box.top, c.top),
          right: Math.min(box.right, c.right),
          bottom: Math.min(box.bottom, c.bottom),
        };
      };
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        const scrolls = (v: string) => v === 'auto' || v === 'scroll';
        clipBy(c, scrolls(s.overflowX), scrolls(s.overflowY), `${a.tagName.toLowerCase()}.${a.className}`);
      }
      clipBy({ left: 0, top: 0, right: innerWidth, bottom: innerHeight }, false, true, 'the window');
      if (clipped) problems.push({ kind: 'clipped', what: `${name(el)} by ${clipped}` });
      if (box.right - box.left > 1 && box.bottom - box.top > 1) visible.push({ el, box });
    }
    for (let i = 0; i < visible.length; i++)
      for (let j = i + 1; j < visible.length; j++) {
        const a = visible[i]!;
        const b = visible[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 2 && h > 2) problems.push({ kind: 'overlap', what: `${name(a.el)} and ${name(b.el)}` });
      }
    return problems;
  });
}

const mainNav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

for (const size of SIZES) {
  test(`every view works at ${size.width}x${size.height}: no overlapping or cut-off controls`, async ({ page, host }) => {
    await page.setViewportSize(size);
    await host.api('demo.seed', { count: 24, seed: 7 });
    await page.reload();
    const shot = (what: string) => page.screenshot({ path: `/tmp/pursuit-layout-${size.width}-${what}.png` });
    const check = async (what: string, scope: Locator = page.locator('body')) => {
      await shot(what);
      expect(await layoutProblems(scope), what).toEqual([]);
    };

    await expect(page.getByRole('region', { name: 'Saved', exact: true }).getByRole('article').first()).toBeVisible();
    await check('board');

    const first = page.getByRole('region', { name: 'Applied', exact: true }).getByRole('article').first();
    await first.getByRole('button').first().click();
    const detail = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: / at / }) });
    await expect(detail.getByLabel('Date applied')).toBeVisible();
    await check('detail', detail);
    // The detail scrolls: its lower part (notes, events, contacts, documents) is checked too.
    await detail.evaluate((d) => (d.scrollTop = d.scrollHeight));
    await check('detail-bottom', detail);
    await detail.getByRole('button', { name: 'Add event' }).click();
    const eventDialog = page.getByRole('dialog', { name: 'New event' });
    await check('event-dialog', eventDialog);
    await eventDialog.getByRole('button', { name: 'Cancel' }).click();
    await detail.getByLabel('Location').fill('Somewhere new');
    await detail.getByRole('button', { name: 'Close' }).first().click();
    const ask = page.getByRole('alertdialog', { name: 'Discard changes?' });
    await check('discard-dialog', ask);
    await ask.getByRole('button', { name: 'Discard' }).click();
    await expect(detail).toBeHidden();

    await page.getByRole('button', { name: 'New application' }).click();
    await check('new-application', page.getByRole('dialog', { name: 'New application' }));
    await page.keyboard.press('Escape');

    await mainNav(page, 'Calendar');
    await check('calendar-month');
    await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Week' }).click();
    await check('calendar-week');
    await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: 'Agenda' }).click();
    await check('calendar-agenda');

    await mainNav(page, 'Postings');
    await check('postings');
    await mainNav(page, 'Settings');
    await check('settings');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^Reminders/ })
      .click();
    await check('reminders', page.getByRole('complementary', { name: 'Reminders' }));
  });
}
