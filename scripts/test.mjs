// `npm test`: typecheck, lint, unit tests (Vitest), browser tests (Playwright on Debian Chromium through the
// loopback host) and the Electron tests (skipped, with the reason, where Electron's binary is missing).
// Ends with one line summing every suite: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { reportSummary } from './test-summary.mjs';

const out = path.resolve('test-results');
fs.mkdirSync(out, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function step(name, args, env = {}) {
  console.log(`\n=== ${name}: ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function check(name, args) {
  const r = step(name, args);
  if (r.ok) totals.passed++;
  else totals.failed++;
  lines.push(`${name}: ${r.ok ? 'ok' : 'FAILED'} (${r.seconds}s)`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function playwright(name, config, jsonFile) {
  fs.rmSync(jsonFile, { force: true });
  const r = step(name, ['playwright', 'test', '--config', config], { PURSUIT_PW_JSON: jsonFile });
  const report = readJson(jsonFile);
  if (!report) {
    totals.failed++;
    lines.push(`${name}: did not report (exit ${r.ok ? 0 : 'non-zero'})`);
    return;
  }
  const s = report.stats;
  const passed = s.expected + (s.flaky ?? 0);
  totals.passed += passed;
  totals.failed += s.unexpected + (r.ok || s.unexpected ? 0 : 1);
  totals.skipped += s.skipped;
  lines.push(`${name}: ${passed} passed, ${s.unexpected} failed, ${s.skipped} skipped (${r.seconds}s)`);
  for (const reason of skipReasons(report)) lines.push(`  skipped: ${reason}`);
}

/** Every distinct reason a Playwright test gave for skipping itself. */
function skipReasons(report) {
  const reasons = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        for (const a of t.annotations ?? [])
          if (a.type === 'skip' && a.description) reasons.add(`${spec.title}: ${a.description}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return reasons;
}

check('typecheck', ['tsc', '-p', 'tsconfig.json']);
check('typecheck renderer', ['tsc', '-p', 'renderer/tsconfig.json']);
check('lint', ['eslint', '.']);
check('format', ['prettier', '--check', '.']);
check('electronegativity', ['node', 'scripts/electronegativity.mjs']);

const vitestJson = path.join(out, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const unit = step('unit', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests + (unit.ok || v.numFailedTests ? 0 : 1);
  totals.skipped += v.numPendingTests + v.numTodoTests;
  lines.push(`unit: ${v.numPassedTests} passed, ${v.numFailedTests} failed (${unit.seconds}s)`);
} else {
  totals.failed++;
  lines.push('unit: did not report');
}

// The browser app needs its latest build.
const build = step('build', ['vite', 'build', '--logLevel', 'warn']);
if (!build.ok) {
  totals.failed++;
  lines.push('build: FAILED');
}
playwright('e2e', 'playwright.config.ts', path.join(out, 'e2e.json'));
playwright('electron', 'playwright.electron.config.ts', path.join(out, 'electron.json'));

reportSummary(out, totals, lines);
process.exit(totals.failed === 0 ? 0 : 1);
