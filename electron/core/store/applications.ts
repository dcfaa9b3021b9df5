import type { ApplicationDetail, ApplicationSummary, PostingFields } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import type { BoardFilter } from '../../../shared/api';
import { listAttachments } from './attachments';
import { listContacts } from './contacts';
import { nowIso, type Db } from './db';
import { listEventsForApplication, syncDeadlineEvent } from './events';
import { listNotes } from './notes';
import { createPosting, getPosting, updatePostingFields, type NewPosting } from './postings';
import { toFtsQuery } from './search';
import { listStageChanges, recordStageChange } from './stage-changes';
import { firstStage, getStage } from './stages';
import { setApplicationTags } from './tags';

export interface ApplicationExtras {
  stageId?: number;
  excitement?: number | null;
  tags?: string[];
  dateSaved?: string;
  dateApplied?: string | null;
  /** When it was saved (an import or the demo data may lie in the past); default now. */
  createdAt?: string;
}

const SUMMARY_SELECT = `
  SELECT a.id, a.posting_id AS postingId, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company,
         p.location, p.workplace, a.stage_id AS stageId, a.position, a.date_saved AS dateSaved,
         a.date_applied AS dateApplied, p.deadline, a.excitement, a.archived,
         (SELECT json_group_array(t.name) FROM application_tags at JOIN tags t ON t.id = at.tag_id
           WHERE at.application_id = a.id) AS tags,
         a.last_activity_at AS lastActivityAt
  FROM applications a JOIN postings p ON p.id = a.posting_id`;

type SummaryRow = Omit<ApplicationSummary, 'archived' | 'tags'> & { archived: number; tags: string };
const toSummary = (r: SummaryRow): ApplicationSummary => ({
  ...r,
  archived: r.archived === 1,
  tags: (JSON.parse(r.tags) as string[]).sort((a, b) => a.localeCompare(b)),
});

/** Creates the posting and its application in the given (or first) stage, at the top of that column. */
export function createApplication(db: Db, posting: NewPosting, extras: ApplicationExtras = {}): ApplicationSummary {
  return db.transaction(() => {
    const stage = extras.stageId ? getStage(db, extras.stageId) : firstStage(db);
    const postingId = createPosting(db, posting);
    const { top } = db
      .prepare('SELECT coalesce(min(position), 1) - 1 AS top FROM applications WHERE stage_id = ? AND archived = 0')
      .get(stage.id) as { top: number };
    const now = extras.createdAt ?? nowIso();
    const info = db
      .prepare(
        `INSERT INTO applications (posting_id, stage_id, position, date_saved, date_applied, excitement, archived, created_at, updated_at, last_activity_at)
         VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
      )
      .run(postingId, stage.id, top, extras.dateSaved ?? now.slice(0, 10), extras.dateApplied ?? null, extras.excitement ?? null, now, now, now);
    const id = Number(info.lastInsertRowid);
    recordStageChange(db, id, null, stage.id, now);
    if (extras.tags?.length) setApplicationTags(db, id, extras.tags);
    if (posting.fields.deadline) syncDeadlineEvent(db, id, posting.fields.deadline, 'Application deadline');
    return getApplicationSummary(db, id);
  })();
}

export function getApplicationSummary(db: Db, id: number): ApplicationSummary {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE a.id = ?`).get(id) as SummaryRow | undefined;
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
  const where: string[] = ['a.archived = ?'];
  const params: unknown[] = [filter.archived ? 1 : 0];
  const fts = filter.search ? toFtsQuery(filter.search) : null;
  if (fts) {
    where.push('a.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)');
    params.push(fts);
  }
  if (filter.tag) {
    where.push('a.id IN (SELECT at.application_id FROM application_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ? COLLATE NOCASE)');
    params.push(filter.tag);
  }
  if (filter.workplace) {
    where.push('p.workplace = ?');
    params.push(filter.workplace);
  }
  if (filter.stageId) {
    where.push('a.stage_id = ?');
    params.push(filter.stageId);
  }
  if (filter.hasDeadline !== undefined) where.push(filter.hasDeadline ? 'p.deadline IS NOT NULL' : 'p.deadline IS NULL');
  const rows = db
    .prepare(`${SUMMARY_SELECT} WHERE ${where.join(' AND ')} ORDER BY a.stage_id, a.position, a.id`)
    .all(...params) as SummaryRow[];
  return rows.map(toSummary);
}

export function updateApplication(
  db: Db,
  id: number,
  patch: Partial<PostingFields> & Omit<ApplicationExtras, 'stageId'>,
): ApplicationDetail {
  db.transaction(() => {
    const current = getApplicationSummary(db, id);
    const { excitement, tags, dateSaved, dateApplied, ...fields } = patch;
    const posting = updatePostingFields(db, current.postingId, fields);
    const now = nowIso();
    db.prepare(
      'UPDATE applications SET excitement = ?, date_saved = ?, date_applied = ?, updated_at = ?, last_activity_at = ? WHERE id = ?',
    ).run(
      excitement === undefined ? current.excitement : excitement,
      dateSaved ?? current.dateSaved,
      dateApplied === undefined ? current.dateApplied : dateApplied,
      now,
      now,
      id,
    );
    if (tags) setApplicationTags(db, id, tags);
    if (fields.deadline !== undefined) syncDeadlineEvent(db, id, posting.deadline, 'Application deadline');
  })();
  return getApplicationDetail(db, id);
}

/**
 * Moves an application to `index` within the (unarchived) column of `stageId`. Positions are fractional,
 * so a move writes one row; the column is renumbered only when two neighbours get too close.
 */
export function moveApplication(db: Db, id: number, stageId: number, index: number, at = nowIso()): ApplicationSummary {
  return db.transaction(() => {
    const current = getApplicationSummary(db, id);
    const target = getStage(db, stageId);
    const column = () =>
      (
        db
          .prepare('SELECT id, position FROM applications WHERE stage_id = ? AND archived = 0 AND id != ? ORDER BY position, id')
          .all(stageId, id) as { id: number; position: number }[]
      );
    let others = column();
    const at_ = Math.min(index, others.length);
    const before = others[at_ - 1]?.position;
    const after = others[at_]?.position;
    if (before !== undefined && after !== undefined && after - before < 1e-9) {
      const renumber = db.prepare('UPDATE applications SET position = ? WHERE id = ?');
      others.forEach((o, i) => renumber.run(i, o.id));
      others = column();
    }
    const b = others[at_ - 1]?.position;
    const a = others[at_]?.position;
    const position = b === undefined ? (a === undefined ? 0 : a - 1) : a === undefined ? b + 1 : (a + b) / 2;
    const stageChanged = current.stageId !== stageId;
    const fillApplied = stageChanged && current.dateApplied === null && target.name.toLowerCase() === 'applied';
    db.prepare(
      'UPDATE applications SET stage_id = ?, position = ?, date_applied = ?, updated_at = ?, last_activity_at = ? WHERE id = ?',
    ).run(stageId, position, fillApplied ? at.slice(0, 10) : current.dateApplied, at, stageChanged ? at : current.lastActivityAt, id);
    if (stageChanged) recordStageChange(db, id, current.stageId, stageId, at);
    return getApplicationSummary(db, id);
  })();
}

export function setArchived(db: Db, id: number, archived: boolean): ApplicationSummary {
  getApplicationSummary(db, id);
  const now = nowIso();
  db.prepare('UPDATE applications SET archived = ?, updated_at = ?, last_activity_at = ? WHERE id = ?').run(archived ? 1 : 0, now, now, id);
  return getApplicationSummary(db, id);
}

/** Deletes the application with everything hanging off it, and its posting unless another application uses it. */
export function deleteApplication(db: Db, id: number): void {
  db.transaction(() => {
    const { postingId } = getApplicationSummary(db, id);
    db.prepare('DELETE FROM applications WHERE id = ?').run(id);
    db.prepare('DELETE FROM postings WHERE id = ? AND NOT EXISTS (SELECT 1 FROM applications WHERE posting_id = ?)').run(postingId, postingId);
  })();
}
