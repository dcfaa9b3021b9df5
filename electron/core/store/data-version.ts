import { cached, type Db } from './db';

/** Rows this connection changed that no cached read depends on, per connection (see `untrackedWrite`). */
const untracked = new WeakMap<Db, number>();

const totalChanges = (db: Db): number => (cached(db, 'SELECT total_changes() AS n').get() as { n: number }).n;

/**
 * The state of the data that cached answers are read from (the bad-dates check of `system.status`, a search's
 * hits): it moves whenever data is written, `data_version` when another connection commits (the CLI, a hand
 * edit with the sqlite3 tool) and `total_changes()` when this one does, less the rows written through
 * `untrackedWrite`. Equal versions mean nothing those answers read has changed.
 */
export function dataVersion(db: Db): string {
  const { v, c } = cached(db, 'SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c').get() as {
    v: number;
    c: number;
  };
  return `${v}:${c - (untracked.get(db) ?? 0)}`;
}

/**
 * Runs `write`, whose rows leave `dataVersion` as it was: only for writes to tables no cached answer reads
 * (the reminders' own bookkeeping, the search hits temp table). The reminder scheduler plans and delivers in
 * batches at every start (tens of thousands of missed reminders at 100,000 applications, a batch per turn of
 * the event loop): counted as data, each batch made the next page load check every stored date again
 * (1.5 s at 100,000 applications, the host answering nothing meanwhile).
 */
export function untrackedWrite<T>(db: Db, write: () => T): T {
  const before = totalChanges(db);
  try {
    return write();
  } finally {
    untracked.set(db, (untracked.get(db) ?? 0) + totalChanges(db) - before);
  }
}
