// Importer throughput: parse + store of 1,000 generated ~5 KB postings into a real data folder, one
// commit per chunk of 25 files, as `pursuit import` does. Prints postings per second (median of runs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { importPostingFiles } from '../electron/core/postings/import-posting';
import { machineLine, median } from './machine';

const COUNT = 1000;
const RUNS = 3;
const CITIES = ['Berlin', 'München', 'Madrid', 'Lyon', 'London', 'Austin, TX'];
const FILLER =
  'You will design, build and operate services used by thousands of customers, review code, mentor colleagues and work closely with product and design. ';

function posting(i: number): string {
  const city = CITIES[i % CITIES.length];
  const lines = [
    `# ${['Senior', 'Junior', 'Staff', 'Lead'][i % 4]} Software Engineer ${i} (m/w/d)`,
    `**Company:** Example Corp ${i % 97}`,
    `**Location:** ${city} (hybrid)`,
    `**Employment type:** Full-time`,
    `**Salary:** €${60 + (i % 30)},000 – €${80 + (i % 30)},000 per year`,
    `**Posted:** 2026-0${1 + (i % 9)}-1${i % 10}`,
    `**Apply by:** March ${1 + (i % 28)}, 2027`,
    '',
    '## About the role',
    FILLER.repeat(20),
    '',
    '## Requirements',
    '- 5+ years with TypeScript, React and Node.js',
    '- Experience with PostgreSQL, Docker and Kubernetes',
    '- Fluent English; German is a plus',
    '',
    '## Benefits',
    FILLER.repeat(13),
    `Contact: jobs${i}@example.com`,
  ];
  return lines.join('\n');
}

const files = Array.from({ length: COUNT }, (_, i) => ({ name: `posting-${i}.md`, bytes: Buffer.from(posting(i)) }));
const avgKb = files.reduce((n, f) => n + f.bytes.length, 0) / COUNT / 1024;
console.log(`# importer bench: parse + store ${COUNT} postings of ~${avgKb.toFixed(1)} KB\n${machineLine()}`);

const rates: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-bench-import-'));
  const core = createCore({ dataDir: dir });
  const start = performance.now();
  const outcomes = await importPostingFiles(
    core.db,
    files.map((f) => ({ name: f.name, read: () => f.bytes })),
    { at: new Date().toISOString() },
  );
  const saved = outcomes.filter((o) => o.status === 'saved').length;
  const seconds = (performance.now() - start) / 1000;
  rates.push(COUNT / seconds);
  console.log(`run ${run + 1}: ${saved} saved in ${seconds.toFixed(2)} s = ${(COUNT / seconds).toFixed(0)} postings/s`);
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`parse + store: median ${median(rates).toFixed(0)} postings/s over ${RUNS} runs (target: at least 500/s)`);
