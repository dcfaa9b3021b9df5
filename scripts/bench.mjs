// `npm run bench`: every bench/*.bench.ts in turn (`npm run bench -- NAME` runs the files whose name contains
// NAME). Benchmarks print figures; they never pass or fail. A bench prints each headline figure on a line
// starting `row: `, with its reference measured in the same run; the closing note repeats those lines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const only = process.argv[2];
const files = fs
  .readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();

/** Runs one bench, passing its output through as it comes, and resolves with its `row: ` lines. */
function runBench(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `bench/${file}`], { stdio: ['inherit', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      text += d.toString();
    });
    child.on('close', (code) => {
      if (code !== 0) console.log(`(bench/${file} stopped with exit code ${code})`);
      resolve(text.split('\n').filter((l) => l.startsWith('row: ')));
    });
  });
}

const rows = [];
for (const f of files) {
  console.log(`\n=== bench/${f}`);
  for (const row of await runBench(f)) rows.push(`${f.replace(/\.bench\.ts$/, '')}: ${row.slice('row: '.length)}`);
}
if (rows.length) {
  console.log('\n=== closing note: the headline figures of this run');
  for (const r of rows) console.log(r);
}
