import fs from 'node:fs';
import { createCore } from '../../core/core';
import { backupNow, restoreBackup } from '../../core/data/auto-backup';
import { resolveDataDir } from '../../core/data-dir';
import { ApiError } from '../../../shared/envelope';
import { dataDirOption, parse, UsageError, type Command } from '../command';

export const backup: Command = {
  summary: "back up the data and the attached documents now into the data folder's backups/ (one SQLite file)",
  usage: 'pursuit backup [--data-dir DIR]',
  async run(args, io) {
    const { values } = parse(args, dataDirOption);
    const core = createCore({ dataDir: resolveDataDir(values['data-dir']) });
    try {
      const file = await backupNow(core.db, core.dataDir, { kind: 'manual' });
      io.out(`Backed up to ${file.name} (${(file.sizeBytes / 1024).toFixed(0)} KB) in ${core.dataDir}/backups.`);
      return 0;
    } finally {
      core.close();
    }
  },
};

export const restore: Command = {
  summary: 'restore from a backup (.db from backups/, or a JSON backup); --replace to overwrite existing data',
  usage: 'pursuit restore FILE [--replace] [--data-dir DIR]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...dataDirOption, replace: { type: 'boolean' } }, true);
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UsageError('Name one backup file to restore.');
    if (!fs.existsSync(file)) throw new UsageError(`There is no file ${file}.`);
    const core = createCore({ dataDir: resolveDataDir(values['data-dir']) });
    try {
      const result = await restoreBackup(core.db, core.dataDir, { source: { file }, replace: values.replace });
      io.out(`Restored ${result.applications} applications from ${file}.`);
      if (result.safetyBackup) io.out(`The data that was there before is kept in backups/${result.safetyBackup}.`);
      return 0;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') {
        io.err(`${err.message}\nRun again with --replace to go ahead.`);
        return 1;
      }
      throw err;
    } finally {
      core.close();
    }
  },
};
