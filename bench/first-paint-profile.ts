// Every request before the board's first paint, with its start, end and size, then the Postings view's: what
// the first paint waits on (issue 14). Not a bench (`npm run bench` skips it); run it on a data folder:
//   node --import tsx bench/first-paint-profile.ts DATA_DIR [RUNS]
// The host is `pursuit serve` in its own process; the last of RUNS page loads (each in a fresh browser
// context, so nothing is cached) is listed, and the first-paint and Postings times of every run.
// Needs `npm run build` and Debian's Chromium (PURSUIT_CHROMIUM overrides).
import { chromium } from '@playwright/test';
import { startHost, stopHost } from './host';

const [dataDir, runsArg] = process.argv.slice(2);
if (!dataDir) throw new Error('Usage: node --import tsx bench/first-paint-profile.ts DATA_DIR [RUNS]');
const runs = Number(runsArg ?? 3);
const host = await startHost(dataDir);
// Past the host's start-up work (its reminder pass begins 1.5 s after it answers).
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({
  executablePath: process.env.PURSUIT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const paints: number[] = [];
const postings: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const requests: { what: string; start: number; end: number; bytes: number }[] = [];
    const t0 = performance.now();
    page.on('requestfinished', (req) => {
      const end = performance.now() - t0;
      const url = new URL(req.url());
      const body = url.pathname.startsWith('/api/') ? ` ${req.postData() ?? ''}` : '';
      void req.sizes().then((s) =>
        requests.push({
          what: `${url.pathname}${body}`,
          start: req.timing().startTime - (performance.timeOrigin + t0),
          end,
          bytes: s.responseBodySize,
        }),
      );
    });
    await page.goto(host.url);
    await page.getByRole('region', { name: 'Saved', exact: true }).getByRole('article').first().waitFor();
    paints.push(performance.now() - t0);
    const p0 = performance.now();
    await page.getByRole('button', { name: 'Postings', exact: true }).click();
    await page.locator('tbody tr td button').first().waitFor();
    postings.push(performance.now() - p0);
    if (run === runs - 1) {
      console.log(`first paint ${paints.at(-1)!.toFixed(0)} ms; Postings view ${postings.at(-1)!.toFixed(0)} ms`);
      console.log('start ms ->  end ms      size  request');
      for (const r of requests.sort((a, b) => a.start - b.start))
        console.log(
          `${r.start.toFixed(0).padStart(8)} -> ${r.end.toFixed(0).padStart(7)} ${(r.bytes / 1024).toFixed(1).padStart(7)} KB  ${r.what}`,
        );
    }
    await context.close();
  }
  console.log(`first paint per run (ms): ${paints.map((p) => p.toFixed(0)).join(', ')}`);
  console.log(`Postings view per run (ms): ${postings.map((p) => p.toFixed(0)).join(', ')}`);
} finally {
  await browser.close();
  await stopHost(host.child);
}
