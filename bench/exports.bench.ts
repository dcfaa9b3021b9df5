// Export figures at 10,000 and 100,000 applications (issue 14): the CSV export as a whole cold CLI process
// (`node bin/pursuit.mjs export csv --data-dir D --out F`, as a person runs it) against the sqlite3 shell
// writing the same table from the same file with `-csv`, measured in the same run (target at most 3x, goal
// 1.5x); and the .ics export (target under 1 s at 10,000, goal under 300 ms). Prints medians; passes or
// fails nothing. Each size is seeded once into a temp folder and reused by every measurement.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { exportIcs } from '../electron/core/calendar/ics-export';
import { DB_FILE_NAME } from '../electron/core/data-dir';
import { seedDemoData } from '../electron/core/seed';
import { addContact } from '../electron/core/store/contacts';
import { openDataDir, withoutSavepoints } from '../electron/core/store/db';
import { growByCopies } from './grow';
import { machineLine, median, ms, time } from './machine';

const SIZES = (process.env.PURSUIT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 5;
const BIN = path.resolve('bin', 'pursuit.mjs');

/**
 * The export's table computed by SQLite alone: the same rows (archived ones too) and columns, with the
 * stage name, contacts, tags and notes joined and the next event. The shell does the CSV quoting; it has no
 * formula-injection guard, no BOM and no local-time conversion, so this is the cheapest way to get the same
 * table out of the file.
 */
function sqliteQuery(now: Date): string {
  const today = format(now, 'yyyy-MM-dd');
  return `
    SELECT p.title AS "Title", p.company AS "Company", p.location AS "Location", p.workplace AS "Workplace",
      p.employment_type AS "Employment Type", s.name AS "Stage", a.date_saved AS "Date Saved",
      a.date_applied AS "Date Applied", p.deadline AS "Deadline",
      (SELECT coalesce(e.day, substr(e.starts_at, 1, 10)) || ' (' || e.kind || ') ' || e.title FROM events e
        WHERE e.application_id = a.id AND e.kind != 'deadline'
          AND ((e.all_day = 1 AND e.day >= '${today}') OR (e.all_day = 0 AND e.starts_at >= '${now.toISOString()}'))
        ORDER BY coalesce(e.day, substr(e.starts_at, 1, 10)), e.starts_at, e.id LIMIT 1) AS "Next Event",
      p.salary_min AS "Salary Min", p.salary_max AS "Salary Max", p.salary_currency AS "Currency",
      p.salary_period AS "Salary Period", p.url AS "URL",
      (SELECT group_concat(c.name || coalesce(' (' || c.role || ')', '') || coalesce(' <' || c.email || '>', ''), '; ')
        FROM contacts c WHERE c.application_id = a.id) AS "Contacts",
      (SELECT group_concat(t.name, '; ') FROM application_tags at JOIN tags t ON t.id = at.tag_id WHERE at.application_id = a.id) AS "Tags",
      (SELECT group_concat(n.body, char(10) || char(10) || '---' || char(10) || char(10)) FROM notes n WHERE n.application_id = a.id) AS "Notes",
      substr(a.last_activity_at, 1, 10) AS "Last Activity",
      CASE a.archived WHEN 1 THEN 'yes' ELSE 'no' END AS "Archived"
    FROM applications a JOIN postings p ON p.id = a.posting_id JOIN stages s ON s.id = a.stage_id
    ORDER BY a.archived, a.stage_id, a.position, a.id;`;
}

/** The seed module writes at most this many; larger sizes are copies of them made in SQL (see grow.ts). */
const SEEDED = 10_000;

/**
 * A data folder with `count` demo applications, a contact on every third and every tenth archived.
 * Seeded once per size and run, and reused by every measurement of that size.
 */
function seedFolder(count: number, now: Date): { dir: string; seedMs: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pursuit-bench-export-${count}-`));
  const started = performance.now();
  const db = openDataDir(dir);
  const base = Math.min(count, SEEDED);
  seedDemoData(db, { count: base, seed: 11, now });
  const ids = db.prepare('SELECT id FROM applications WHERE id % 3 = 0').all() as { id: number }[];
  // One transaction, no savepoint per contact (see withoutSavepoints in store/db.ts).
  withoutSavepoints(db, () =>
    db.transaction(() => {
      for (const { id } of ids)
        addContact(
          db,
          {
            applicationId: id,
            name: `Recruiter ${id}`,
            role: 'Recruiter',
            email: `r${id}@example.com`,
            phone: null,
            profileUrl: null,
          },
          now.toISOString(),
        );
    })(),
  );
  if (count > base) growByCopies(db, Math.ceil(count / base));
  db.prepare('UPDATE applications SET archived = 1 WHERE id % 10 = 0').run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dir, seedMs: performance.now() - started };
}

/** GNU time, when installed: a process's CPU time (user + system), which other load on the machine barely moves. */
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time (and CPU time, with GNU time) of a whole process, its output going to a file. */
function timeProcess(cmd: string, args: string[], outFile: string | null): { ms: number; cpuMs: number | null } {
  const fd = outFile ? fs.openSync(outFile, 'w') : 'ignore';
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', 'cpu %U %S', cmd, ...args]] : [cmd, args];
  const started = performance.now();
  const res = spawnSync(file, argv, { stdio: ['ignore', fd, 'pipe'] });
  const elapsed = performance.now() - started;
  if (typeof fd === 'number') fs.closeSync(fd);
  // No stderr when the command could not start at all (spawnSync sets `error`, whatever the types say).
  const stderr = res.error ? res.error.message : res.stderr.toString();
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${stderr}`);
  const cpu = /^cpu ([\d.]+) ([\d.]+)$/m.exec(stderr);
  return { ms: elapsed, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null };
}

const countRows = (dbFile: string) =>
  Number(spawnSync('sqlite3', ['-readonly', dbFile, 'SELECT count(*) FROM applications'], { encoding: 'utf8' }).stdout.trim());
const mib = (file: string) => `${(fs.statSync(file).size / 2 ** 20).toFixed(2)} MiB`;

console.log(`# export bench: CSV (cold CLI vs sqlite3 -csv) and .ics at ${SIZES.join(', ')} applications\n${machineLine()}`);
console.log(
  `load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (other work on the machine inflates every figure)`,
);
const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
const haveSqlite = !probe.error && probe.status === 0;
if (!haveSqlite)
  console.log('note: the sqlite3 shell is not installed (`apt-get install -y sqlite3`): the CSV ratio is skipped.');

const now = new Date();
for (const count of SIZES) {
  const { dir, seedMs } = seedFolder(count, now);
  try {
    const how = count > SEEDED ? `${SEEDED} from the seed module, copied in SQL to ${count}` : 'seed module';
    console.log(`\n## ${count.toLocaleString('en')} applications (seeded in ${ms(seedMs)}: ${how})`);
    const dbFile = path.join(dir, DB_FILE_NAME);
    const ours: number[] = [];
    const theirs: number[] = [];
    const oursCpu: number[] = [];
    const theirsCpu: number[] = [];
    const out = path.join(dir, 'export.csv');
    const cliOut = path.join(dir, 'sqlite3.csv');
    const sql = sqliteQuery(now);
    // Interleaved, so a burst of load on the machine hits both sides alike.
    for (let i = 0; i < RUNS; i++) {
      const o = timeProcess(process.execPath, [BIN, 'export', 'csv', '--data-dir', dir, '--out', out], null);
      ours.push(o.ms);
      if (o.cpuMs !== null) oursCpu.push(o.cpuMs);
      if (!haveSqlite) continue;
      const t = timeProcess('sqlite3', ['-readonly', '-csv', '-header', dbFile, sql], cliOut);
      theirs.push(t.ms);
      if (t.cpuMs !== null) theirsCpu.push(t.cpuMs);
    }
    const cpuNote = (list: number[]) => (list.length ? ` (CPU user+sys ${ms(median(list))})` : '');
    const oursMs = median(ours);
    console.log(
      `CSV export, whole CLI process (node bin/pursuit.mjs export csv --out F): median ${ms(oursMs)}${cpuNote(oursCpu)} over ${RUNS} runs, ${mib(out)}`,
    );
    if (haveSqlite) {
      const theirsMs = median(theirs);
      const ratio = oursMs / theirsMs;
      console.log(
        `sqlite3 ${probe.stdout.trim().split(' ')[0]} -csv, same rows and columns (${countRows(dbFile)} rows), incl. process start: median ${ms(theirsMs)}${cpuNote(theirsCpu)}, ${mib(cliOut)}`,
      );
      console.log(
        `row: CSV export at ${count}, whole CLI process ${ms(oursMs)} vs sqlite3 -csv ${ms(theirsMs)}: ${ratio.toFixed(2)}x wall (target <= 3x: ${ratio <= 3 ? 'met' : 'NOT met'}; goal <= 1.5x: ${ratio <= 1.5 ? 'met' : 'not yet'})` +
          (oursCpu.length && theirsCpu.length ? `, ${(median(oursCpu) / median(theirsCpu)).toFixed(2)}x CPU time` : ''),
      );
    }

    const db = openDataDir(dir);
    const ics: number[] = [];
    const icsCpu: number[] = [];
    let size = 0;
    for (let i = 0; i < (count > 10_000 ? 3 : RUNS); i++) {
      const cpuBefore = process.cpuUsage();
      const [t, text] = await time(() => exportIcs(db, { now }));
      const cpu = process.cpuUsage(cpuBefore);
      ics.push(t);
      icsCpu.push((cpu.user + cpu.system) / 1000);
      size = text.length;
    }
    const { n: events } = db.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
    db.close();
    const icsMs = median(ics);
    console.log(
      `row: .ics export at ${count} (${events} events, ${(size / 2 ** 20).toFixed(2)} MiB): median ${ms(icsMs)} (CPU ${ms(median(icsCpu))})` +
        (count === 10_000
          ? ` (target < 1 s: ${icsMs < 1000 ? 'met' : 'NOT met'}; goal < 300 ms: ${icsMs < 300 ? 'met' : 'not yet'})`
          : ''),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
