import { differenceInCalendarDays } from 'date-fns';
import type { Nudge, NudgeKind, ReminderSettings } from '../../../shared/api-calendar';
import { ApiError } from '../../../shared/envelope';
import { isRealInstant } from '../../../shared/real-date';
import { moveApplication } from '../store/applications';
import { logBadRowOnce } from '../store/bad-dates';
import type { Db } from '../store/db';
import { writeTransaction } from '../store/db';
import { createStage, findStageByName } from '../store/stages';
import { getReminderSettings } from './settings';

interface Row {
  id: number;
  title: string;
  company: string;
  lastActivityAt: string;
  followUpDismissed: string | null;
  ghostedDismissed: string | null;
  plannedFollowUp: number;
}

/**
 * Follow-up suggestions: an application still in Applied with no activity for `followUpAfterDays` gets
 * "follow up?"; after `ghostedAfterDays`, "move to Ghosted?". Days are calendar days in the user's time zone.
 * A suggestion stays away once dismissed, until new activity starts the count again; a planned follow-up
 * (a follow-up event since the last activity) also quiets the first one.
 */
export function listNudges(db: Db, now: Date, settings: ReminderSettings = getReminderSettings(db)): Nudge[] {
  const rows = db
    .prepare(
      `SELECT a.id, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company, a.last_activity_at AS lastActivityAt,
         (SELECT activity_at FROM nudge_dismissals d WHERE d.application_id = a.id AND d.kind = 'follow-up') AS followUpDismissed,
         (SELECT activity_at FROM nudge_dismissals d WHERE d.application_id = a.id AND d.kind = 'ghosted') AS ghostedDismissed,
         EXISTS (SELECT 1 FROM events e WHERE e.application_id = a.id AND e.kind = 'follow-up' AND e.created_at >= a.last_activity_at) AS plannedFollowUp
       FROM applications a JOIN postings p ON p.id = a.posting_id JOIN stages s ON s.id = a.stage_id
       WHERE a.archived = 0 AND s.name = 'Applied' COLLATE NOCASE
       ORDER BY a.last_activity_at, a.id`,
    )
    .all() as Row[];
  const nudges: Nudge[] = [];
  for (const r of rows) {
    if (!isRealInstant(r.lastActivityAt)) {
      logBadRowOnce('follow-up suggestions', `application #${r.id}`, r.lastActivityAt);
      continue;
    }
    const days = differenceInCalendarDays(now, new Date(r.lastActivityAt));
    const base = {
      applicationId: r.id,
      title: r.title,
      company: r.company,
      daysSinceActivity: days,
      lastActivityAt: r.lastActivityAt,
    };
    if (days >= settings.ghostedAfterDays) {
      if (r.ghostedDismissed !== r.lastActivityAt) nudges.push({ ...base, kind: 'ghosted' });
    } else if (days >= settings.followUpAfterDays) {
      if (r.followUpDismissed !== r.lastActivityAt && !r.plannedFollowUp) nudges.push({ ...base, kind: 'follow-up' });
    }
  }
  return nudges;
}

export function dismissNudge(db: Db, applicationId: number, kind: NudgeKind, now: Date): void {
  const app = db.prepare('SELECT last_activity_at AS at FROM applications WHERE id = ?').get(applicationId) as
    { at: string } | undefined;
  if (!app) throw new ApiError('NOT_FOUND', `There is no application #${applicationId}; it may have been deleted.`);
  db.prepare(
    `INSERT INTO nudge_dismissals (application_id, kind, activity_at, dismissed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(application_id, kind) DO UPDATE SET activity_at = excluded.activity_at, dismissed_at = excluded.dismissed_at`,
  ).run(applicationId, kind, app.at, now.toISOString());
}

export const GHOSTED_STAGE = 'Ghosted';

/** Moves the application to the top of Ghosted, creating that (closed) stage the first time. */
export function markGhosted(db: Db, applicationId: number, now: Date): { applicationId: number; stageId: number } {
  return writeTransaction(db, () => {
    const stage = findStageByName(db, GHOSTED_STAGE) ?? createStage(db, GHOSTED_STAGE, true, now.toISOString());
    moveApplication(db, applicationId, stage.id, 0, now.toISOString());
    return { applicationId, stageId: stage.id };
  });
}
