import type { TimelineEntry } from '../../../shared/domain';
import { useApi } from '../query';
import { formatDay, formatInstant } from './format';

function describe(e: TimelineEntry): string {
  switch (e.kind) {
    case 'stage':
      if (e.fromStage === null && e.toStage !== null) return `Added to ${e.toStage}`;
      return `Moved from ${e.fromStage ?? 'a deleted stage'} to ${e.toStage ?? 'a deleted stage'}`;
    case 'note':
      return `Note: ${e.body.length > 140 ? `${e.body.slice(0, 140)}…` : e.body}`;
    case 'event':
      return `${e.eventKind === 'deadline' ? 'Deadline' : e.eventKind === 'interview' ? 'Interview' : 'Event'}${e.title ? `: ${e.title}` : ''}`;
  }
}

/** Everything that happened to an application, newest first: stage changes, notes and events together. */
export function ActivityTimeline({ applicationId }: { applicationId: number }) {
  const timeline = useApi('applications.timeline', { id: applicationId });
  return (
    <section aria-labelledby="detail-activity" className="detail-section">
      <h3 id="detail-activity">Activity</h3>
      {timeline.error && <p role="alert">{timeline.error}</p>}
      <ol className="detail-timeline" aria-label="Activity and stage history">
        {(timeline.data ?? []).map((e) => (
          <li key={`${e.kind}-${e.id}`} className={`detail-timeline-${e.kind}`}>
            <time dateTime={e.at}>{e.kind === 'event' && e.allDay ? formatDay(e.at.slice(0, 10)) : formatInstant(e.at)}</time>
            <span>{describe(e)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
