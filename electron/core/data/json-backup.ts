import { format } from 'date-fns';
import { ApiError } from '../../../shared/envelope';
import { LATEST_VERSION, schemaVersion } from '../migrations';
import { writeTransaction, type Db } from '../store/db';
import { validateBackupRows } from './restore-rows';

/**
 * A JSON backup of everything: every row of every table (applications, postings, stages, history, events,
 * reminders, notes, contacts, the attachment list, tags, settings, ...), keyed by table and column name.
 * Tables are found from the schema, so a table a later migration adds is backed up without touching this
 * file; the search index is left out because triggers rebuild it as the rows go back in.
 * The attachment files are not in it (a JSON download stays small); the SQLite backups in backups/ hold them
 * (backup-files.ts). Every row is checked before a restore replaces anything (restore-rows.ts).
 */

export const BACKUP_FORMAT = 'pursuit-backup';
export const BACKUP_VERSION = 1;

export interface BackupData {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Ordinary tables of the main schema (not SQLite's own, not the FTS index and its shadow tables), parents first. */
export function tablesInOrder(db: Db): string[] {
  const names = (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    // pursuit_backup_*: a backup file's own container tables (backup-files.ts), not data.
    .filter(
      (t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !t.name.startsWith('pursuit_backup_'),
    )
    .map((t) => t.name)
    .sort();
  const parents = new Map(
    names.map((n) => [
      n,
      (db.pragma(`foreign_key_list("${n}")`) as { table: string }[]).map((f) => f.table).filter((p) => p !== n),
    ]),
  );
  const ordered: string[] = [];
  const visit = (n: string, path: Set<string>) => {
    if (ordered.includes(n) || path.has(n)) return;
    path.add(n);
    for (const p of parents.get(n) ?? []) if (names.includes(p)) visit(p, path);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}

const columnsOf = (db: Db, table: string): string[] =>
  (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);

export function dumpDatabase(db: Db, now: Date = new Date()): BackupData {
  const tables: BackupData['tables'] = {};
  db.transaction(() => {
    for (const t of tablesInOrder(db)) {
      // By primary key (WITHOUT ROWID tables have no rowid), so two dumps of the same data are equal.
      const key = (db.pragma(`table_info("${t}")`) as { name: string; pk: number }[])
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => `"${c.name}"`);
      tables[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${key.length ? key.join(', ') : 'rowid'}`).all() as Record<
        string,
        unknown
      >[];
    }
  })();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: schemaVersion(db),
    createdAt: now.toISOString(),
    tables,
  };
}

/** `(db, dataDir, options)` like the other data functions: the JSON text and a file name to save it under. */
export function jsonBackup(db: Db, _dataDir: string | null, options: { now?: Date } = {}): { json: string; fileName: string } {
  const now = options.now ?? new Date();
  return { json: JSON.stringify(dumpDatabase(db, now)), fileName: `pursuit-backup-${format(now, 'yyyy-MM-dd-HHmmss')}.json` };
}

export function parseBackupJson(text: string): BackupData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError('BAD_INPUT', 'This file is not a Pursuit backup: it is not valid JSON.');
  }
  const d = data as Partial<BackupData> | null;
  // Checked as parsed: JSON may hold null or a string where BackupData says an object.
  const tables: unknown = d?.tables;
  if (d?.format !== BACKUP_FORMAT || typeof tables !== 'object' || tables === null)
    throw new ApiError('BAD_INPUT', 'This file is not a Pursuit backup (choose a file saved with "Download JSON backup").');
  if ((d.version ?? 0) > BACKUP_VERSION || (d.schemaVersion ?? 0) > LATEST_VERSION)
    throw new ApiError('BAD_INPUT', 'This backup was made by a newer version of Pursuit; update Pursuit to restore it.');
  for (const rows of Object.values(tables))
    if (!Array.isArray(rows)) throw new ApiError('BAD_INPUT', 'This backup is damaged: a table is not a list of rows.');
  return d as BackupData;
}

export const countApplications = (db: Db): number =>
  (db.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n;

/**
 * Replaces every row with the backup's, inside the open connection and one transaction: either all of the
 * backup is in, or nothing changed. Foreign keys are checked at commit (`defer_foreign_keys`), rows go in
 * parents first so the search-index triggers see each application's posting and notes.
 * Columns the backup lacks (it came from an older version) take their defaults; tables it lacks stay empty.
 */
export function replaceAllData(db: Db, data: BackupData): { applications: number } {
  validateBackupRows(data, tablesInOrder(db));
  writeTransaction(db, () => {
    db.pragma('defer_foreign_keys = ON');
    const tables = tablesInOrder(db);
    for (const t of [...tables].reverse()) db.prepare(`DELETE FROM "${t}"`).run();
    for (const t of tables) {
      const rows = data.tables[t];
      if (!rows?.length) continue;
      const known = new Set(columnsOf(db, t));
      const columns = Object.keys(rows[0] ?? {}).filter((c) => known.has(c));
      if (!columns.length) continue;
      const insert = db.prepare(
        `INSERT INTO "${t}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c.replace(/\W/g, '_')}`).join(', ')})`,
      );
      for (const row of rows) {
        const params: Record<string, unknown> = {};
        for (const c of columns) params[c.replace(/\W/g, '_')] = row[c] ?? null;
        insert.run(params);
      }
    }
  });
  return { applications: countApplications(db) };
}
