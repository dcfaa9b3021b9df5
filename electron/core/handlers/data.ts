import type { dataApi } from '../../../shared/api-data';
import type { HandlerMap } from './types';

export const dataHandlers: HandlerMap<keyof typeof dataApi> = {};
