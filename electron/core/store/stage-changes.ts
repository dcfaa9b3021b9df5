import type { StageChange } from '../../../shared/domain';
import type { Db } from './db';

export function recordStageChange(db: Db, applicationId: number, from: number | null, to: number, at: string): void {
  db.prepare('INSERT INTO stage_changes (application_id, from_stage_id, to_stage_id, changed_at) VALUES (?, ?, ?, ?)').run(
    applicationId,
    from,
    to,
    at,
  );
}

export function listStageChanges(db: Db, applicationId: number): StageChange[] {
  return db
    .prepare(
      `SELECT id, application_id AS applicationId, from_stage_id AS fromStageId, to_stage_id AS toStageId, changed_at AS changedAt
       FROM stage_changes WHERE application_id = ? ORDER BY changed_at, id`,
    )
    .all(applicationId) as StageChange[];
}
