import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type ReactNode } from 'react';
import type { ApplicationSummary } from '../../../shared/domain';
import { MOVE_HANDLE_ATTR } from './board-keys';
import { useCardActions } from './card-actions';
import { deadlineStatus, sinceLabel, type DeadlineTone } from './countdown';
import { interviewLabel } from './interview';
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
  onOpen?: (event: React.MouseEvent<HTMLButtonElement>) => void;
  handle?: ReactNode;
}) {
  const deadlineMatters = useDeadlineMatters(card.stageId);
  const deadline = card.deadline && deadlineMatters ? deadlineStatus(card.deadline, now) : null;
  const interview = card.nextInterview ? interviewLabel(card.nextInterview, now) : null;
  return (
    <>
      <div className="board-card-head">
        <h3 className="board-card-title">
          {onOpen ? (
            // One Tab stop per card: the card itself takes focus (Enter opens it); this button is for the mouse.
            <button type="button" className="board-card-open" tabIndex={-1} onClick={onOpen}>
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
      {interview && (
        <p className="board-interview">
          <span aria-hidden="true">◆ </span>
          {interview}
        </p>
      )}
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

/**
 * A card on the board. The card itself is focusable (its column's Tab stop when it is the column's current
 * card): Enter opens it, Space or its Move button picks it up for dnd-kit's keyboard sensor, X selects it.
 * With a mouse or finger it drags from anywhere; Ctrl/Cmd+click and Shift+click select.
 */
export const SortableCard = memo(function SortableCard({
  card,
  now,
  disabled,
  tabbable,
  selected,
}: {
  card: ApplicationSummary;
  now: Date;
  disabled: boolean;
  /** The column's Tab stop (the others are reached with the arrow keys). */
  tabbable: boolean;
  selected: boolean;
}) {
  const actions = useCardActions();
  // Archived cards show on the board but stay where they are: unarchive one (in its detail) to move it.
  const locked = disabled || card.archived;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { type: 'card', cardId: card.id },
    disabled: locked,
  });
  const name = cardName(card);
  return (
    <article
      ref={setNodeRef}
      aria-label={name}
      aria-describedby={locked ? undefined : attributes['aria-describedby']}
      tabIndex={tabbable ? 0 : -1}
      data-card-id={card.id}
      className={`board-card${isDragging ? ' board-card-dragging' : ''}${selected ? ' board-card-selected' : ''}${card.archived ? ' board-card-archived' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
      onKeyDown={(e) => {
        listeners?.onKeyDown?.(e);
        if (!e.defaultPrevented) actions.keyDown(card.id, e);
      }}
      onClick={(e) => {
        if (actions.click(card.id, e)) e.preventDefault();
      }}
      onFocus={() => actions.focused(card.id)}
    >
      <CardBody
        card={card}
        now={now}
        onOpen={(e) => {
          // With a modifier the click selects (the card's own handler); without, it opens.
          if (!e.ctrlKey && !e.metaKey && !e.shiftKey) actions.open(card.id);
        }}
        handle={
          locked ? null : (
            <button
              type="button"
              tabIndex={-1}
              className="board-card-handle"
              {...{ [MOVE_HANDLE_ATTR]: '' }}
              aria-label={`Move ${name}`}
              title="Move (Space)"
              // Space on Move picks up on keydown (dnd-kit); its keyup must not click it a second time.
              onKeyUp={(e) => e.key === ' ' && e.preventDefault()}
              onClick={(e) => {
                e.stopPropagation();
                actions.pickUp(card.id, e.currentTarget.closest('article')!);
              }}
            >
              <span aria-hidden="true">⠿</span>
              <span className="board-card-handle-text">Move</span>
            </button>
          )
        }
      />
      {selected && <p className="board-card-selected-mark">✓ Selected</p>}
    </article>
  );
});
