import { cached, type Db } from './db';

/** Where a card goes in a column: at an index, next to a card, or at the end. */
export type Slot = { index: number } | { before: number } | { after: number } | 'end';

const COLUMN = 'stage_id = ? AND archived = 0 AND id != ?';

/**
 * The position for card `id` at `slot` of the (unarchived) column of `stageId`. Positions are REAL, so a
 * card goes halfway between its two neighbours, found through the board index (archived, stage_id,
 * position) in a few page reads whatever the column's length; only the placed card's row is written.
 * When two neighbours get too close (after ~50 moves into the same gap) the column is renumbered once.
 */
export function slotPosition(db: Db, id: number, stageId: number, slot: Slot): number {
  let { before, after } = neighbours(db, id, stageId, slot);
  if (before !== undefined && after !== undefined && after - before < 1e-9) {
    const others = cached(db, `SELECT id FROM applications WHERE ${COLUMN} ORDER BY position, id`).all(stageId, id) as {
      id: number;
    }[];
    const renumber = cached(db, 'UPDATE applications SET position = ? WHERE id = ?');
    others.forEach((o, i) => renumber.run(i, o.id));
    ({ before, after } = neighbours(db, id, stageId, slot));
  }
  if (before === undefined) return after === undefined ? 0 : after - 1;
  return after === undefined ? before + 1 : (after + before) / 2;
}

// `position <= ?` (or `>=`) beside the tie-break on id bounds the index range, so the walk starts at the
// reference card instead of at the far end of the column (an OR alone is only a filter).
function neighbours(db: Db, id: number, stageId: number, slot: Slot): { before?: number; after?: number } {
  const one = (sql: string, ...params: unknown[]): number | undefined =>
    (cached(db, sql).get(stageId, id, ...params) as { position: number } | undefined)?.position;
  const last = () => one(`SELECT position FROM applications WHERE ${COLUMN} ORDER BY position DESC, id DESC LIMIT 1`);
  if (slot === 'end') return { before: last() };
  if ('index' in slot) {
    if (slot.index === 0)
      return { after: one(`SELECT position FROM applications WHERE ${COLUMN} ORDER BY position, id LIMIT 1`) };
    const rows = cached(db, `SELECT position FROM applications WHERE ${COLUMN} ORDER BY position, id LIMIT 2 OFFSET ?`).all(
      stageId,
      id,
      slot.index - 1,
    ) as { position: number }[];
    // Past the end of the column: the end.
    return rows.length === 0 ? { before: last() } : { before: rows[0]!.position, after: rows[1]?.position };
  }
  const refId = 'before' in slot ? slot.before : slot.after;
  const ref = (cached(db, 'SELECT position FROM applications WHERE id = ?').get(refId) as { position: number }).position;
  if ('before' in slot)
    return {
      after: ref,
      before: one(
        `SELECT position FROM applications WHERE ${COLUMN} AND position <= ? AND (position < ? OR id < ?) ORDER BY position DESC, id DESC LIMIT 1`,
        ref,
        ref,
        refId,
      ),
    };
  return {
    before: ref,
    after: one(
      `SELECT position FROM applications WHERE ${COLUMN} AND position >= ? AND (position > ? OR id > ?) ORDER BY position, id LIMIT 1`,
      ref,
      ref,
      refId,
    ),
  };
}
