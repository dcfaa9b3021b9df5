import type { Stage } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { cached, type Db, writeTransaction } from './db';

interface StageRow {
  id: number;
  name: string;
  position: number;
  is_closed: number;
}
const toStage = (r: StageRow): Stage => ({ id: r.id, name: r.name, position: r.position, isClosed: r.is_closed === 1 });

export function listStages(db: Db): Stage[] {
  return (cached(db, 'SELECT id, name, position, is_closed FROM stages ORDER BY position, id').all() as StageRow[]).map(toStage);
}

export function getStage(db: Db, id: number): Stage {
  const row = cached(db, 'SELECT id, name, position, is_closed FROM stages WHERE id = ?').get(id) as StageRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `There is no stage #${id}.`);
  return toStage(row);
}

export function findStageByName(db: Db, name: string): Stage | null {
  const row = cached(db, 'SELECT id, name, position, is_closed FROM stages WHERE name = ? COLLATE NOCASE').get(name.trim()) as
    StageRow | undefined;
  return row ? toStage(row) : null;
}

export function firstStage(db: Db): Stage {
  const stage = listStages(db)[0];
  if (!stage) throw new ApiError('CONFLICT', 'There are no stages; add one in Settings first.');
  return stage;
}

function assertNameFree(db: Db, name: string, exceptId?: number): void {
  const other = findStageByName(db, name);
  if (other && other.id !== exceptId) throw new ApiError('CONFLICT', `A stage named "${other.name}" already exists.`);
}

export function createStage(db: Db, name: string, isClosed: boolean, at: string): Stage {
  assertNameFree(db, name);
  const { next } = cached(db, 'SELECT coalesce(max(position) + 1, 0) AS next FROM stages').get() as { next: number };
  const info = cached(db, 'INSERT INTO stages (name, position, is_closed, created_at) VALUES (?, ?, ?, ?)').run(
    name.trim(),
    next,
    isClosed ? 1 : 0,
    at,
  );
  return getStage(db, Number(info.lastInsertRowid));
}

export function updateStage(db: Db, id: number, patch: { name?: string; isClosed?: boolean }): Stage {
  const stage = getStage(db, id);
  if (patch.name !== undefined) assertNameFree(db, patch.name, id);
  cached(db, 'UPDATE stages SET name = ?, is_closed = ? WHERE id = ?').run(
    patch.name?.trim() ?? stage.name,
    (patch.isClosed ?? stage.isClosed) ? 1 : 0,
    id,
  );
  return getStage(db, id);
}

/** `ids` must name every stage exactly once, in the new order. */
export function reorderStages(db: Db, ids: number[]): Stage[] {
  const existing = listStages(db).map((s) => s.id);
  const same = ids.length === existing.length && new Set(ids).size === ids.length && ids.every((i) => existing.includes(i));
  if (!same) throw new ApiError('BAD_INPUT', 'Give every stage exactly once to reorder them.');
  const set = cached(db, 'UPDATE stages SET position = ? WHERE id = ?');
  writeTransaction(db, () => ids.forEach((stageId, position) => set.run(position, stageId)));
  return listStages(db);
}

/** Deletes a stage; its applications (archived ones too) move to `moveTo` first, keeping their history. */
export function deleteStage(db: Db, id: number, moveTo: number | undefined, at: string): { moved: number } {
  return writeTransaction(db, () => {
    getStage(db, id);
    if (listStages(db).length === 1)
      throw new ApiError('CONFLICT', 'The board needs at least one stage: add another stage before deleting this one.');
    const { n } = cached(db, 'SELECT count(*) AS n FROM applications WHERE stage_id = ?').get(id) as { n: number };
    if (n > 0) {
      if (moveTo === undefined)
        throw new ApiError(
          'CONFLICT',
          `This stage holds ${n === 1 ? '1 application' : `${n} applications`}; choose a stage to move ${n === 1 ? 'it' : 'them'} to.`,
        );
      if (moveTo === id) throw new ApiError('BAD_INPUT', 'Choose a different stage to move the applications to.');
      getStage(db, moveTo);
      // Below the target's last card, keeping their order: positions can be negative (new cards go on top).
      const { base } = cached(
        db,
        `SELECT coalesce((SELECT max(position) FROM applications WHERE stage_id = ?), 0)
                - (SELECT min(position) FROM applications WHERE stage_id = ?) AS base`,
      ).get(moveTo, id) as { base: number };
      cached(
        db,
        `INSERT INTO stage_changes (application_id, from_stage_id, to_stage_id, changed_at)
         SELECT id, stage_id, ?, ? FROM applications WHERE stage_id = ?`,
      ).run(moveTo, at, id);
      cached(
        db,
        'UPDATE applications SET stage_id = ?, position = ? + position + 1, updated_at = ?, last_activity_at = ? WHERE stage_id = ?',
      ).run(moveTo, base, at, at, id);
    }
    cached(db, 'DELETE FROM stages WHERE id = ?').run(id);
    return { moved: n };
  });
}
