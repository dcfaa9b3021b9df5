import { EMPTY_FIELDS, POSTING_COLUMNS } from '../store/postings';
import { pickFields } from '../store/field-columns';
import {
  APPLICATION_COLUMNS,
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
  // The input is split by the two field maps, so a field of the contract lands in its entity's columns.
  'applications.create': ({ db, now }, input) => {
    const summary = createApplication(
      db,
      { fields: { ...EMPTY_FIELDS, ...pickFields(input, POSTING_COLUMNS) }, format: 'manual' },
      now().toISOString(),
      { stageId: input.stageId, ...pickFields(input, APPLICATION_COLUMNS) },
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
