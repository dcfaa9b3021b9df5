import fs from 'node:fs';
import { exportIcs, icsFileName } from '../../core/calendar/ics-export';
import { createCore } from '../../core/core';
import { exportApplicationsCsv } from '../../core/data/csv-export';
import { resolveDataDir } from '../../core/data-dir';
import { dataDirOption, parse, UsageError, type Command } from '../command';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const exportCommand: Command = {
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      {
        ...dataDirOption,
        out: { type: 'string' },
        stage: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'no-bom': { type: 'boolean' },
      },
      true,
    );
    const [kind, ...extra] = positionals;
    if ((kind !== 'csv' && kind !== 'ics') || extra.length) throw new UsageError('Say what to export: `csv` or `ics`.');
    for (const key of ['from', 'to'] as const) {
      const v = values[key];
      if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${key} takes a date like 2027-03-15, not "${v}".`);
    }
    if (kind === 'ics' && (values.stage || values.from || values.to || values['no-bom']))
      throw new UsageError('--stage, --from, --to and --no-bom apply to `export csv` only.');

    const core = createCore({ dataDir: resolveDataDir(values['data-dir']), leaveDamaged: true });
    try {
      const now = new Date();
      const { text, fileName, what } =
        kind === 'csv'
          ? (() => {
              const r = exportApplicationsCsv(core.db, core.dataDir, {
                stage: values.stage,
                from: values.from,
                to: values.to,
                bom: !values['no-bom'],
                now,
              });
              return { text: r.csv, fileName: r.fileName, what: `${r.count} applications` };
            })()
          : { text: exportIcs(core.db, { now }), fileName: icsFileName(now), what: 'your calendar' };
      if (values.out) {
        fs.writeFileSync(values.out, text);
        io.err(`Wrote ${what} to ${values.out}.`);
      } else {
        process.stdout.write(text);
        if (!io.isTty) io.err(`Wrote ${what} (suggested file name: ${fileName}).`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};
