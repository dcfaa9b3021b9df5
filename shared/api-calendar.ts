import { z } from 'zod';
import { method } from './api-method';

/** Methods for calendar, events, reminders, settings for them, .ics export (issue 5). */
export const calendarApi = {} as const;
