import { differenceInCalendarDays, startOfDay, subDays } from 'date-fns';
import type { Nudge, ReminderSettings } from '../../../shared/api-calendar';
import type { Page } from '../../../shared/api-pages';
import type { Db } from '../store/db';
import { getReminderSettings } from './settings';

/**
 * Follow-up suggestions a page at a time, with their count: the same suggestions, in the same order, as
 * `listNudges` (nudges.ts), decided in SQL so that 14,000 of them cost one indexed walk and not 14,000 rows
 * sent to the window. "At least N calendar days since the activity" (in the local time zone) is "the
 * activity happened before the start of the day N - 1 days ago", an instant the index on
 * (archived, stage_id, last_activity_at) can compare against.
 */
export function pageNudges(
  db: Db,
  now: Date,
  offset: number,
  limit: number,
  settings: ReminderSettings = getReminderSettings(db),
): Page<Nudge> {
  const empty = { total: 0, offset, items: [] };
  const stage = db.prepare("SELECT id FROM stages WHERE name = 'Applied' COLLATE NOCASE").get() as { id: number } | undefined;
  if (!stage) return empty;
  const cut = (days: number): string => startOfDay(subDays(now, days - 1)).toISOString();
  const followCut = cut(settings.followUpAfterDays);
  const ghostCut = cut(settings.ghostedAfterDays);
  const from = `
    FROM applications a
    WHERE a.archived = 0 AND a.stage_id = :stage AND a.last_activity_at < :oldest
      AND CASE WHEN a.last_activity_at < :ghostCut
        THEN NOT EXISTS (SELECT 1 FROM nudge_dismissals d
                         WHERE d.application_id = a.id AND d.kind = 'ghosted' AND d.activity_at = a.last_activity_at)
        ELSE a.last_activity_at < :followCut
         AND NOT EXISTS (SELECT 1 FROM nudge_dismissals d
                         WHERE d.application_id = a.id AND d.kind = 'follow-up' AND d.activity_at = a.last_activity_at)
         AND NOT EXISTS (SELECT 1 FROM events e
                         WHERE e.application_id = a.id AND e.kind = 'follow-up' AND e.created_at >= a.last_activity_at)
      END`;
  const params = { stage: stage.id, oldest: followCut > ghostCut ? followCut : ghostCut, ghostCut, followCut };
  const { total } = db.prepare(`SELECT count(*) AS total ${from}`).get(params) as { total: number };
  if (total === 0) return empty;
  const rows = db
    .prepare(
      `SELECT a.id, coalesce(p.title, '') AS title, coalesce(p.company, '') AS company, a.last_activity_at AS lastActivityAt
       FROM (SELECT a.id ${from} ORDER BY a.last_activity_at, a.id LIMIT :limit OFFSET :offset) page
       JOIN applications a ON a.id = page.id JOIN postings p ON p.id = a.posting_id
       ORDER BY a.last_activity_at, a.id`,
    )
    .all({ ...params, limit, offset }) as { id: number; title: string; company: string; lastActivityAt: string }[];
  return {
    total,
    offset,
    items: rows.map((r) => ({
      applicationId: r.id,
      title: r.title,
      company: r.company,
      kind: r.lastActivityAt < ghostCut ? 'ghosted' : 'follow-up',
      daysSinceActivity: differenceInCalendarDays(now, new Date(r.lastActivityAt)),
      lastActivityAt: r.lastActivityAt,
    })),
  };
}
