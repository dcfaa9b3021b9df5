import { z } from 'zod';
import { method } from './api-method';

/** Why the data file could not be used as it was (issue 7). */
export type RecoveryReason = 'not-a-database' | 'corrupt' | 'too-new';

/** What happened when Pursuit found its data file damaged; shown until the user dismisses it. */
export interface RecoveryRecord {
  reason: RecoveryReason;
  /** Plain words for the candidate: what happened, where the file went, what to do. */
  message: string;
  /** Absolute path of the kept file (`pursuit.db.damaged-<time>`). */
  movedTo: string;
  at: string;
}

/** How far a long task has got (sent to the app as a `progress` event beside the change events). */
export interface ProgressEvent {
  /** The API method doing the work, e.g. `data.importCommit`. */
  method: string;
  done: number;
  total: number;
  at: string;
}

/** Backups are listed and restored by the data API (`data.listBackups`, `data.restore`), not repeated here. */
export interface SystemStatus {
  recovered: RecoveryRecord | null;
}

/** Health of the data file: damaged-file recovery and the backups it could be restored from (issue 7). */
export const systemApi = {
  'system.status': method<SystemStatus>()(z.object({}).strict()),
  'system.dismissRecovery': method<{ dismissed: boolean }>()(z.object({}).strict(), ['settings']),
} as const;
