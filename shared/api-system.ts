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

/** Which stored date of an application is not a real one (issue 10). */
export type BadDateField = 'deadline' | 'postedAt' | 'dateSaved' | 'dateApplied' | 'lastActivityAt' | 'eventDay' | 'eventStart';

/** A stored date that is not a real date (an older build or a hand edit wrote it); the user fixes it in the app. */
export interface BadDate {
  applicationId: number;
  title: string;
  company: string;
  field: BadDateField;
  value: string;
}

/** Backups are listed and restored by the data API (`data.listBackups`, `data.restore`), not repeated here. */
export interface SystemStatus {
  recovered: RecoveryRecord | null;
  /** Applications with a stored date that needs fixing: `count` applications, the first rows of them. */
  badDates: { count: number; rows: BadDate[] };
}

/** Health of the data file: damaged-file recovery and the backups it could be restored from (issue 7). */
export const systemApi = {
  'system.status': method<SystemStatus>()(z.object({}).strict()),
  'system.dismissRecovery': method<{ dismissed: boolean }>()(z.object({}).strict(), ['settings']),
} as const;
