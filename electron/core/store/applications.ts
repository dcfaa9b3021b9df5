import type { ApplicationDetail, ApplicationSummary, PostingFields } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { isBeforeApplied } from '../../../shared/stage-order';
import type { ApplicationFields, BoardFilter } from '../../../shared/api';
import { listAttachments } from './attachments';
import { listContacts } from './contacts';
import { localDay } from '../../../shared/dates';
import { filterSql, SUMMARY_SELECT, toSummary, type SummaryRow } from './application-query';
import { slotPosition, type Slot } from './column-slots';
import { cached, type Db, writeTransaction } from './db';
import { column, columnValues, insertSql, pickFields, setClause, storedIn, type FieldColumns } from './field-columns';
import { listEventsForApplication, syncDeadlineEvent } from './events';
import { listNotes } from './notes';
import { createPosting, getPosting, POSTING_COLUMNS, updatePostingFields, type NewPosting } from './postings';
import { dropLastStageChange, listStageChanges, recordStageChange } from './stage-changes';
import { firstStage, getStage, listStages } from './stages';
import { setApplicationTags } from './tags';

/** Each of the application's own fields (shared/api.ts) and its column: INSERT and UPDATE are built from it. */
export const APPLICATION_COLUMNS: FieldColumns<ApplicationFields> = {
  excitement: column('excitement'),
  dateSaved: column('date_saved'),
  dateApplied: column('date_applied'),
  tags: storedIn('application_tags'),
};

/** The applications columns that are not fields: where the card sits, and bookkeeping. */
export const APPLICATION_OWN_COLUMNS = [
  'posting_id',
  'stage_id',
  'position',
  'archived',
  'created_at',
  'updated_at',
  'last_activity_at',
] as const;

const INSERT_APPLICATION = insertSql('applications', APPLICATION_OWN_COLUMNS, APPLICATION_COLUMNS);

export type ApplicationExtras = Partial<ApplicationFields> & { stageId?: number };

/**
 * Creates the posting and its application in the given (or first) stage, at the top of that column.
 * `now`: when it was saved (the core's clock; an import or the demo data may lie in the past).
 */
export function createApplication(db: Db, posting: NewPosting, now: string, extras: ApplicationExtras = {}): ApplicationSummary {
  return writeTransaction(db, () => {
    const stage = extras.stageId ? getStage(db, extras.stageId) : firstStage(db);
    const postingId = createPosting(db, posting, now);
    const { top } = cached(
      db,
      'SELECT coalesce(min(position), 1) - 1 AS top FROM applications WHERE stage_id = ? AND archived = 0',
    ).get(stage.id) as { top: number };
    const fields = {
      excitement: extras.excitement ?? null,
      dateSaved: extras.dateSaved ?? localDay(new Date(now)),
      dateApplied: extras.dateApplied ?? null,
      tags: extras.tags ?? [],
    };
    const info = cached(db, INSERT_APPLICATION).run(
      postingId,
      stage.id,
      top,
      0,
      now,
      now,
      now,
      ...columnValues(APPLICATION_COLUMNS, fields),
    );
    const id = Number(info.lastInsertRowid);
    recordStageChange(db, id, null, stage.id, now);
    if (fields.tags.length) setApplicationTags(db, id, fields.tags);
    if (posting.fields.deadline) syncDeadlineEvent(db, id, posting.fields.deadline, 'Application deadline', now);
    return getApplicationSummary(db, id);
  });
}

export function getApplicationSummary(db: Db, id: number): ApplicationSummary {
  const row = cached(db, `${SUMMARY_SELECT} WHERE a.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `There is no application #${id}; it may have been deleted.`);
  return toSummary(row);
}

export function getApplicationDetail(db: Db, id: number): ApplicationDetail {
  const summary = getApplicationSummary(db, id);
  return {
    ...summary,
    posting: getPosting(db, summary.postingId),
    history: listStageChanges(db, id),
    notes: listNotes(db, id),
    contacts: listContacts(db, id),
    events: listEventsForApplication(db, id),
    attachments: listAttachments(db, id),
  };
}

/** Applications matching the filter, in board order. Archived ones only when `archived: true`. */
export function listApplications(db: Db, filter: BoardFilter = {}): ApplicationSummary[] {
  const { where, params } = filterSql(filter, db);
  const rows = cached(db, `${SUMMARY_SELECT} WHERE ${where} ORDER BY a.stage_id, a.position, a.id`).all(
    ...params,
  ) as SummaryRow[];
  return rows.map(toSummary);
}

export function updateApplication(
  db: Db,
  id: number,
  patch: Partial<PostingFields> & Partial<ApplicationFields>,
  now: string,
): ApplicationDetail {
  writeTransaction(db, () => {
    const current = getApplicationSummary(db, id);
    const own = pickFields(patch, APPLICATION_COLUMNS);
    const fields = pickFields(patch, POSTING_COLUMNS);
    const posting = updatePostingFields(db, current.postingId, fields, now);
    const set = setClause(APPLICATION_COLUMNS, own, ['updated_at', 'last_activity_at']);
    cached(db, `UPDATE applications ${set.sql} WHERE id = ?`).run(...set.values, now, now, id);
    if (own.tags) setApplicationTags(db, id, own.tags);
    if (fields.deadline !== undefined) syncDeadlineEvent(db, id, posting.deadline, 'Application deadline', now);
  });
  return getApplicationDetail(db, id);
}

/**
 * Moves an application to `index` (or a slot next to a card) within the (unarchived) column of `stageId`.
 * Positions are fractional, so a move reads two neighbours and writes one row (see column-slots.ts).
 */
export function moveApplication(db: Db, id: number, stageId: number, index: number | Slot, at: string): ApplicationSummary {
  return writeTransaction(db, () => {
    const current = getApplicationSummary(db, id);
    const target = getStage(db, stageId);
    const position = slotPosition(db, id, stageId, typeof index === 'number' ? { index } : index);
    const stageChanged = current.stageId !== stageId;
    // The first move to Applied or past it (Saved straight to Interviewing) dates the application.
    const fillApplied = stageChanged && current.dateApplied === null && !isBeforeApplied(target, listStages(db));
    cached(
      db,
      'UPDATE applications SET stage_id = ?, position = ?, date_applied = ?, updated_at = ?, last_activity_at = ? WHERE id = ?',
    ).run(
      stageId,
      position,
      fillApplied ? localDay(new Date(at)) : current.dateApplied,
      at,
      stageChanged ? at : current.lastActivityAt,
      id,
    );
    if (stageChanged) recordStageChange(db, id, current.stageId, stageId, at);
    return getApplicationSummary(db, id);
  });
}

/**
 * Moves an application to just before `beforeId` in the column of `stageId` (`null`: the end), or just after
 * `afterId` when given. A filtered board shows only some cards of a column, and a long column only its first
 * pages, so the board names a neighbour rather than an index.
 */
export function placeApplication(
  db: Db,
  id: number,
  stageId: number,
  beforeId: number | null,
  at: string,
  afterId?: number,
): ApplicationSummary {
  return writeTransaction(db, () => {
    if (beforeId === id || afterId === id) throw new ApiError('BAD_INPUT', 'An application cannot be placed next to itself.');
    const refId = afterId ?? beforeId;
    if (refId !== null) {
      const ref = cached(db, 'SELECT stage_id AS stageId, archived FROM applications WHERE id = ?').get(refId) as
        { stageId: number; archived: number } | undefined;
      if (ref?.stageId !== stageId || ref.archived === 1)
        throw new ApiError('CONFLICT', 'The board changed while you were moving the card; it has been refreshed, try again.');
    }
    const slot: Slot = afterId !== undefined ? { after: afterId } : beforeId !== null ? { before: beforeId } : 'end';
    return moveApplication(db, id, stageId, slot, at);
  });
}

export interface Placement {
  stageId: number;
  position: number;
  dateApplied: string | null;
  lastActivityAt: string;
}

/**
 * Undoes a move: the card goes back where it was, and the stage change that move recorded is dropped.
 * `at` (the core's clock) stamps `updated_at`; the card's last activity goes back to what it was.
 */
export function undoMove(db: Db, id: number, previous: Placement, at: string): ApplicationSummary {
  return writeTransaction(db, () => {
    const current = getApplicationSummary(db, id);
    getStage(db, previous.stageId);
    if (current.stageId !== previous.stageId) dropLastStageChange(db, id, previous.stageId, current.stageId);
    cached(
      db,
      'UPDATE applications SET stage_id = ?, position = ?, date_applied = ?, last_activity_at = ?, updated_at = ? WHERE id = ?',
    ).run(previous.stageId, previous.position, previous.dateApplied, previous.lastActivityAt, at, id);
    return getApplicationSummary(db, id);
  });
}

export function setArchived(db: Db, id: number, archived: boolean, now: string): ApplicationSummary {
  getApplicationSummary(db, id);
  cached(db, 'UPDATE applications SET archived = ?, updated_at = ?, last_activity_at = ? WHERE id = ?').run(
    archived ? 1 : 0,
    now,
    now,
    id,
  );
  return getApplicationSummary(db, id);
}

/** Deletes the application with everything hanging off it, and its posting unless another application uses it. */
export function deleteApplication(db: Db, id: number): void {
  writeTransaction(db, () => {
    const { postingId } = getApplicationSummary(db, id);
    cached(db, 'DELETE FROM applications WHERE id = ?').run(id);
    cached(db, 'DELETE FROM postings WHERE id = ? AND NOT EXISTS (SELECT 1 FROM applications WHERE posting_id = ?)').run(
      postingId,
      postingId,
    );
  });
}
