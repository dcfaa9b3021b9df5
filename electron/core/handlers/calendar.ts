import type { calendarApi } from '../../../shared/api-calendar';
import type { HandlerMap } from './types';

export const calendarHandlers: HandlerMap<keyof typeof calendarApi> = {};
