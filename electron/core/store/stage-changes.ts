import type { StageChange } from '../../../shared/domain';
import { cached, type Db } from './db';

export function recordStageChange(db: Db, applicationId: number, from: number | null, to: number, at: string): void {
  cached(db, 'INSERT INTO stage_changes (application_id, from_stage_id, to_stage_id, changed_at) VALUES (?, ?, ?, ?)').run(
    applicationId,
    from,
    to,
    at,
  );
}

export function listStageChanges(db: Db, applicationId: number): StageChange[] {
  return cached(
    db,
    `SELECT id, application_id AS applicationId, from_stage_id AS fromStageId, to_stage_id AS toStageId, changed_at AS changedAt
       FROM stage_changes WHERE application_id = ? ORDER BY changed_at, id`,
  ).all(applicationId) as StageChange[];
}

/** Removes the newest recorded `from -> to` change of an application (an undone move leaves no trace). */
export function dropLastStageChange(db: Db, applicationId: number, from: number, to: number): void {
  cached(
    db,
    `DELETE FROM stage_changes WHERE id = (
       SELECT id FROM stage_changes WHERE application_id = ? AND from_stage_id = ? AND to_stage_id = ?
       ORDER BY changed_at DESC, id DESC LIMIT 1)`,
  ).run(applicationId, from, to);
}
