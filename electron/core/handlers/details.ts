import type { detailsApi } from '../../../shared/api-details';
import type { HandlerMap } from './types';

export const detailsHandlers: HandlerMap<keyof typeof detailsApi> = {};
