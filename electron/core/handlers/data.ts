import type { dataApi } from '../../../shared/api-data';
import { backupNow, backupsDir, listBackups, restoreBackup } from '../data/auto-backup';
import { exportApplicationsCsv } from '../data/csv-export';
import { getExportSettings, updateExportSettings } from '../data/export-settings';
import { analyzeCsv, commitCsvImport } from '../data/csv-import';
import { jsonBackup } from '../data/json-backup';
import { proofOfApplications, proofReportCsv } from '../data/proof-report';
import { runInWorker } from '../worker/run-in-worker';
import { listApplications } from '../store/applications';
import type { HandlerMap } from './types';

export const dataHandlers: HandlerMap<keyof typeof dataApi> = {
  'data.exportCsv': (ctx, input) =>
    exportApplicationsCsv(ctx.db, ctx.dataDir, {
      ...input,
      now: ctx.now(),
      boardIds: (filter) => listApplications(ctx.db, filter).map((a) => a.id),
    }),
  'data.exportSettings': (ctx) => getExportSettings(ctx.db),
  'data.updateExportSettings': (ctx, input) => updateExportSettings(ctx.db, input),
  'data.proofReport': (ctx, input) => proofOfApplications(ctx.db, ctx.dataDir, input),
  'data.proofCsv': (ctx, input) => proofReportCsv(ctx.db, ctx.dataDir, input),
  // In a worker thread when the database is a file (a worker cannot share an in-memory one), so the host and
  // the window keep answering while a large file is checked and written.
  'data.importAnalyze': (ctx, input) =>
    ctx.dataDir
      ? runInWorker({
          task: 'csv.analyze',
          input: { ...input, now: ctx.now() },
          dbFile: ctx.db.name,
          nativeBinding: ctx.nativeBinding,
        })
      : analyzeCsv(ctx.db, ctx.dataDir, { ...input, now: ctx.now() }),
  'data.importCommit': (ctx, input) => {
    const onProgress = (done: number, total: number) => ctx.progress?.({ method: 'data.importCommit', done, total });
    return ctx.dataDir
      ? runInWorker({
          task: 'csv.commit',
          input: { ...input, now: ctx.now() },
          dbFile: ctx.db.name,
          nativeBinding: ctx.nativeBinding,
          onProgress,
        })
      : commitCsvImport(ctx.db, ctx.dataDir, { ...input, now: ctx.now(), onProgress });
  },
  'data.backupJson': (ctx) => jsonBackup(ctx.db, ctx.dataDir, { now: ctx.now() }),
  // Backup and restore too: copying a large database with its documents, or replacing every row, must not
  // hold the host. Without a data folder these refuse inline (there is nowhere to keep a backup).
  'data.backupNow': (ctx) =>
    ctx.dataDir
      ? runInWorker({
          task: 'backup.now',
          input: { dataDir: ctx.dataDir, now: ctx.now() },
          dbFile: ctx.db.name,
          nativeBinding: ctx.nativeBinding,
        })
      : backupNow(ctx.db, ctx.dataDir, { now: ctx.now() }),
  'data.listBackups': (ctx) => ({
    folder: ctx.dataDir ? backupsDir(ctx.dataDir) : null,
    backups: ctx.dataDir ? listBackups(ctx.dataDir) : [],
  }),
  'data.restore': (ctx, input) =>
    ctx.dataDir
      ? runInWorker({
          task: 'backup.restore',
          input: { dataDir: ctx.dataDir, options: { ...input, now: ctx.now() } },
          dbFile: ctx.db.name,
          nativeBinding: ctx.nativeBinding,
        })
      : restoreBackup(ctx.db, ctx.dataDir, { ...input, now: ctx.now() }),
};
