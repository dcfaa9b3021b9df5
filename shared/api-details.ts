import { z } from 'zod';
import { method } from './api-method';

/** Methods for application detail: notes, contacts, attachments, timeline, tags, undo of delete (issue 4). */
export const detailsApi = {} as const;
