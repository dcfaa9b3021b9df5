import fs from 'node:fs';
import path from 'node:path';
import type { RecoveryReason, RecoveryRecord } from '../../shared/api-system';
import { DB_FILE_NAME } from './data-dir';
import { openDatabase, type Db, type OpenOptions } from './store/db';
import { getSetting, setSetting } from './store/settings';

/**
 * Opening the data file when it may be damaged. A file that is not SQLite, a truncated or corrupt one, or
 * one written by a newer Pursuit is never deleted and never "repaired" in place: it is renamed aside
 * (`pursuit.db.damaged-<time>`, with its `-wal`/`-shm` renamed to match so SQLite can still open the pair),
 * a fresh empty database is opened, and what happened is saved in that fresh database so every window
 * (desktop, browser, a later start) can tell the user until they dismiss it.
 */

export const RECOVERY_SETTING = 'system.recovery';

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/** Which opening failures mean "this file is damaged or not ours to read", as opposed to "try again later". */
export function classifyOpenError(err: unknown): RecoveryReason | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'DB_TOO_NEW') return 'too-new';
  if (code === 'SQLITE_NOTADB') return 'not-a-database';
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  // SQLITE_BUSY, SQLITE_CANTOPEN, EACCES, a full disk...: the file may be fine; moving it would be wrong.
  return null;
}

export class DamagedDatabaseError extends Error {
  readonly code = 'SQLITE_CORRUPT';
  constructor(readonly detail: string) {
    super(`The data file failed SQLite's consistency check: ${detail}`);
  }
}

/** Opens `file` and runs SQLite's quick consistency check, so damage inside the file is found now, not mid-edit. */
function openChecked(file: string, options: OpenOptions & { skipCheck?: boolean }): Db {
  const db = openDatabase(file, options);
  if (options.skipCheck) return db;
  let verdict: string;
  try {
    // quick_check reads every page once (milliseconds for a personal database) but skips the slower index cross-check.
    verdict = String(db.pragma('quick_check(1)', { simple: true }));
  } catch (err) {
    db.close();
    throw err;
  }
  if (verdict !== 'ok') {
    db.close();
    throw new DamagedDatabaseError(verdict);
  }
  return db;
}

export function messageFor(reason: RecoveryReason, movedTo: string): string {
  const kept = `It was kept, renamed to ${path.basename(movedTo)}, in your data folder`;
  switch (reason) {
    case 'too-new':
      return `Your data file was saved by a newer version of Pursuit, so this version cannot read it. ${kept}. Update Pursuit, then restore that file to get your data back; until then you are working in a new, empty file.`;
    case 'not-a-database':
      return `Your data file is not a Pursuit database (it may have been overwritten by another program). ${kept}; Pursuit started with a new, empty file.`;
    case 'corrupt':
      return `Your data file is damaged (it may have been cut short by a full disk or a copy that did not finish). ${kept}; Pursuit started with a new, empty file.`;
  }
}

/** `2027-03-15T09-30-00-123Z`: sortable, and legal in file names on every system. */
const fileStamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** Renames the database and its side files aside; returns the new path of the main file. Never deletes. */
export function moveAside(file: string, at: Date): string {
  let target = `${file}.damaged-${fileStamp(at)}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.damaged-${fileStamp(at)}-${n}`;
  fs.renameSync(file, target);
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

export interface OpenedDataDir {
  db: Db;
  recovered: RecoveryRecord | null;
  /** Something the user should know that did not stop the start (a journal missing after a crash). */
  warning: string | null;
}

/** A damaged data file found by a command that must not move it (`pursuit list`, `export`): it is left for the app. */
export class DamagedDataFileLeftError extends Error {
  readonly code = 'DATA_FILE_DAMAGED';
  constructor(file: string, reason: RecoveryReason) {
    const what =
      reason === 'too-new'
        ? 'was saved by a newer version of Pursuit'
        : reason === 'not-a-database'
          ? 'is not a Pursuit database'
          : 'is damaged';
    super(
      `Your data file ${file} ${what}. This command only reads, so it left the file as it is: open the Pursuit app, which keeps the file aside and helps you restore a backup.`,
    );
  }
}

/**
 * SQLite removes the `-wal` and `-shm` files when the last connection closes cleanly, and keeps the `-wal`
 * as long as any connection is open. A `-shm` without its `-wal` therefore means Pursuit stopped without
 * closing and the journal holding its last changes was deleted or not copied: SQLite opens the file as of
 * the last checkpoint without a word, so Pursuit says it.
 */
export function missingWalWarning(file: string): string | null {
  if (!fs.existsSync(file) || !fs.existsSync(`${file}-shm`) || fs.existsSync(`${file}-wal`)) return null;
  return `Pursuit did not close cleanly last time and the journal of your data file (${path.basename(file)}-wal) is missing, so changes made in the last moments before that may be lost. If you copied the data folder, copy that file with it.`;
}

/**
 * Opens `<dataDir>/pursuit.db`; if the file is damaged or too new, moves it aside, opens a fresh one and
 * records the recovery there. Other failures (locked, no permission) are thrown unchanged.
 */
export function openDataDirWithRecovery(
  dataDir: string,
  /**
   * `leaveDamaged`: a damaged file is reported, never moved aside (read-only commands leave it for the app).
   * `skipCheck`: no whole-file consistency check at open; for a one-shot reader such as `export csv`, where
   * the check would read every page (most of a small export's time) and SQLite still reports damage it meets.
   */
  options: OpenOptions & { leaveDamaged?: boolean; skipCheck?: boolean } = {},
  now: () => Date = () => new Date(),
): OpenedDataDir {
  const file = path.join(dataDir, DB_FILE_NAME);
  const warning = missingWalWarning(file);
  try {
    return { db: openChecked(file, options), recovered: null, warning };
  } catch (err) {
    const reason = classifyOpenError(err);
    if (!reason || !fs.existsSync(file)) throw err;
    if (options.leaveDamaged) throw new DamagedDataFileLeftError(file, reason);
    const at = now();
    const movedTo = moveAside(file, at);
    const record: RecoveryRecord = { reason, message: messageFor(reason, movedTo), movedTo, at: at.toISOString() };
    const db = openDatabase(file, options);
    setSetting(db, RECOVERY_SETTING, record);
    return { db, recovered: record, warning };
  }
}

export function pendingRecovery(db: Db): RecoveryRecord | null {
  return getSetting<RecoveryRecord | null>(db, RECOVERY_SETTING, null);
}

export function dismissRecovery(db: Db): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(RECOVERY_SETTING);
}
