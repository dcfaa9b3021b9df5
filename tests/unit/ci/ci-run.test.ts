// .ci/run ends with exactly one summary line, `N passed, N failed, N skipped`, as the run's last line: the
// one scripts/test.mjs reports (through scripts/test-summary.mjs), corrected when the suite failed without
// saying so. Runs the real .ci/run in a copy of the repository whose npm is a stand-in, so it takes seconds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SUMMARY = /^\d+ passed, \d+ failed, \d+ skipped$/;

/** A copy of .ci/run and the summary helper, with an `npm` whose `test` reports the given totals. */
function ciRun(totals: { passed: number; failed: number; skipped: number }, exitCode: number) {
  const repo = tempDir('pursuit-ci-');
  fs.mkdirSync(path.join(repo, '.ci'));
  fs.copyFileSync(path.join(ROOT, '.ci', 'run'), path.join(repo, '.ci', 'run'));
  fs.mkdirSync(path.join(repo, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts', 'test-summary.mjs'), path.join(repo, 'scripts', 'test-summary.mjs'));
  fs.writeFileSync(
    path.join(repo, 'scripts', 'suite.mjs'),
    `import { reportSummary } from './test-summary.mjs';\n` +
      `console.log('=== unit: vitest run');\n` +
      `reportSummary('test-results', ${JSON.stringify(totals)}, ['unit: ok']);\n` +
      `process.exit(${exitCode});\n`,
  );
  const bin = path.join(repo, 'fake-bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(
    path.join(bin, 'npm'),
    `#!/bin/sh\ncase "$1" in\n  ci) echo "added 1 package"; exit 0 ;;\n  test) exec "${process.execPath}" scripts/suite.mjs ;;\n  *) exit 0 ;;\nesac\n`,
    { mode: 0o755 },
  );
  const r = spawnSync('bash', [path.join(repo, '.ci', 'run')], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    timeout: 60_000,
  });
  const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
  return { code: r.status, lines, summaries: lines.filter((l) => SUMMARY.test(l)) };
}

describe.runIf(process.platform !== 'win32')('.ci/run', () => {
  it('prints the summary line once, as its last line', () => {
    const r = ciRun({ passed: 12, failed: 0, skipped: 1 }, 0);
    expect(r.summaries).toEqual(['12 passed, 0 failed, 1 skipped']);
    expect(r.lines.at(-1)).toBe('12 passed, 0 failed, 1 skipped');
    expect(r.code).toBe(0);
  });

  it('a suite that fails without counting a failure still ends with one line, counting it', () => {
    const r = ciRun({ passed: 12, failed: 0, skipped: 0 }, 1);
    expect(r.summaries).toEqual(['12 passed, 1 failed, 0 skipped']);
    expect(r.lines.at(-1)).toBe('12 passed, 1 failed, 0 skipped');
    expect(r.code).toBe(1);
  });
});
