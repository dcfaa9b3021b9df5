import type { ApplicationSummary } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { deleteApplication, getApplicationSummary } from './applications';
import { cached, type Db, writeTransaction } from './db';
import { setApplicationTags } from './tags';

/** How many deletions can still be undone; older snapshots (and their documents' files) are dropped. */
export const KEEP_DELETED = 50;

type Row = Record<string, unknown>;

/**
 * Every row a deleted application owns, as `SELECT *` saw it. Whole rows (not a typed subset) so that a
 * column another feature adds later is restored too without this file knowing about it.
 */
interface Snapshot {
  application: Row;
  posting: Row;
  /** Another application used the same posting, so deleting this one kept it. */
  postingShared: boolean;
  tags: string[];
  stageChanges: Row[];
  notes: Row[];
  contacts: Row[];
  attachments: Row[];
  events: Row[];
  reminders: Row[];
}

function takeSnapshot(db: Db, id: number): Snapshot {
  const { postingId } = getApplicationSummary(db, id);
  const all = (sql: string, ...p: unknown[]) => cached(db, sql).all(...p) as Row[];
  return {
    application: cached(db, 'SELECT * FROM applications WHERE id = ?').get(id) as Row,
    posting: cached(db, 'SELECT * FROM postings WHERE id = ?').get(postingId) as Row,
    postingShared: cached(db, 'SELECT 1 FROM applications WHERE posting_id = ? AND id != ?').get(postingId, id) !== undefined,
    tags: (
      all('SELECT t.name FROM application_tags at JOIN tags t ON t.id = at.tag_id WHERE at.application_id = ?', id) as {
        name: string;
      }[]
    ).map((r) => r.name),
    stageChanges: all('SELECT * FROM stage_changes WHERE application_id = ? ORDER BY id', id),
    notes: all('SELECT * FROM notes WHERE application_id = ? ORDER BY id', id),
    contacts: all('SELECT * FROM contacts WHERE application_id = ? ORDER BY id', id),
    attachments: all('SELECT * FROM attachments WHERE application_id = ? ORDER BY id', id),
    events: all('SELECT * FROM events WHERE application_id = ? ORDER BY id', id),
    reminders: all('SELECT r.* FROM reminders r JOIN events e ON e.id = r.event_id WHERE e.application_id = ? ORDER BY r.id', id),
  };
}

const storedNames = (s: Snapshot): string[] => s.attachments.map((a) => String(a.stored_name));

/**
 * Deletes an application, keeping a snapshot so `restoreDeletedApplication` can undo it. Returns the stored
 * names of document files that are no longer needed by anyone (from snapshots pruned now); the caller
 * removes them from disk after the transaction committed.
 */
export function deleteApplicationKeepingSnapshot(db: Db, id: number, at: string): { unusedFiles: string[] } {
  return deleteApplicationsKeepingSnapshots(db, [id], at);
}

/**
 * Deletes several applications in one transaction (a bulk delete), each with its snapshot. However many
 * there are, all of this batch stay restorable: pruning keeps at least the batch, beyond `KEEP_DELETED`.
 */
export function deleteApplicationsKeepingSnapshots(db: Db, ids: readonly number[], at: string): { unusedFiles: string[] } {
  return writeTransaction(db, () => {
    const keep = cached(
      db,
      'INSERT OR REPLACE INTO deleted_applications (application_id, snapshot, deleted_at) VALUES (?, ?, ?)',
    );
    for (const id of ids) {
      const snapshot = takeSnapshot(db, id);
      deleteApplication(db, id);
      keep.run(id, JSON.stringify(snapshot), at);
    }
    const old = cached(
      db,
      'SELECT application_id AS id, snapshot FROM deleted_applications ORDER BY deleted_at DESC, application_id DESC LIMIT -1 OFFSET ?',
    ).all(Math.max(KEEP_DELETED, ids.length)) as { id: number; snapshot: string }[];
    const unusedFiles: string[] = [];
    const drop = cached(db, 'DELETE FROM deleted_applications WHERE application_id = ?');
    const inUse = cached(db, 'SELECT 1 FROM attachments WHERE stored_name = ?');
    for (const o of old) {
      drop.run(o.id);
      for (const name of storedNames(JSON.parse(o.snapshot) as Snapshot)) if (!inUse.get(name)) unusedFiles.push(name);
    }
    return { unusedFiles };
  });
}

function insertRow(db: Db, table: string, row: Row, overrides: Row = {}, omit: string[] = []): number {
  const data = Object.fromEntries(Object.entries({ ...row, ...overrides }).filter(([k]) => !omit.includes(k)));
  const cols = Object.keys(data);
  const info = cached(
    db,
    `INSERT INTO ${table} (${cols.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...cols.map((c) => data[c]));
  return Number(info.lastInsertRowid);
}

const exists = (db: Db, table: string, id: unknown) => cached(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/** Brings a deleted application back with everything it owned. Keeps its id when that is still free. */
export function restoreDeletedApplication(db: Db, id: number): ApplicationSummary {
  return writeTransaction(db, () => {
    const row = cached(db, 'SELECT snapshot FROM deleted_applications WHERE application_id = ?').get(id) as
      { snapshot: string } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', 'That application can no longer be restored; only recent deletions can be undone.');
    const s = JSON.parse(row.snapshot) as Snapshot;
    const stageIds = new Set(
      (cached(db, 'SELECT id FROM stages ORDER BY position, id').all() as { id: number }[]).map((r) => r.id),
    );
    const firstStageId = [...stageIds][0];
    if (firstStageId === undefined) throw new ApiError('CONFLICT', 'There are no stages; add one in Settings first.');
    const stageOr = (v: unknown, fallback: number | null) => (typeof v === 'number' && stageIds.has(v) ? v : fallback);

    // The posting may still be there (shared with another application); otherwise bring it back.
    // SQLite reuses free rowids, so "a posting with that id" is not enough: it must be the same posting.
    const same =
      s.postingShared &&
      (cached(db, 'SELECT id FROM postings WHERE id = ? AND content_hash = ? AND created_at = ?').get(
        s.posting.id,
        s.posting.content_hash,
        s.posting.created_at,
      ) as { id: number } | undefined);
    const postingId = same ? same.id : insertRow(db, 'postings', s.posting, {}, ['id']);
    const appOverrides = { posting_id: postingId, stage_id: stageOr(s.application.stage_id, firstStageId) };
    const appId = exists(db, 'applications', id)
      ? insertRow(db, 'applications', s.application, appOverrides, ['id'])
      : insertRow(db, 'applications', s.application, appOverrides);

    if (s.tags.length) setApplicationTags(db, appId, s.tags);
    for (const c of s.stageChanges)
      insertRow(
        db,
        'stage_changes',
        c,
        { application_id: appId, from_stage_id: stageOr(c.from_stage_id, null), to_stage_id: stageOr(c.to_stage_id, null) },
        ['id'],
      );
    for (const n of s.notes) insertRow(db, 'notes', n, { application_id: appId }, ['id']);
    for (const c of s.contacts) insertRow(db, 'contacts', c, { application_id: appId }, ['id']);
    for (const a of s.attachments) insertRow(db, 'attachments', a, { application_id: appId }, ['id']);
    const eventIds = new Map<unknown, number>();
    for (const e of s.events) eventIds.set(e.id, insertRow(db, 'events', e, { application_id: appId }, ['id']));
    for (const r of s.reminders) {
      const eventId = eventIds.get(r.event_id);
      if (eventId !== undefined) insertRow(db, 'reminders', r, { event_id: eventId }, ['id']);
    }
    cached(db, 'DELETE FROM deleted_applications WHERE application_id = ?').run(id);
    return getApplicationSummary(db, appId);
  });
}
