import { createCore } from '../../core/core';
import { resolveDataDir } from '../../core/data-dir';
import { seedDemoData } from '../../core/seed';
import { dataDirOption, parse, UsageError, type Command } from '../command';

export const seed: Command = {
  run(args, io) {
    const { values } = parse(args, { ...dataDirOption, count: { type: 'string' }, seed: { type: 'string', default: '1' } });
    const count = Number(values.count);
    const seedValue = Number(values.seed);
    if (!Number.isInteger(count) || count < 1 || count > 100_000)
      throw new UsageError('--count must be a whole number from 1 to 100000.');
    if (!Number.isInteger(seedValue)) throw new UsageError('--seed must be a whole number.');
    const core = createCore({ dataDir: resolveDataDir(values['data-dir']) });
    try {
      const started = performance.now();
      const { created } = seedDemoData(core.db, { count, seed: seedValue, now: core.now() });
      io.out(`Added ${created} demo applications in ${Math.round(performance.now() - started)} ms.`);
      return Promise.resolve(0);
    } finally {
      core.close();
    }
  },
};
