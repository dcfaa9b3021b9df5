import { createClient } from '../../../shared/client';
import { createCore } from '../../core/core';
import { resolveDataDir } from '../../core/data-dir';
import { dataDirOption, parse, type Command } from '../command';

export const list: Command = {
  async run(args, io) {
    const { values } = parse(args, { ...dataDirOption, json: { type: 'boolean' }, archived: { type: 'boolean' } });
    const core = createCore({ dataDir: resolveDataDir(values['data-dir']), leaveDamaged: true });
    const { call } = createClient(core.call);
    try {
      const apps = await call('applications.list', { archived: values.archived ?? false });
      if (values.json) {
        io.out(JSON.stringify(apps, null, 2));
        return 0;
      }
      if (apps.length === 0) {
        io.out('No applications yet. Add one in the app, or try `pursuit seed --count 20`.');
        return 0;
      }
      const stageName = new Map((await call('stages.list', {})).map((s) => [s.id, s.name]));
      for (const a of apps) {
        io.out(
          `#${a.id}\t${stageName.get(a.stageId) ?? '?'}\t${a.title} at ${a.company}${a.deadline ? `\tdeadline ${a.deadline}` : ''}`,
        );
      }
      return 0;
    } finally {
      core.close();
    }
  },
};
