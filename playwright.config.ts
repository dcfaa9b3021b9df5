import { defineConfig } from '@playwright/test';

/** Debian's Chromium; never a downloaded browser (downloads fail on our machines). */
export const CHROMIUM_PATH = process.env.PURSUIT_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/build-cli.setup.ts',
  // Its own folder: Playwright empties it at start, and test-results/ also holds the other suites' reports.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PURSUIT_PW_JSON ? [['list'], ['json', { outputFile: process.env.PURSUIT_PW_JSON }]] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
});
