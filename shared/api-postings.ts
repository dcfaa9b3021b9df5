import { z } from 'zod';
import { method } from './api-method';

/** Methods for posting import: parse, duplicate check, save reviewed posting (issue 3). */
export const postingsApi = {} as const;
