import type { Database } from 'better-sqlite3';

/**
 * A board that pages (issue 14): a column's page is read in index order, so the first page of a column of
 * 100,000 costs as little as one of 10. `applications_board` (archived, stage_id, position) already serves the
 * manual order; these serve the other orders a column can be read in (last activity, excitement, date
 * applied; each read descending, which puts empty values last). Positions are already REAL, so a move
 * writes one row between its neighbours and no column is renumbered.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX applications_board_activity ON applications(archived, stage_id, last_activity_at);
    CREATE INDEX applications_board_excitement ON applications(archived, stage_id, excitement);
    CREATE INDEX applications_board_applied ON applications(archived, stage_id, date_applied);
  `);
}
