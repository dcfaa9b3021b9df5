import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { QueryKey } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BoardSort } from '../../../shared/api-pages';
import type { ApplicationSummary, Stage } from '../../../shared/domain';
import { CardBody } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { CARD_KEYBOARD_CODES, CardKeyboardSensor } from './board-keys';
import { CardActionsContext } from './card-actions';
import { BoardKeysHint } from './BoardKeysHint';
import { useDragAnnouncements, SCREEN_READER_INSTRUCTIONS } from './drag-announcements';
import { useBoardFocus } from './useBoardFocus';
import { useColumnCollisions } from './useColumnCollisions';
import { useCardDrop } from './useCardMove';
import { buildLayout, isDragData, moveCard, placementOf, stageOf, targetOf, type Layout } from './layout';

const NO_SELECTION: ReadonlySet<number> = new Set();

/**
 * The stages and their cards, with drag and drop. While dragging, a copy of the layout follows the pointer
 * (dnd-kit's multiple-containers pattern); the move is saved once, on drop, shown at once, and rolled back
 * with a message if saving fails.
 */
export function BoardColumns({
  stages,
  cards,
  columns,
  onNeedMore,
  dragDisabled,
  onOpen,
  boardKey,
  sort = 'manual',
  selected = NO_SELECTION,
  onSelect = () => undefined,
}: {
  stages: Stage[];
  /** The cards loaded so far: each column's first pages, in board order. */
  cards: ApplicationSummary[];
  /** Each column's total (loaded or not) and whether a page is on its way. */
  columns: ReadonlyMap<number, { total: number; loadingMore: boolean }>;
  /** Asks for a column's next page (the column scrolled near its last loaded card). */
  onNeedMore: (stageId: number) => void;
  dragDisabled: boolean;
  onOpen: (id: number) => void;
  /** The board's cached pages (useBoardPages), where a move is shown at once. */
  boardKey: QueryKey;
  /** The columns' order: only in manual order does a drop within a column reorder it. */
  sort?: BoardSort;
  selected?: ReadonlySet<number>;
  onSelect?: (next: ReadonlySet<number>) => void;
}) {
  const serverLayout = useMemo(() => buildLayout(stages, cards), [stages, cards]);
  const cardsById = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const stageNames = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);
  const dropCard = useCardDrop(boardKey, sort, stageNames);
  const [dragLayout, setDragLayout] = useState<Layout | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const layout = dragLayout ?? serverLayout;
  const layoutRef = useRef(layout);
  // Handlers and dnd-kit's callbacks read the layout as last rendered.
  useLayoutEffect(() => {
    layoutRef.current = layout;
  });
  const origin = useRef<{ stageId: number; index: number } | null>(null);
  // "Days since" is computed against one clock per render of the board, not per card.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new clock for each new set of cards, on purpose
  const now = useMemo(() => new Date(), [cards]);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(CardKeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: CARD_KEYBOARD_CODES }),
  );
  const dragging = useRef(false);
  const stageOrder = useMemo(() => stages.map((s) => s.id), [stages]);
  /** Cards of the column not loaded yet (below the last one shown), as the server counts them. */
  const hasMore = (stageId: number): boolean => (serverLayout.get(stageId)?.length ?? 0) < (columns.get(stageId)?.total ?? 0);
  const focus = useBoardFocus({
    layout,
    layoutRef,
    stageOrder,
    hasMore,
    onNeedMore,
    onOpen,
    selected,
    onSelect,
    dragging,
  });

  const { collisionDetection, resetOver } = useColumnCollisions(layoutRef);

  function onDragStart({ active }: DragStartEvent) {
    const id = Number(active.id);
    const p = placementOf(layout, id);
    origin.current = p && { stageId: p.stageId, index: p.index };
    resetOver();
    dragging.current = true;
    setActiveId(id);
    setDragLayout(layout);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const l = layoutRef.current;
    const id = Number(active.id);
    const from = stageOf(l, id);
    const target = targetOf(over.data.current, l);
    if (from === null || !target || target.stageId === from) return;
    // Entering another column: land above the card under the pointer, or below it if past its middle.
    const overRect = over.rect;
    const activeRect = active.rect.current.translated;
    const below =
      isDragData(over.data.current) &&
      over.data.current.type === 'card' &&
      activeRect !== null &&
      activeRect.top > overRect.top + overRect.height / 2;
    setDragLayout(moveCard(l, id, target.stageId, target.index + (below ? 1 : 0)));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = Number(active.id);
    let l = layoutRef.current;
    const overData = over?.data.current;
    const target = over ? targetOf(overData, l) : null;
    const from = stageOf(l, id);
    if (target?.stageId === from && isDragData(overData) && overData.type === 'card') {
      l = moveCard(l, id, target.stageId, target.index);
    }
    setActiveId(null);
    setDragLayout(null);
    dragging.current = false;
    const placed = placementOf(l, id);
    const start = origin.current;
    const card = cardsById.get(id);
    if (!over || !placed || !start || !card || (placed.stageId === start.stageId && placed.index === start.index)) return;
    // Focus follows the card to where it was dropped (its column's Tab stop from now on).
    focus.focusCard(placed.stageId, id);
    dropCard({ card, layout: l, from: start, to: placed, hasMore, cardsById });
  }

  /** A column's count as shown: the server's total, plus or minus the cards an unsaved move took in or out. */
  const shownTotal = (stageId: number, l: Layout): number =>
    (columns.get(stageId)?.total ?? 0) + (l.get(stageId)?.length ?? 0) - (serverLayout.get(stageId)?.length ?? 0);

  const announcements = useDragAnnouncements({ cardsById, stageNames, layoutRef, shownTotal });

  const activeCard = activeId === null ? null : cardsById.get(activeId);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        dragging.current = false;
        setActiveId(null);
        setDragLayout(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
    >
      <CardActionsContext.Provider value={focus.actions}>
        <BoardKeysHint />
        <div className="board">
          {stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              ids={layout.get(stage.id) ?? []}
              total={shownTotal(stage.id, layout)}
              hasMore={hasMore(stage.id)}
              onNeedMore={onNeedMore}
              cardsById={cardsById}
              now={now}
              activeId={activeId}
              dragDisabled={dragDisabled}
              focusId={focus.focusIds.get(stage.id)}
              focusRequest={focus.focusRequest}
              selected={selected}
            />
          ))}
        </div>
      </CardActionsContext.Provider>
      <DragOverlay dropAnimation={null}>
        {activeCard ? (
          <div className="board-card board-card-overlay" aria-hidden="true">
            <CardBody card={activeCard} now={now} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
