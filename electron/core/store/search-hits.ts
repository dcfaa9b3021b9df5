import type { Db } from './db';

/**
 * The rowids a search matches, kept in a temporary table of this connection (temp tables are private to
 * it and never touch the data file). A board search asks for a count per column and a page per column:
 * reading the FTS5 index once instead of once per statement makes a word found in half of 100,000
 * postings cost one pass. The table is reused while nothing has been written since: the same search
 * scrolled further, or asked again, reads no index at all.
 */
const state = new WeakMap<Db, { fts: string; version: string }>();

export const HITS_TABLE = 'temp.search_hits';

export function fillSearchHits(db: Db, fts: string): number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)');
  const version = (): string => {
    // data_version moves when another connection commits; total_changes when this one writes.
    const { v, c } = db.prepare('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c').get() as {
      v: number;
      c: number;
    };
    return `${v}:${c}`;
  };
  const last = state.get(db);
  if (last && last.fts === fts && last.version === version())
    return (db.prepare(`SELECT count(*) AS n FROM ${HITS_TABLE}`).get() as { n: number }).n;
  db.prepare(`DELETE FROM ${HITS_TABLE}`).run();
  const { changes } = db
    .prepare(`INSERT INTO ${HITS_TABLE} (id) SELECT rowid FROM search_index WHERE search_index MATCH ?`)
    .run(fts);
  state.set(db, { fts, version: version() });
  return changes;
}
