import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parse as parseDate, startOfISOWeek } from 'date-fns';
import type { BackupFile, BackupKind, RestoreResult } from '../../../shared/api-data';
import { ApiError } from '../../../shared/envelope';
import { openDatabase, type Db } from '../store/db';
import { removeStoredFile } from '../store/attachments';
import { addFilesToBackup, backupFileReader, namesInBackup, placeRestoredFiles, referencedNames } from './backup-files';
import { countApplications, dumpDatabase, parseBackupJson, replaceAllData, tablesInOrder, type BackupData } from './json-backup';
import { validateBackupRows } from './restore-rows';

/**
 * SQLite backups in the data folder's `backups/`, made with SQLite's online backup API (a consistent copy
 * while the app keeps writing). File names carry the kind and the local time they were taken:
 *   auto-2027-03-15.db                     one a day, rotated: the newest 7, plus the newest of each of the
 *                                          4 weeks before those (so about five weeks of history)
 *   manual-2027-03-15-143000.db            "Back up now" / `pursuit backup`: the newest KEEP_MANUAL are kept
 *   before-restore-2027-03-15-143000.db    the safety copy taken before a restore replaces data: the newest
 *                                          KEEP_BEFORE_RESTORE are kept, so repeated restores cannot fill the disk
 * Each is one SQLite file holding the database and the attachment files (format in backup-files.ts).
 */

export const BACKUPS_FOLDER = 'backups';
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MANUAL = 10;
export const KEEP_BEFORE_RESTORE = 10;

const NAME = /^(auto|manual|before-restore)-(\d{4}-\d{2}-\d{2})(?:-(\d{6}))?\.db$/;

export const backupsDir = (dataDir: string): string => path.join(dataDir, BACKUPS_FOLDER);

function describe(dir: string, name: string): BackupFile | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const taken = parseDate(`${m[2]} ${m[3] ?? '000000'}`, 'yyyy-MM-dd HHmmss', new Date());
  let sizeBytes: number;
  try {
    sizeBytes = fs.statSync(path.join(dir, name)).size;
  } catch {
    return null; // removed meanwhile (rotation in another process)
  }
  return { name, kind: m[1] as BackupKind, sizeBytes, takenAt: taken.toISOString() };
}

/** Every backup in the folder, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((n) => describe(dir, n))
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

/**
 * Copies the open database to `file`, with the attachment files of `dataDir` when given (via a temporary
 * name, so a half-written file never looks like a backup).
 */
export async function backupTo(db: Db, file: string, dataDir?: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    if (dataDir) addFilesToBackup(db, partial, dataDir);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

function requireDataDir(dataDir: string | null): string {
  if (!dataDir)
    throw new ApiError(
      'CONFLICT',
      'This Pursuit has no data folder (a test or in-memory session), so there is nowhere to keep backups.',
    );
  return dataDir;
}

const stamp = (now: Date) => format(now, 'yyyy-MM-dd-HHmmss');

/** "Back up now" and `pursuit backup`: a manual backup in `backups/`, returned with its name and size. */
export async function backupNow(
  db: Db,
  dataDir: string | null,
  options: { now?: Date; kind?: 'manual' | 'before-restore' } = {},
): Promise<BackupFile> {
  const folder = requireDataDir(dataDir);
  const dir = backupsDir(folder);
  const now = options.now ?? new Date();
  const kind = options.kind ?? 'manual';
  let name = `${kind}-${stamp(now)}.db`;
  for (let i = 1; fs.existsSync(path.join(dir, name)); i++) name = `${kind}-${stamp(new Date(now.getTime() + i * 1000))}.db`;
  await backupTo(db, path.join(dir, name), folder);
  const file = describe(dir, name);
  if (!file) throw new Error(`backup ${name} vanished after writing`);
  pruneKind(folder, kind, kind === 'manual' ? KEEP_MANUAL : KEEP_BEFORE_RESTORE, name);
  return file;
}

/** Keeps the newest `keep` backups of one kind (by the time in their names); `justMade` is never removed. */
export function pruneKind(dataDir: string, kind: 'manual' | 'before-restore', keep: number, justMade?: string): string[] {
  const old = listBackups(dataDir)
    .filter((b) => b.kind === kind && b.name !== justMade)
    .slice(justMade ? keep - 1 : keep);
  for (const b of old) fs.rmSync(path.join(backupsDir(dataDir), b.name), { force: true });
  return old.map((b) => b.name);
}

/** Which automatic backups rotation keeps: the newest KEEP_DAILY, then the newest of each of the next KEEP_WEEKLY weeks. */
export function backupsToKeep(names: readonly string[]): Set<string> {
  const autos = names
    .map((n) => ({ n, m: NAME.exec(n) }))
    .filter((x) => x.m?.[1] === 'auto')
    .map((x) => ({ name: x.n, day: x.m![2]! }))
    .sort((a, b) => b.day.localeCompare(a.day));
  const keep = new Set(autos.slice(0, KEEP_DAILY).map((a) => a.name));
  const weeks = new Set<string>();
  for (const a of autos.slice(KEEP_DAILY)) {
    const week = format(startOfISOWeek(parseDate(a.day, 'yyyy-MM-dd', new Date())), 'yyyy-MM-dd');
    if (weeks.has(week)) continue;
    if (weeks.size >= KEEP_WEEKLY) break;
    weeks.add(week);
    keep.add(a.name);
  }
  return keep;
}

/** Deletes the automatic backups rotation does not keep; manual and safety backups are never touched. */
export function rotateBackups(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir);
  const keep = backupsToKeep(names);
  const removed = names.filter((n) => NAME.exec(n)?.[1] === 'auto' && !keep.has(n));
  for (const n of removed) fs.rmSync(path.join(dir, n), { force: true });
  return removed;
}

/**
 * The daily automatic backup: makes today's `auto-YYYY-MM-DD.db` (local day of `now`) unless it exists,
 * then rotates. The desktop shell and the browser host call it at start and then, say, hourly: it is
 * cheap when today's backup is already there.
 */
export async function runAutoBackupIfDue(
  db: Db,
  dataDir: string,
  now: Date = new Date(),
): Promise<{ made: string | null; removed: string[] }> {
  const name = `auto-${format(now, 'yyyy-MM-dd')}.db`;
  const file = path.join(backupsDir(dataDir), name);
  let made: string | null = null;
  if (!fs.existsSync(file)) {
    await backupTo(db, file, dataDir);
    made = name;
  }
  return { made, removed: rotateBackups(dataDir) };
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** A backup read for restoring: its rows, the bytes of its attachment files (if it holds them), and cleanup. */
interface OpenedBackup {
  data: BackupData;
  fileOf: (storedName: string) => Buffer | null;
  close(): void;
}

/**
 * Opens a SQLite backup (a migrated copy of it, if it is from an older version) as rows in the same shape as
 * a JSON backup; the copy stays open until `close`, so that its files are read one at a time while restoring.
 */
function openSqliteBackup(file: string, now: Date): OpenedBackup {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-restore-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  let src: Db;
  try {
    const copy = path.join(tmp, 'restore.db');
    fs.copyFileSync(file, copy);
    try {
      src = openDatabase(copy);
    } catch (err) {
      if ((err as { code?: string }).code === 'DB_TOO_NEW') throw new ApiError('BAD_INPUT', (err as Error).message);
      throw new ApiError('BAD_INPUT', `This file is not a Pursuit backup: ${(err as Error).message}`);
    }
  } catch (err) {
    cleanup();
    throw err;
  }
  const close = () => {
    src.close();
    cleanup();
  };
  try {
    if (!src.prepare("SELECT 1 FROM sqlite_master WHERE name = 'applications'").get())
      throw new ApiError('BAD_INPUT', 'This database is not a Pursuit backup.');
    return { data: dumpDatabase(src, now), fileOf: backupFileReader(src), close };
  } catch (err) {
    close();
    throw err;
  }
}

export type RestoreSource = { json: string } | { backup: string } | { file: string };

export interface RestoreOptions {
  source: RestoreSource;
  /** Required when Pursuit already holds applications; they are replaced after a safety backup. */
  replace?: boolean;
  now?: Date;
}

/**
 * Restores a JSON backup, a backup from `backups/` by name, or a file (JSON or SQLite, told by its first
 * bytes). Into a Pursuit that already holds applications only with `replace`, and only after a safety backup
 * of what is there (skipped when there is no data folder to keep it in). The open connection is kept: the
 * rows are replaced inside it, in one transaction.
 */
export async function restoreBackup(db: Db, dataDir: string | null, options: RestoreOptions): Promise<RestoreResult> {
  const now = options.now ?? new Date();
  const { source } = options;
  let opened: OpenedBackup;
  if ('json' in source) opened = { data: parseBackupJson(source.json), fileOf: () => null, close: () => undefined };
  else {
    const file =
      'backup' in source
        ? path.join(backupsDir(requireDataDir(dataDir)), path.basename(source.backup))
        : path.resolve(source.file);
    if (!fs.existsSync(file))
      throw new ApiError('NOT_FOUND', `There is no backup file ${'backup' in source ? source.backup : file}.`);
    const head = Buffer.alloc(16);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
    opened =
      head.toString('latin1') === SQLITE_MAGIC
        ? openSqliteBackup(file, now)
        : { data: parseBackupJson(fs.readFileSync(file, 'utf8')), fileOf: () => null, close: () => undefined };
  }

  try {
    // Every row is checked before anything happens, the safety backup included.
    validateBackupRows(opened.data, tablesInOrder(db));
    const existing = countApplications(db);
    if (existing > 0 && !options.replace)
      throw new ApiError(
        'CONFLICT',
        `Pursuit already holds ${existing} application${existing === 1 ? '' : 's'}. Restoring replaces them all; confirm replacing to go ahead (a safety backup is taken first).`,
      );
    const safety = existing > 0 && dataDir ? await backupNow(db, dataDir, { now, kind: 'before-restore' }) : null;
    const replaced = safety ? referencedNames(db) : [];
    const placed = placeRestoredFiles(opened.data, dataDir, opened.fileOf);
    try {
      const { applications } = replaceAllData(db, placed.data);
      // The documents of the data just replaced are in the safety backup: their files go, so that repeated
      // restores do not pile up copies in attachments/. Kept: files the restored backup itself names (an older
      // backup without the files may be restored again from them). Without a safety backup nothing is removed.
      const kept = new Set([...referencedNames(db), ...namesInBackup(opened.data)]);
      for (const name of replaced) if (!kept.has(name)) removeStoredFile(dataDir, name);
      return { applications, safetyBackup: safety?.name ?? null };
    } catch (err) {
      for (const f of placed.written) removeStoredFile(dataDir, f);
      throw err;
    }
  } finally {
    opened.close();
  }
}
