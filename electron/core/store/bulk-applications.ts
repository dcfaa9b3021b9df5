import type { BulkAction, BulkResult, BulkUndo } from '../../../shared/api-bulk';
import { getApplicationSummary, moveApplication, setArchived, undoMove } from './applications';
import { cached, type Db, writeTransaction } from './db';
import { deleteApplicationsKeepingSnapshots, restoreDeletedApplication } from './deleted-applications';
import { getStage } from './stages';
import { setApplicationTags } from './tags';

/**
 * Bulk actions (issue 12), each in one write transaction: a missing application or stage fails the whole
 * action with its message and changes nothing. Each returns what undoing it needs, listing only the cards it
 * changed, so that undo puts back exactly those. The single-card store functions do the work, so a bulk move
 * dates an application and records its stage change exactly as a drag would.
 */
export function bulkApply(
  db: Db,
  ids: readonly number[],
  action: BulkAction,
  at: string,
): BulkResult & { unusedFiles: string[] } {
  const unique = [...new Set(ids)];
  return writeTransaction(db, () => {
    // Every id must exist before anything changes: the message names the first that does not.
    const cards = unique.map((id) => getApplicationSummary(db, id));
    switch (action.kind) {
      case 'move': {
        getStage(db, action.stageId);
        const items = cards
          .filter((c) => c.stageId !== action.stageId)
          .map((c) => ({
            id: c.id,
            stageId: c.stageId,
            position: c.position,
            dateApplied: c.dateApplied,
            lastActivityAt: c.lastActivityAt,
          }));
        // In the order given (the board's), each to the end of the stage: they keep their order there.
        for (const item of items) moveApplication(db, item.id, action.stageId, 'end', at);
        return { changed: items.length, undo: { kind: 'move', items }, unusedFiles: [] };
      }
      case 'tag': {
        const tag = action.tag.trim();
        const tagged = cards.filter((c) => !c.tags.some((t) => t.toLowerCase() === tag.toLowerCase()));
        for (const c of tagged) setApplicationTags(db, c.id, [...c.tags, tag]);
        return { changed: tagged.length, undo: { kind: 'tag', tag, ids: tagged.map((c) => c.id) }, unusedFiles: [] };
      }
      case 'archive': {
        const items = cards.filter((c) => !c.archived).map((c) => ({ id: c.id, lastActivityAt: c.lastActivityAt }));
        for (const item of items) setArchived(db, item.id, true, at);
        return { changed: items.length, undo: { kind: 'archive', items }, unusedFiles: [] };
      }
      case 'delete': {
        const { unusedFiles } = deleteApplicationsKeepingSnapshots(db, unique, at);
        return { changed: unique.length, undo: { kind: 'delete', ids: unique }, unusedFiles };
      }
    }
  });
}

/** Puts back what one `bulkApply` changed; all or nothing. Returns how many applications it restored. */
export function bulkUndo(db: Db, undo: BulkUndo, at: string): { restored: number } {
  return writeTransaction(db, () => {
    switch (undo.kind) {
      case 'move':
        // Last moved first, so each goes back beside the neighbours it had.
        for (const { id, ...previous } of [...undo.items].reverse()) undoMove(db, id, previous, at);
        return { restored: undo.items.length };
      case 'tag':
        for (const id of undo.ids) {
          const { tags } = getApplicationSummary(db, id);
          setApplicationTags(
            db,
            id,
            tags.filter((t) => t.toLowerCase() !== undo.tag.toLowerCase()),
          );
        }
        return { restored: undo.ids.length };
      case 'archive': {
        const unarchive = cached(db, 'UPDATE applications SET archived = 0, last_activity_at = ?, updated_at = ? WHERE id = ?');
        for (const { id, lastActivityAt } of undo.items) {
          getApplicationSummary(db, id);
          unarchive.run(lastActivityAt, at, id);
        }
        return { restored: undo.items.length };
      }
      case 'delete':
        for (const id of undo.ids) restoreDeletedApplication(db, id);
        return { restored: undo.ids.length };
    }
  });
}
