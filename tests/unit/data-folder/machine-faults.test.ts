import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { DB_FILE_NAME } from '../../../electron/core/data-dir';
import { describeMachineFault } from '../../../electron/core/machine-faults';
import { openDataDirWithRecovery } from '../../../electron/core/recovery';
import { tempDir } from '../helpers';
import { ROOT } from '../serve-process';

/**
 * The machine's own faults get words a candidate can act on (issue 10, item 7): a full disk, a data folder
 * that cannot be written, a journal lost after a crash; and commands that only read never move a damaged
 * data file aside (that is the app's job, where the user can see what happened and restore a backup).
 */

const BIN = path.join(ROOT, 'bin', 'pursuit.mjs');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
const countApps = (core: ReturnType<typeof createCore>) =>
  (core.db.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n;

describe("the machine's own faults", () => {
  it('a full disk: "Nothing was saved: the disk holding FOLDER is full", and nothing is', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir });
    await core.call('applications.create', { title: 'Kept', company: 'Acme' });
    // SQLite's own "database or disk is full" (SQLITE_FULL), reached by capping the file at its current size.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const big = 'A long posting text. '.repeat(20_000);
    const res = await core.call('postings.save', {
      fields: { title: 'Too big', company: 'Acme' },
      originalText: big,
      cleanText: big,
      format: 'text',
      sourceName: null,
    });
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'STORAGE',
        message: `Nothing was saved: the disk holding ${dir} is full. Free some space on it and try again.`,
      },
    });
    expect(countApps(core)).toBe(1);
    core.close();
  });

  it('a data file that cannot be written: the save names the folder and what to do, not "Something went wrong"', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir });
    // SQLite's SQLITE_READONLY, as from a read-only mount (root ignores chmod, so the connection is made read-only).
    core.db.pragma('query_only = ON');
    const res = await core.call('applications.create', { title: 'Writer', company: 'Acme' });
    expect(res).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    const message = (res as { error: { message: string } }).error.message;
    expect(message).toContain(`Nothing was saved: Pursuit may not write to ${dir}`);
    expect(message).toMatch(/read-only/);
    core.close();
  });

  it('the errors of the file system map to the same plain messages (ENOSPC, EROFS, EACCES, EIO)', () => {
    const fault = (code: string) => describeMachineFault(Object.assign(new Error(code), { code }), '/data/Pursuit');
    expect(fault('ENOSPC')?.message).toBe(
      'Nothing was saved: the disk holding /data/Pursuit is full. Free some space on it and try again.',
    );
    for (const code of ['EROFS', 'EACCES', 'SQLITE_READONLY_DBMOVED'])
      expect(fault(code)?.message).toMatch(/^Nothing was saved: Pursuit may not write to \/data\/Pursuit/);
    expect(fault('SQLITE_IOERR_WRITE')).toMatchObject({ code: 'STORAGE', message: expect.stringMatching(/a disk error/) });
    expect(fault('SQLITE_BUSY')).toMatchObject({ code: 'BUSY' });
    expect(fault('SQLITE_CONSTRAINT_UNIQUE')).toBeNull();
  });

  it('`pursuit list` on a damaged data file says so and leaves it where it is; the app then moves it aside', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    const garbage = Buffer.from('This is not a database. '.repeat(400));
    fs.writeFileSync(file, garbage);
    const run = cli('list', '--data-dir', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Your data file ${file} is not a Pursuit database.`);
    expect(run.stderr).toMatch(/left the file as it is: open the Pursuit app/);
    expect(fs.readdirSync(dir)).toEqual([DB_FILE_NAME]);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
    // The app (and `pursuit serve`) keep it aside and start afresh, as before.
    const opened = openDataDirWithRecovery(dir);
    expect(opened.recovered?.reason).toBe('not-a-database');
    opened.db.close();
    expect(fs.readdirSync(dir).some((f) => f.startsWith(`${DB_FILE_NAME}.damaged-`))).toBe(true);
  });

  it('a journal missing after a crash is told at the next start', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    createCore({ dataDir: dir }).close();
    // A writer that exits without closing the database: its last changes are still in pursuit.db-wal.
    const crash = spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)});
         db.prepare("INSERT INTO settings (key, value) VALUES ('crash', '1')").run(); process.exit(0);`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(crash.status, crash.stderr).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const intact = openDataDirWithRecovery(dir);
    expect(intact.warning).toBeNull(); // the journal is there: SQLite replays it, nothing to say
    expect(new Database(file, { readonly: true }).prepare("SELECT value FROM settings WHERE key = 'crash'").get()).toBeTruthy();
    intact.db.close();

    spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); new D(${JSON.stringify(file)}).prepare("INSERT INTO settings (key, value) VALUES ('lost', '1')").run(); process.exit(0);`,
      ],
      { cwd: ROOT },
    );
    fs.rmSync(`${file}-wal`); // copied without it, or deleted by a cleaner
    const opened = openDataDirWithRecovery(dir);
    expect(opened.warning).toMatch(
      /did not close cleanly last time and the journal of your data file \(pursuit\.db-wal\) is missing/,
    );
    opened.db.close();
  });
});
