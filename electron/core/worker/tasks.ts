import { backupNow, restoreBackup, runAutoBackupIfDue, type RestoreOptions } from '../data/auto-backup';
import { analyzeCsv, commitCsvImport, type CsvCommitOptions, type CsvImportOptions } from '../data/csv-import';
import { parsePosting, type PostingSource } from '../importer';
import { importPostingFiles } from '../postings/import-posting';
import type { Db } from '../store/db';

/**
 * The tasks a worker thread can run, by name. Each gets its own database connection (or none) and a
 * progress callback; inputs and results cross threads by structured clone (plain data, Dates, bytes).
 */

export interface TaskContext {
  db: Db | null;
  progress: (done: number, total: number) => void;
}

const needDb = (db: Db | null): Db => {
  if (!db) throw new Error('This task needs the database file.');
  return db;
};

export const tasks = {
  'csv.analyze': (ctx: TaskContext, input: CsvImportOptions) => analyzeCsv(needDb(ctx.db), null, input),
  'csv.commit': (ctx: TaskContext, input: CsvCommitOptions) =>
    commitCsvImport(needDb(ctx.db), null, { ...input, onProgress: ctx.progress }),
  'posting.parse': (_ctx: TaskContext, input: PostingSource) => parsePosting(input),
  /** A batch of posting files: parsed and saved in chunks, progress after each committed chunk. */
  'postings.importFiles': (
    ctx: TaskContext,
    input: { files: { name: string; bytes: Uint8Array }[]; force?: boolean; at: string },
  ) =>
    importPostingFiles(
      needDb(ctx.db),
      input.files.map((f) => ({ name: f.name, read: () => f.bytes })),
      { force: input.force, at: input.at, onResult: (_outcome, done) => ctx.progress(done, input.files.length) },
    ),
  // Backups and restores (auto-backup.ts) through the worker's own connection; after a restore commits, the
  // app's connection reads the new rows (WAL: every read transaction sees the latest commit).
  'backup.now': (ctx: TaskContext, input: { dataDir: string; now: Date; kind?: 'manual' | 'before-restore' }) =>
    backupNow(needDb(ctx.db), input.dataDir, { now: input.now, kind: input.kind }),
  'backup.auto': (ctx: TaskContext, input: { dataDir: string; now: Date }) =>
    runAutoBackupIfDue(needDb(ctx.db), input.dataDir, input.now),
  'backup.restore': (ctx: TaskContext, input: { dataDir: string; options: RestoreOptions }) =>
    restoreBackup(needDb(ctx.db), input.dataDir, input.options),
};

export type TaskName = keyof typeof tasks;
export type TaskInput<K extends TaskName> = Parameters<(typeof tasks)[K]>[1];
export type TaskResult<K extends TaskName> = Awaited<ReturnType<(typeof tasks)[K]>>;
