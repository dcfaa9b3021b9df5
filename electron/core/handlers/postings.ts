import type { postingsApi } from '../../../shared/api-postings';
import type { HandlerMap } from './types';

export const postingsHandlers: HandlerMap<keyof typeof postingsApi> = {};
