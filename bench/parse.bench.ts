// Parse throughput of the posting importer alone (no database): files per second and ms per file.
//  cold: a fresh Node process parses the corpus once; its first file pays module load, chrono-node's
//        locale set-up and regex compilation (reported apart), the pass as a whole is the cold rate.
//  warm: the same process parses the corpus again and again.
// Corpus: the project's composed postings (tests/unit/importer/postings) and, when present beside the
// checkout, ../shared/fixtures (read in place). Figures are medians of runs. Beside wall time each line
// gives the process's CPU time per file: on a shared, loaded machine wall time mostly measures the
// other processes, CPU time stays comparable between runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { machineLine, median } from './machine';

const COLD_RUNS = 5;
const WARM_RUNS = 5;
const WARM_PASSES = 10;

function corpus(): { name: string; bytes: Buffer }[] {
  const dirs = [
    path.resolve('tests/unit/importer/postings'),
    path.resolve('../shared/fixtures/postings'),
    path.resolve('../shared/fixtures/postings-real'),
  ];
  const files: { name: string; bytes: Buffer }[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      if (f === 'README.md' || !fs.statSync(p).isFile()) continue;
      files.push({ name: f, bytes: fs.readFileSync(p) });
    }
  }
  return files;
}

interface ColdFigures {
  firstMs: number;
  passMs: number;
  /** CPU time (user + system) of the whole first pass, module load included. */
  cpuMs: number;
  files: number;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

/** Child mode: import the importer, parse every file once, report the first file and the whole pass. */
async function coldChild(): Promise<void> {
  const files = corpus();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { parsePostingSync } = await import('../electron/core/importer');
  let firstMs = 0;
  for (const [i, f] of files.entries()) {
    parsePostingSync(f, { now: new Date(2027, 0, 10, 12) });
    if (i === 0) firstMs = performance.now() - start;
  }
  const figures: ColdFigures = { firstMs, passMs: performance.now() - start, cpuMs: cpuMsSince(cpuStart), files: files.length };
  console.log(JSON.stringify(figures));
}

async function main(): Promise<void> {
  const files = corpus();
  const kb = files.reduce((n, f) => n + f.bytes.length, 0) / files.length / 1024;
  console.log(
    `# parse bench: ${files.length} postings, ${kb.toFixed(1)} KB on average (text, markdown, HTML, JSON)\n${machineLine()}`,
  );

  const cold: ColdFigures[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/parse.bench.ts', '--cold-child'], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    cold.push(JSON.parse(line) as ColdFigures);
  }
  const coldPass = median(cold.map((c) => c.passMs));
  const coldFirst = median(cold.map((c) => c.firstMs));
  console.log(
    `cold (fresh process, median of ${COLD_RUNS}): first file ${coldFirst.toFixed(0)} ms (module load + set-up); ` +
      `whole first pass ${(coldPass / files.length).toFixed(2)} ms/file = ${((files.length * 1000) / coldPass).toFixed(0)} files/s; ` +
      `CPU ${(median(cold.map((c) => c.cpuMs)) / files.length).toFixed(2)} ms/file`,
  );

  const { parsePostingSync } = await import('../electron/core/importer');
  const parseAll = () => {
    for (const f of files) parsePostingSync(f, { now: new Date(2027, 0, 10, 12) });
  };
  parseAll(); // warm-up
  const perFile: number[] = [];
  const cpuPerFile: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let p = 0; p < WARM_PASSES; p++) parseAll();
    perFile.push((performance.now() - start) / (WARM_PASSES * files.length));
    cpuPerFile.push(cpuMsSince(cpuStart) / (WARM_PASSES * files.length));
  }
  const warm = median(perFile);
  const warmCpu = median(cpuPerFile);
  console.log(
    `warm (same process, ${WARM_PASSES} passes x ${WARM_RUNS} runs, median): ${warm.toFixed(2)} ms/file = ${(1000 / warm).toFixed(0)} files/s; ` +
      `CPU ${warmCpu.toFixed(2)} ms/file = ${(1000 / warmCpu).toFixed(0)} files/s`,
  );
}

if (process.argv.includes('--cold-child')) await coldChild();
else await main();
