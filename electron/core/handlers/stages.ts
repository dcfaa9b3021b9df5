import { createStage, deleteStage, listStages, reorderStages, updateStage } from '../store/stages';
import type { HandlerMap } from './types';

export const stageHandlers: HandlerMap<'stages.list' | 'stages.create' | 'stages.update' | 'stages.reorder' | 'stages.delete'> = {
  'stages.list': ({ db }) => listStages(db),
  'stages.create': ({ db, now }, { name, isClosed }) => createStage(db, name, isClosed ?? false, now().toISOString()),
  'stages.update': ({ db }, { id, ...patch }) => updateStage(db, id, patch),
  'stages.reorder': ({ db }, { ids }) => reorderStages(db, ids),
  'stages.delete': ({ db, now }, { id, moveTo }) => deleteStage(db, id, moveTo, now().toISOString()),
};
