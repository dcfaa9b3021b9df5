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
import type { HandlerMap } from './types';

type Methods =
  | 'board.list'
  | 'applications.list'
  | 'applications.get'
  | 'applications.create'
  | 'applications.update'
  | 'applications.move'
  | 'applications.archive'
  | 'applications.delete';

export const applicationHandlers: HandlerMap<Methods> = {
  'board.list': ({ db }, { sort, limit, ...filter }) => boardFirstPages(db, filter, sort, limit),
  'applications.list': ({ db }, filter) => listApplications(db, filter),
  'applications.get': ({ db }, { id }) => getApplicationDetail(db, id),
  'applications.create': ({ db, now }, input) => {
    const { stageId, excitement, tags, dateSaved, dateApplied, ...fields } = input;
    const summary = createApplication(
      db,
      { fields: { ...EMPTY_FIELDS, ...stripUndefined(fields) }, format: 'manual' },
      now().toISOString(),
      { stageId, excitement, tags, dateSaved, dateApplied },
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
};

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
