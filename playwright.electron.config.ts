import { defineConfig } from '@playwright/test';

/** The desktop shell's own tests; they need Electron's binary and report themselves skipped without it. */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron-artifacts',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.PURSUIT_PW_JSON ? [['list'], ['json', { outputFile: process.env.PURSUIT_PW_JSON }]] : [['list']],
});
