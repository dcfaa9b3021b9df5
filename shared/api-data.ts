import { z } from 'zod';
import { method } from './api-method';

/** Methods for CSV export/import, proof report, JSON backup/restore, automatic backups (issue 6). */
export const dataApi = {} as const;
