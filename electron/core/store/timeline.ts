import type { TimelineEntry } from '../../../shared/domain';
import { getApplicationSummary } from './applications';
import { cached, type Db } from './db';
import { listEventsForApplication } from './events';
import { listNotes } from './notes';

/**
 * An application's activity, newest first: its stage changes (with stage names as they are now; a deleted
 * stage shows as null), its notes and its events. Events sort by when they happen (a timed event by its start,
 * an all-day one by its day), so an upcoming interview sits above today's note.
 */
export function listTimeline(db: Db, applicationId: number): TimelineEntry[] {
  getApplicationSummary(db, applicationId);
  const stages = cached(
    db,
    `SELECT sc.id, sc.changed_at AS at, f.name AS fromStage, t.name AS toStage
       FROM stage_changes sc LEFT JOIN stages f ON f.id = sc.from_stage_id LEFT JOIN stages t ON t.id = sc.to_stage_id
       WHERE sc.application_id = ?`,
  ).all(applicationId) as { id: number; at: string; fromStage: string | null; toStage: string | null }[];
  const entries: TimelineEntry[] = [
    ...stages.map((s) => ({ kind: 'stage' as const, ...s })),
    ...listNotes(db, applicationId).map((n) => ({ kind: 'note' as const, at: n.createdAt, id: n.id, body: n.body })),
    ...listEventsForApplication(db, applicationId).map((e) => ({
      kind: 'event' as const,
      at: e.allDay ? `${e.day}T00:00:00.000Z` : (e.startsAt ?? ''),
      id: e.id,
      eventKind: e.kind,
      title: e.title,
      allDay: e.allDay,
    })),
  ];
  const rank = { event: 0, note: 1, stage: 2 } as const;
  return entries.sort((a, b) => (a.at === b.at ? rank[a.kind] - rank[b.kind] || b.id - a.id : a.at < b.at ? 1 : -1));
}
