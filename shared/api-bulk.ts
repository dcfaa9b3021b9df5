import { z } from 'zod';
import { day, id, instant, method } from './api-method';

/**
 * Bulk actions on the board (issue 12): one call acts on many selected cards in one transaction, and returns
 * what undoing it needs; `applications.bulkUndo` puts everything back with one more call. Like
 * `applications.undoMove`, the undo travels with the message that offers it (no server-side state to expire);
 * a bulk delete is undone from the deleted applications' snapshots, as a single delete is.
 */

/** The most cards one bulk action takes: a generous screenful of selections, and a bounded transaction. */
export const MAX_BULK = 1000;

const ids = z
  .array(id)
  .min(1, 'Select at least one application')
  .max(MAX_BULK, `Select at most ${MAX_BULK.toLocaleString('en')} applications at once`);

export const bulkAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), stageId: id }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1, 'A tag cannot be empty').max(50) }).strict(),
  z.object({ kind: z.literal('archive') }).strict(),
  z.object({ kind: z.literal('delete') }).strict(),
]);
export type BulkAction = z.infer<typeof bulkAction>;

const placement = z
  .object({ id, stageId: id, position: z.number(), dateApplied: day.nullable(), lastActivityAt: instant })
  .strict();

/** What undoing a bulk action needs: only the cards it changed. */
export const bulkUndo = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), items: z.array(placement).max(MAX_BULK) }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(50), ids: z.array(id).max(MAX_BULK) }).strict(),
  z
    .object({ kind: z.literal('archive'), items: z.array(z.object({ id, lastActivityAt: instant }).strict()).max(MAX_BULK) })
    .strict(),
  z.object({ kind: z.literal('delete'), ids: z.array(id).max(MAX_BULK) }).strict(),
]);
export type BulkUndo = z.infer<typeof bulkUndo>;

export interface BulkResult {
  /** How many applications the action changed (a card already in the stage, or already tagged, is not). */
  changed: number;
  undo: BulkUndo;
}

const TOPICS = ['applications', 'postings', 'events', 'reminders'] as const;

export const bulkApi = {
  /** Moves (to the end of a stage), tags, archives or deletes the given applications, all or none. */
  'applications.bulk': method<BulkResult>()(z.object({ ids, action: bulkAction }).strict(), TOPICS),
  /** Undoes one `applications.bulk`, given the `undo` it returned. */
  'applications.bulkUndo': method<{ restored: number }>()(z.object({ undo: bulkUndo }).strict(), TOPICS),
} as const;
