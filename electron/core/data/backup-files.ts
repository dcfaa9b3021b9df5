import fs from 'node:fs';
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api-details';
import type { Db } from '../store/db';
import { generatedName, removeStoredFile, resolveStoredFile, storedFilePath } from '../store/attachments';
import type { BackupData } from './json-backup';

/**
 * Backups hold the attachment files too (resumes and cover letters cannot be recreated), in ONE file: the
 * backup is the SQLite copy of the database (SQLite's online backup), plus a table
 *
 *   pursuit_backup_files (stored_name TEXT PRIMARY KEY, bytes BLOB NOT NULL)
 *
 * with the bytes of every stored file an attachment row (or the kept copy of a deleted application, for Undo)
 * names. It stays a plain SQLite file: `sqlite3 auto-2027-03-15.db "SELECT stored_name, length(bytes) FROM
 * pursuit_backup_files"` lists them, and older builds restore it as a database-only backup. Files go in one at
 * a time (each at most 25 MB), so a backup never holds every document in memory at once. A backup made
 * before this table existed, or a JSON backup, simply has no files: restoring it keeps whatever documents
 * are still in the attachments folder.
 */

export const FILES_TABLE = 'pursuit_backup_files';
const SCHEMA = 'pursuit_backup';

/** Stored names in attachment rows and in the kept copies of deleted applications (for Undo). */
function namesIn(attachments: unknown[], snapshots: unknown[]): Set<string> {
  const names = new Set(attachments.filter((n): n is string => typeof n === 'string'));
  for (const snapshot of snapshots) {
    try {
      const s = JSON.parse(String(snapshot)) as { attachments?: { stored_name?: unknown }[] };
      for (const a of s.attachments ?? []) if (typeof a.stored_name === 'string') names.add(a.stored_name);
    } catch {
      // an unreadable snapshot has no documents to keep
    }
  }
  return names;
}

/** Stored names of every document the database refers to, deleted-but-undoable ones included. */
export function referencedNames(db: Db): string[] {
  return [
    ...namesIn(
      db.prepare('SELECT stored_name FROM attachments').pluck().all(),
      db.prepare('SELECT snapshot FROM deleted_applications').pluck().all(),
    ),
  ];
}

/** The stored names a backup's rows carry (before a restore renames them). */
export function namesInBackup(data: BackupData): Set<string> {
  return namesIn(
    (data.tables.attachments ?? []).map((r) => r.stored_name),
    (data.tables.deleted_applications ?? []).map((r) => r.snapshot),
  );
}

/**
 * Adds the attachment files to `backupFile`, a fresh copy of `db` made by `db.backup`. Attached to the live
 * connection, so the shell's own SQLite build is used; the copy is switched out of WAL so it stays one file.
 * A file that is missing or outside the attachments folder is left out. Returns how many went in.
 */
export function addFilesToBackup(db: Db, backupFile: string, dataDir: string): number {
  const names = referencedNames(db);
  db.prepare(`ATTACH DATABASE ? AS ${SCHEMA}`).run(backupFile);
  let added = 0;
  try {
    db.pragma(`${SCHEMA}.journal_mode = DELETE`);
    db.exec(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.${FILES_TABLE} (stored_name TEXT PRIMARY KEY, bytes BLOB NOT NULL)`);
    const insert = db.prepare(`INSERT OR REPLACE INTO ${SCHEMA}.${FILES_TABLE} (stored_name, bytes) VALUES (?, ?)`);
    for (const name of names) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(resolveStoredFile(dataDir, name));
      } catch {
        continue;
      }
      insert.run(name, bytes);
      added++;
    }
  } finally {
    db.exec(`DETACH DATABASE ${SCHEMA}`);
  }
  return added;
}

/** The bytes a backup holds for a stored name (`src` is the backup opened as a database), or null. */
export function backupFileReader(src: Db): (storedName: string) => Buffer | null {
  const has = src.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(FILES_TABLE);
  if (!has) return () => null;
  const get = src.prepare(`SELECT bytes FROM ${FILES_TABLE} WHERE stored_name = ?`).pluck();
  return (name) => {
    const bytes = get.get(name);
    return Buffer.isBuffer(bytes) ? bytes : null;
  };
}

type Row = Record<string, unknown>;
/** A restored row's name cell (checked as text by restore-rows); anything else counts as no name. */
const text = (cell: unknown): string => (typeof cell === 'string' ? cell : '');

/**
 * Gives every restored document a fresh generated name and writes its bytes there: from the backup when it
 * holds them, otherwise copied from the file of the old name if that one is still inside the attachments
 * folder. A name from the backup is never used as a path: "../../etc/passwd" only ever becomes a document
 * whose file is missing. Returns the rewritten data and the files written (removed again if the restore fails).
 */
export function placeRestoredFiles(
  data: BackupData,
  dataDir: string | null,
  fileOf: (storedName: string) => Buffer | null,
): { data: BackupData; written: string[] } {
  const written: string[] = [];
  // A fresh name per row (stored names are unique), even when a crafted backup repeats an old one.
  const rename = (row: Row): Row => {
    const fresh = generatedName(text(row.file_name));
    if (dataDir && writeRestored(dataDir, text(row.stored_name), fresh, fileOf)) written.push(fresh);
    return { ...row, stored_name: fresh };
  };
  try {
    const tables = { ...data.tables };
    if (tables.attachments) tables.attachments = tables.attachments.map(rename);
    if (tables.deleted_applications)
      tables.deleted_applications = tables.deleted_applications.map((row) => {
        const snapshot = JSON.parse(String(row.snapshot)) as { attachments?: Row[] };
        if (!snapshot.attachments) return row;
        return { ...row, snapshot: JSON.stringify({ ...snapshot, attachments: snapshot.attachments.map(rename) }) };
      });
    return { data: { ...data, tables }, written };
  } catch (err) {
    for (const f of written) removeStoredFile(dataDir, f);
    throw err;
  }
}

function writeRestored(dataDir: string, old: string, fresh: string, fileOf: (storedName: string) => Buffer | null): boolean {
  const target = storedFilePath(dataDir, fresh);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const bytes = fileOf(old);
  if (bytes) {
    if (bytes.length > MAX_ATTACHMENT_BYTES) return false;
    fs.writeFileSync(target, bytes, { flag: 'wx' });
    return true;
  }
  let source: string;
  try {
    source = resolveStoredFile(dataDir, old);
  } catch {
    return false; // missing, or outside the folder: the document shows as "file missing; attach it again"
  }
  if (fs.statSync(source).size > MAX_ATTACHMENT_BYTES) return false;
  fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
  return true;
}
