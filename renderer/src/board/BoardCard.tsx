import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type ReactNode } from 'react';
import type { ApplicationSummary } from '../../../shared/domain';
import { deadlineStatus, sinceLabel, type DeadlineTone } from './countdown';
import { useDeadlineMatters } from './stages-context';

export const cardName = (c: Pick<ApplicationSummary, 'title' | 'company'>) => `${c.title} at ${c.company}`;

// Overdue and due-soon differ by an icon and words, not by colour alone. The icons are plain text symbols
// (not emoji), so they show on systems without an emoji font; a far-off deadline needs none.
const TONE_ICON: Record<DeadlineTone, string> = { overdue: '⚠', today: '◷', soon: '◷', later: '' };

export function CardBody({
  card,
  now,
  onOpen,
  handle,
}: {
  card: ApplicationSummary;
  now: Date;
  onOpen?: () => void;
  handle?: ReactNode;
}) {
  const deadlineMatters = useDeadlineMatters(card.stageId);
  const deadline = card.deadline && deadlineMatters ? deadlineStatus(card.deadline, now) : null;
  return (
    <>
      <div className="board-card-head">
        <h3 className="board-card-title">
          {onOpen ? (
            <button type="button" className="board-card-open" onClick={onOpen}>
              {card.title || 'Untitled posting'}
            </button>
          ) : (
            card.title
          )}
        </h3>
        {handle}
      </div>
      <p className="board-card-company">{card.company}</p>
      {card.location && <p className="muted">{card.location}</p>}
      {deadline && (
        <p className={`board-deadline board-deadline-${deadline.tone}`}>
          {TONE_ICON[deadline.tone] && <span aria-hidden="true">{TONE_ICON[deadline.tone]} </span>}
          Deadline {deadline.label}
        </p>
      )}
      <p className="muted board-card-activity">Last activity {sinceLabel(card.lastActivityAt, now)}</p>
      {(card.tags.length > 0 || card.excitement !== null || card.archived) && (
        <div className="board-card-meta">
          {card.excitement !== null && (
            <span className="board-excitement" role="img" aria-label={`Excitement ${card.excitement} of 5`}>
              {'★'.repeat(card.excitement)}
              {'☆'.repeat(5 - card.excitement)}
            </span>
          )}
          {card.archived && <span className="board-tag board-tag-archived">Archived</span>}
          {card.tags.length > 0 && (
            <ul className="board-tags" aria-label="Tags">
              {card.tags.map((t) => (
                <li key={t} className="board-tag">
                  {t}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** A card on the board: drag it anywhere with a mouse or finger; from the keyboard, use its "Move" handle. */
export const SortableCard = memo(function SortableCard({
  card,
  now,
  disabled,
  onOpen,
}: {
  card: ApplicationSummary;
  now: Date;
  disabled: boolean;
  onOpen: (id: number) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { type: 'card', cardId: card.id },
    disabled,
  });
  return (
    <article
      ref={setNodeRef}
      aria-label={cardName(card)}
      className={`board-card${isDragging ? ' board-card-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
    >
      <CardBody
        card={card}
        now={now}
        onOpen={() => onOpen(card.id)}
        handle={
          disabled ? null : (
            <button
              type="button"
              ref={setActivatorNodeRef}
              className="board-card-handle"
              {...attributes}
              aria-label={`Move ${cardName(card)}`}
            >
              <span aria-hidden="true">⠿</span>
            </button>
          )
        }
      />
    </article>
  );
});
