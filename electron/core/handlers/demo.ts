import { seedDemoData } from '../seed';
import type { HandlerMap } from './types';

export const demoHandlers: HandlerMap<'demo.seed'> = {
  'demo.seed': ({ db, now }, { count, seed }) => seedDemoData(db, { count, seed, now: now() }),
};
