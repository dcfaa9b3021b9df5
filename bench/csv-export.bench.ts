// CSV export figures: Pursuit's export of 10,000 applications (target under 0.5 s), and its ratio to the
// sqlite3 command-line shell writing the same 19 columns from the same database file with `-csv` (target
// at most 3x). Both write to a file. Prints medians; passes or fails nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { exportApplicationsCsv } from '../electron/core/data/csv-export';
import { DB_FILE_NAME } from '../electron/core/data-dir';
import { seedDemoData } from '../electron/core/seed';
import { addContact } from '../electron/core/store/contacts';
import { openDataDir } from '../electron/core/store/db';
import { machineLine, median, ms, time } from './machine';

const COUNT = 10_000;
const RUNS = 7;
const TARGET_MS = 500;
const TARGET_RATIO = 3;

/**
 * The same columns the export writes, computed by SQLite alone (dates, the stage name, contacts, tags,
 * notes joined, the next event). The shell does the CSV quoting; it has no formula-injection guard and no
 * BOM, so this is the cheapest possible way to get the same table out of the file.
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
      substr(a.last_activity_at, 1, 10) AS "Last Activity"
    FROM applications a JOIN postings p ON p.id = a.posting_id JOIN stages s ON s.id = a.stage_id
    WHERE a.archived = 0 ORDER BY a.stage_id, a.position, a.id;`;
}

console.log(`# csv-export bench: ${COUNT} applications\n${machineLine()}`);
console.log(
  `load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (other work on the machine inflates both figures)`,
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-bench-csv-'));
try {
  const db = openDataDir(dir);
  const now = new Date();
  seedDemoData(db, { count: COUNT, seed: 11, now });
  // Some contacts too, so that column is not empty.
  const ids = db.prepare('SELECT id FROM applications WHERE id % 3 = 0').all() as { id: number }[];
  db.transaction(() => {
    for (const { id } of ids)
      addContact(db, {
        applicationId: id,
        name: `Recruiter ${id}`,
        role: 'Recruiter',
        email: `r${id}@example.com`,
        phone: null,
        profileUrl: null,
      });
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');

  const out = path.join(dir, 'export.csv');
  const ours: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const [t, file] = await time(() => {
      const f = exportApplicationsCsv(db, dir, { now });
      fs.writeFileSync(out, f.csv);
      return f;
    });
    ours.push(t);
    rows = file.count;
    bytes = Buffer.byteLength(file.csv);
  }
  const oursMs = median(ours);
  console.log(
    `Pursuit export (query + csv-stringify + write): median ${ms(oursMs)} over ${RUNS} runs, ${rows} rows, ${(bytes / 2 ** 20).toFixed(2)} MiB` +
      ` (target < ${TARGET_MS} ms: ${oursMs < TARGET_MS ? 'met' : 'NOT met'})`,
  );

  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.log(
      'note: the sqlite3 command-line shell is not installed (`apt-get install -y sqlite3`), so the ratio to `sqlite3 -csv` is skipped.',
    );
  } else {
    const sql = sqliteQuery(now);
    const dbFile = path.join(dir, DB_FILE_NAME);
    const cliOut = path.join(dir, 'sqlite3.csv');
    const theirs: number[] = [];
    let cliRows = 0;
    for (let i = 0; i < RUNS; i++) {
      const fd = fs.openSync(cliOut, 'w');
      const [t, res] = await time(() =>
        spawnSync('sqlite3', ['-readonly', '-csv', '-header', dbFile, sql], { stdio: ['ignore', fd, 'pipe'] }),
      );
      fs.closeSync(fd);
      if (res.status !== 0) throw new Error(`sqlite3 failed: ${res.stderr?.toString()}`);
      theirs.push(t);
    }
    // Rows, not lines: notes hold line breaks inside quoted fields.
    cliRows = Number(
      spawnSync('sqlite3', ['-readonly', dbFile, 'SELECT count(*) FROM applications WHERE archived = 0'], {
        encoding: 'utf8',
      }).stdout.trim(),
    );
    const theirsMs = median(theirs);
    const ratio = oursMs / theirsMs;
    console.log(
      `sqlite3 ${probe.stdout.trim().split(' ')[0]} -csv, same columns, same file (incl. process start): median ${ms(theirsMs)} over ${RUNS} runs, ${cliRows} rows, ` +
        `${(fs.statSync(cliOut).size / 2 ** 20).toFixed(2)} MiB`,
    );
    console.log(
      `ratio Pursuit / sqlite3: ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
  }
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
