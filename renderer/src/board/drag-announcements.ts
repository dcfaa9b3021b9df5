import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import type { RefObject } from 'react';
import type { ApplicationSummary } from '../../../shared/domain';
import { cardName } from './BoardCard';
import { isDragData, placementOf, type Layout } from './layout';

export const SCREEN_READER_INSTRUCTIONS =
  'Use the arrow keys to go from card to card. Press Enter to open a card, X to select it. To move a card, press ' +
  'Space (or its Move button): the arrow keys move it, left and right between stages, up and down within a stage. ' +
  'Press Space or Enter to drop it, or Escape to cancel.';

/**
 * What a screen reader hears while a card is dragged: the card's name and where it is, in stage and position.
 * A hook by name so that React's rules see the ref passed in is read in the callbacks, never while rendering.
 */
export function useDragAnnouncements({
  cardsById,
  stageNames,
  layoutRef,
  shownTotal,
}: {
  cardsById: ReadonlyMap<number, ApplicationSummary>;
  stageNames: ReadonlyMap<number, string>;
  /** The layout as it is now (while dragging, it changes between renders); read only when an announcement is made. */
  layoutRef: RefObject<Layout>;
  /** A column's count as shown, with an unsaved move's card in or out. */
  shownTotal: (stageId: number, layout: Layout) => number;
}): Announcements {
  const describe = (id: UniqueIdentifier): string => {
    const c = cardsById.get(Number(id));
    return c ? cardName(c) : 'the card';
  };
  const where = (id: UniqueIdentifier): string => {
    const p = placementOf(layoutRef.current, Number(id));
    if (!p) return 'outside the board';
    return `in ${stageNames.get(p.stageId) ?? 'a stage'}, position ${p.index + 1} of ${shownTotal(p.stageId, layoutRef.current)}`;
  };
  // While dragging, the layout state lags the announcement by a render; name the target from what is under the card.
  const whereOver = (data: unknown): string => {
    const l = layoutRef.current;
    if (!isDragData(data)) return 'over the board';
    if (data.type === 'column') return `in ${stageNames.get(data.stageId) ?? 'a stage'}, at the end`;
    const p = placementOf(l, data.cardId);
    return p ? `in ${stageNames.get(p.stageId) ?? 'a stage'}, position ${p.index + 1}` : 'over the board';
  };
  return {
    onDragStart: ({ active }) => `Picked up ${describe(active.id)}, ${where(active.id)}.`,
    // Over itself right after pickup: say nothing, so "Picked up" is what is heard.
    onDragOver: ({ active, over }) =>
      !over
        ? `${describe(active.id)} is not over a stage.`
        : over.id === active.id
          ? undefined
          : `${describe(active.id)} is now ${whereOver(over.data.current)}.`,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped ${describe(active.id)} ${where(active.id)}.` : `${describe(active.id)} was not moved.`,
    onDragCancel: ({ active }) => `Moving ${describe(active.id)} was cancelled; it is back where it was.`,
  };
}
