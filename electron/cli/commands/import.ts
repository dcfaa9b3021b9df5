import { createCore } from '../../core/core';
import { resolveDataDir } from '../../core/data-dir';
import { importPostingFiles } from '../../core/postings/import-posting';
import { dataDirOption, parse, UsageError, type Command } from '../command';
import { readPostingFile } from './parse';

export const importCommand: Command = {
  async run(args, io) {
    const { values, positionals } = parse(args, { ...dataDirOption, force: { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new UsageError('Name at least one posting file.');
    const core = createCore({ dataDir: resolveDataDir(values['data-dir']) });
    const counts = { saved: 0, duplicate: 0, error: 0 };
    const showProgress = io.isTty && positionals.length >= 20;
    try {
      await importPostingFiles(
        core.db,
        positionals.map((file) => ({ name: file, read: () => readPostingFile(file) })),
        {
          force: values.force,
          at: core.now().toISOString(),
          onResult(outcome, done) {
            counts[outcome.status]++;
            if (outcome.status === 'saved') io.out(`${outcome.name}: #${outcome.application.id}`);
            else if (outcome.status === 'duplicate') io.out(`${outcome.name}: duplicate of #${outcome.duplicate.applicationId}`);
            else io.out(`${outcome.name}: error: ${outcome.message}`);
            if (showProgress)
              process.stderr.write(`\r${done}/${positionals.length} files\x1b[K${done === positionals.length ? '\n' : ''}`);
          },
        },
      );
      if (positionals.length > 1) io.err(`${counts.saved} saved, ${counts.duplicate} duplicates, ${counts.error} errors.`);
      return counts.error ? 1 : 0;
    } finally {
      core.close();
    }
  },
};
