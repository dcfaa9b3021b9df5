// `npm run bench`: every bench/*.bench.ts in turn. Benchmarks print figures; they never pass or fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const only = process.argv[2];
const files = fs
  .readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const f of files) {
  console.log(`\n=== bench/${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) console.log(`(bench/${f} stopped with exit code ${r.status})`);
}
