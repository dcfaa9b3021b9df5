import { dataVersion, untrackedWrite } from './data-version';
import type { Db } from './db';
import type { SearchQuery } from './search';

/**
 * The rowids a search matches, kept in a temporary table of this connection (temp tables are private to
 * it and never touch the data file). A board search asks for a count per column and a page per column:
 * reading the FTS5 index once instead of once per statement makes a word found in half of 100,000
 * postings cost one pass. The table is reused while nothing has been written since: the same search
 * scrolled further, or asked again, reads no index at all.
 *
 * `fuzzy` is 1 for a row found only by forgiving a typo (search-fuzzy.ts): those are listed after the rows
 * that match as typed.
 */
const state = new WeakMap<Db, { key: string; version: string; total: number; fuzzy: number }>();

export const HITS_TABLE = 'temp.search_hits';

/** Fills the hits table for `query`; how many rows match, and how many of them only by forgiving a typo. */
export function fillSearchHits(db: Db, query: SearchQuery): { total: number; fuzzy: number } {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY, fuzzy INTEGER NOT NULL)');
  const key = `${query.exact}\n${query.fuzzy ?? ''}`;
  const last = state.get(db);
  if (last?.key === key && last.version === dataVersion(db)) return { total: last.total, fuzzy: last.fuzzy };
  // The temp table holds no data: filling it leaves the data version (and what is cached against it) as it was.
  const { exact, fuzzy } = untrackedWrite(db, () => {
    db.prepare(`DELETE FROM ${HITS_TABLE}`).run();
    return {
      exact: db
        .prepare(`INSERT INTO ${HITS_TABLE} (id, fuzzy) SELECT rowid, 0 FROM search_index WHERE search_index MATCH ?`)
        .run(query.exact).changes,
      fuzzy: query.fuzzy
        ? db
            .prepare(
              `INSERT OR IGNORE INTO ${HITS_TABLE} (id, fuzzy) SELECT rowid, 1 FROM search_index WHERE search_index MATCH ?`,
            )
            .run(query.fuzzy).changes
        : 0,
    };
  });
  const result = { total: exact + fuzzy, fuzzy };
  state.set(db, { key, version: dataVersion(db), ...result });
  return result;
}

/** The version of the title, company and tag words: FTS5's structure record of `search_names`, which every write to that index changes. */
export function namesVersion(db: Db): string {
  const row = db.prepare('SELECT hex(block) AS v FROM search_names_data WHERE id = 10').get() as { v: string } | undefined;
  return row?.v ?? '';
}

/** An ORDER BY term that puts rows matching as typed before those found by forgiving a typo. */
export const EXACT_FIRST = `(SELECT h.fuzzy FROM ${HITS_TABLE} h WHERE h.id = a.id)`;
