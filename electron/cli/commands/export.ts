import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolveDataDir } from '../../core/data-dir';
import { openDataDirWithRecovery } from '../../core/recovery';
import { dataDirOption, parse, UsageError, type Command } from '../command';
import { sqliteBinding } from '../sqlite-binding';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Upper bound of the export's memory map (SQLite maps no more than the file's size). */
const MMAP_BYTES = 2 ** 40;

/** Writes `chunks` to `file` (created or truncated) with synchronous writes, one per chunk. */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      // write(2) may take fewer bytes than given; the rest goes in the next call.
      for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at);
    }
  } finally {
    fs.closeSync(fd);
  }
}

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
        'no-archived': { type: 'boolean' },
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
    if (kind === 'ics' && (values.stage || values.from || values.to || values['no-bom'] || values['no-archived']))
      throw new UsageError('--stage, --from, --to, --no-archived and --no-bom apply to `export csv` only.');

    // The data file alone, not the whole core: an export needs no API handlers, and a cold start is most of
    // what a small export costs. The exporter is loaded only for the kind asked for.
    const { db } = openDataDirWithRecovery(resolveDataDir(values['data-dir']), {
      leaveDamaged: true,
      skipCheck: true,
      nativeBinding: sqliteBinding(),
    });
    // Read the file through a memory map rather than one read() call per page: a cold export reads every
    // application once, and this halves SQLite's share of it (about 170 -> 95 ms at 10,000). Only this one-shot
    // reader's connection is mapped; in WAL mode a checkpoint never shrinks the file under an open reader.
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    try {
      const now = new Date();
      let chunks: Iterable<string>;
      let fileName: string;
      let what: () => string;
      if (kind === 'csv') {
        const { streamApplicationsCsv } = await import('../../core/data/csv-export');
        const file = streamApplicationsCsv(db, {
          stage: values.stage,
          from: values.from,
          to: values.to,
          includeArchived: !values['no-archived'],
          bom: !values['no-bom'],
          now,
        });
        chunks = file.chunks;
        fileName = file.fileName;
        what = () => `${file.count} applications`;
      } else {
        const { exportIcs, icsFileName } = await import('../../core/calendar/ics-export');
        chunks = [exportIcs(db, { now })];
        fileName = icsFileName(now);
        what = () => 'your calendar';
      }
      // Rows go out as SQLite reads them, chunk by chunk: no whole file in memory. A file is written with
      // plain synchronous writes (a stream's per-chunk callbacks and ticks cost more than the writes here);
      // standard output may be a pipe, so it keeps the stream's back-pressure.
      if (values.out) {
        writeChunks(values.out, chunks);
        io.err(`Wrote ${what()} to ${values.out}.`);
      } else {
        await pipeline(Readable.from(chunks), process.stdout, { end: false });
        if (!io.isTty) io.err(`Wrote ${what()} (suggested file name: ${fileName}).`);
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
