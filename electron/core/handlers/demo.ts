import { seedDemoData } from '../seed';
import { removeStoredFile } from '../store/attachments';
import { countSampleApplications, removeSampleData } from '../store/sample-data';
import type { HandlerMap } from './types';

export const demoHandlers: HandlerMap<'demo.seed' | 'demo.sampleCount' | 'demo.removeSample'> = {
  'demo.seed': ({ db, now }, { count, seed }) => seedDemoData(db, { count, seed, now: now() }),
  'demo.sampleCount': ({ db }) => ({ count: countSampleApplications(db) }),
  'demo.removeSample': ({ db, dataDir }) => {
    const { removed, unusedFiles } = removeSampleData(db);
    if (dataDir) for (const name of unusedFiles) removeStoredFile(dataDir, name);
    return { removed };
  },
};
