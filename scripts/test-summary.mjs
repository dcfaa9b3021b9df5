// The closing of `npm test`: each suite's line, then the one summary line `N passed, N failed, N skipped`,
// also written to test-results/summary.txt. .ci/run sets PURSUIT_CI_SUMMARY=1: it prints the summary line
// itself, last, once (after correcting it if the suite failed without saying so), so it is not printed here.
import fs from 'node:fs';
import path from 'node:path';

export function reportSummary(outDir, totals, lines) {
  console.log('\n=== summary');
  for (const l of lines) console.log(l);
  const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'summary.txt'), `${summary}\n`);
  if (process.env.PURSUIT_CI_SUMMARY !== '1') console.log(summary);
  return summary;
}
