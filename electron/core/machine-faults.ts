import type { ErrorCode } from '../../shared/envelope';

/**
 * Faults of the machine rather than of the input (issue 10, item 7), in words a candidate can act on: another
 * writer holding the database past the busy timeout, a full disk, a data folder that cannot be written, a
 * failing drive. Used by the API boundary (core.ts) and by the CLI, which call store code directly.
 */

export const BUSY_MESSAGE = 'Another Pursuit task is writing to your data; nothing was saved. Try again in a moment.';

export interface MachineFault {
  code: ErrorCode;
  message: string;
}

const errnoOf = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

export function describeMachineFault(err: unknown, dataDir: string | null): MachineFault | null {
  const code = errnoOf(err);
  const folder = dataDir ?? 'your data folder';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { code: 'BUSY', message: BUSY_MESSAGE };
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return {
      code: 'STORAGE',
      message: `Nothing was saved: the disk holding ${folder} is full. Free some space on it and try again.`,
    };
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return {
      code: 'STORAGE',
      message: `Nothing was saved: Pursuit may not write to ${folder} (the folder or its files are read-only, or belong to another user). Make it writable, or choose another data folder, and try again.`,
    };
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return {
      code: 'STORAGE',
      message: `Nothing was saved: reading or writing ${folder} failed (a disk error, or the drive was removed). Check the drive, then try again.`,
    };
  if (code.startsWith('SQLITE_CANTOPEN'))
    return {
      code: 'STORAGE',
      message: `Pursuit cannot open its data file in ${folder}: check that the folder exists and that you may write to it.`,
    };
  return null;
}
