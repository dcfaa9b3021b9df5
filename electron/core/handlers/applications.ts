import { EMPTY_FIELDS } from '../store/postings';
import {
  createApplication,
  getApplicationDetail,
  listApplications,
  moveApplication,
  setArchived,
  updateApplication,
} from '../store/applications';
import { removeStoredFile } from '../store/attachments';
import { deleteApplicationKeepingSnapshot } from '../store/deleted-applications';
import { boardFirstPages } from '../store/board-pages';
import { bulkApply, bulkUndo } from '../store/bulk-applications';
import type { HandlerMap } from './types';

type Methods =
  | 'board.list'
  | 'applications.list'
  | 'applications.get'
  | 'applications.create'
  | 'applications.update'
  | 'applications.move'
  | 'applications.archive'
  | 'applications.delete'
  | 'applications.bulk'
  | 'applications.bulkUndo';

export const applicationHandlers: HandlerMap<Methods> = {
  'board.list': ({ db, now }, { sort, limit, ...filter }) => boardFirstPages(db, filter, sort, limit, now()),
  'applications.list': ({ db }, filter) => listApplications(db, filter),
  'applications.get': ({ db }, { id }) => getApplicationDetail(db, id),
  'applications.create': ({ db, now }, input) => {
    const { stageId, excitement, tags, dateSaved, dateApplied, ...fields } = input;
    const summary = createApplication(
      db,
      { fields: { ...EMPTY_FIELDS, ...stripUndefined(fields) }, format: 'manual' },
      { stageId, excitement, tags, dateSaved, dateApplied, createdAt: now().toISOString() },
    );
    return getApplicationDetail(db, summary.id);
  },
  'applications.update': ({ db, now }, { id, patch }) => updateApplication(db, id, patch, now().toISOString()),
  'applications.move': ({ db, now }, { id, stageId, index }) => moveApplication(db, id, stageId, index, now().toISOString()),
  'applications.archive': ({ db, now }, { id, archived }) => setArchived(db, id, archived, now().toISOString()),
  // Deleting keeps a snapshot so the Undo in the message (applications.restore) can bring it all back.
  'applications.delete': ({ db, dataDir, now }, { id }) => {
    const { unusedFiles } = deleteApplicationKeepingSnapshot(db, id, now().toISOString());
    for (const name of unusedFiles) removeStoredFile(dataDir, name);
    return { id };
  },
  'applications.bulk': ({ db, dataDir, now }, { ids, action }) => {
    const { unusedFiles, ...result } = bulkApply(db, ids, action, now().toISOString());
    for (const name of unusedFiles) removeStoredFile(dataDir, name);
    return result;
  },
  'applications.bulkUndo': ({ db, now }, { undo }) => bulkUndo(db, undo, now().toISOString()),
};

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
