import { createCore } from '../../core/core';
import { resolveDataDir } from '../../core/data-dir';
import { importPostingFile } from '../../core/postings/import-posting';
import { dataDirOption, parse, UsageError, type Command } from '../command';
import { readPostingFile } from './parse';

export const importCommand: Command = {
  summary: 'save postings as applications in the first stage (duplicates are skipped unless --force)',
  usage: 'pursuit import FILE... [--force] [--data-dir DIR]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...dataDirOption, force: { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new UsageError('Name at least one posting file.');
    const core = createCore({ dataDir: resolveDataDir(values['data-dir']) });
    const counts = { saved: 0, duplicate: 0, error: 0 };
    const showProgress = io.isTty && positionals.length >= 20;
    try {
      for (const [i, file] of positionals.entries()) {
        let outcome;
        try {
          outcome = await importPostingFile(core.db, { name: file, bytes: readPostingFile(file) }, { force: values.force });
        } catch (err) {
          outcome = { name: file, status: 'error' as const, message: (err as Error).message };
        }
        counts[outcome.status]++;
        if (showProgress) process.stderr.write(`\r${i + 1}/${positionals.length} files\x1b[K`);
        if (outcome.status === 'saved') io.out(`${file}: #${outcome.application.id}`);
        else if (outcome.status === 'duplicate') io.out(`${file}: duplicate of #${outcome.duplicate.applicationId}`);
        else io.out(`${file}: error: ${outcome.message}`);
      }
      if (showProgress) process.stderr.write('\n');
      if (positionals.length > 1) io.err(`${counts.saved} saved, ${counts.duplicate} duplicates, ${counts.error} errors.`);
      return counts.error ? 1 : 0;
    } finally {
      core.close();
    }
  },
};
