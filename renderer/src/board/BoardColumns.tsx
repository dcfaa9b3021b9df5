import {
  closestCenter,
  DndContext,
  DragOverlay,
  getFirstCollision,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { BoardSort } from '../../../shared/api-pages';
import type { ApplicationSummary, Stage } from '../../../shared/domain';
import { useNotify } from '../components/Toasts';
import { CardBody, cardName } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { CARD_KEYBOARD_CODES, CardKeyboardSensor } from './board-keys';
import { CardActionsContext } from './card-actions';
import { SORT_LABELS } from './BoardSortControl';
import { useBoardFocus } from './useBoardFocus';
import { useCardMove } from './useCardMove';
import { buildLayout, dropAnchor, isDragData, moveCard, placementOf, stageOf, type Layout } from './layout';

const SCREEN_READER_INSTRUCTIONS =
  'Use the arrow keys to go from card to card. Press Enter to open a card, X to select it. To move a card, press ' +
  'Space (or its Move button): the arrow keys move it, left and right between stages, up and down within a stage. ' +
  'Press Space or Enter to drop it, or Escape to cancel.';

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
  onSelect = () => {},
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
  const notify = useNotify();
  const placeCard = useCardMove(boardKey);
  const serverLayout = useMemo(() => buildLayout(stages, cards), [stages, cards]);
  const cardsById = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const stageNames = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);
  const [dragLayout, setDragLayout] = useState<Layout | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const layout = dragLayout ?? serverLayout;
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const origin = useRef<{ stageId: number; index: number } | null>(null);
  const lastOver = useRef<UniqueIdentifier | null>(null);
  // "Days since" is computed against one clock per render of the board, not per card.
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

  /** Over a column: the nearest card in it (or the column itself when empty); dnd-kit's multi-container recipe. */
  const collisionDetection = useCallback<CollisionDetection>((args) => {
    const pointer = pointerWithin(args);
    const hits = pointer.length > 0 ? pointer : rectIntersection(args);
    let overId = getFirstCollision(hits, 'id');
    if (overId !== null) {
      const data = args.droppableContainers.find((c) => c.id === overId)?.data.current;
      if (isDragData(data) && data.type === 'column') {
        const inColumn = new Set(layoutRef.current.get(data.stageId) ?? []);
        if (inColumn.size > 0) {
          const nearest = closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter((c) => typeof c.id === 'number' && inColumn.has(c.id)),
          });
          overId = getFirstCollision(nearest, 'id') ?? overId;
        }
      }
      lastOver.current = overId;
      return [{ id: overId }];
    }
    return lastOver.current !== null ? [{ id: lastOver.current }] : [];
  }, []);

  const targetOf = (overData: unknown, l: Layout): { stageId: number; index: number } | null => {
    if (!isDragData(overData)) return null;
    if (overData.type === 'column') return { stageId: overData.stageId, index: l.get(overData.stageId)?.length ?? 0 };
    const stageId = stageOf(l, overData.cardId);
    return stageId === null ? null : { stageId, index: l.get(stageId)!.indexOf(overData.cardId) };
  };

  function onDragStart({ active }: DragStartEvent) {
    const id = Number(active.id);
    const p = placementOf(layout, id);
    origin.current = p && { stageId: p.stageId, index: p.index };
    lastOver.current = null;
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
    const target = over ? targetOf(over.data.current, l) : null;
    const from = stageOf(l, id);
    if (target && from === target.stageId && isDragData(over?.data.current) && over.data.current.type === 'card') {
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
    if (sort !== 'manual') {
      // A sorted column has no hand-made order: a drop into another stage moves the card there (to the end of
      // the manual order), a drop within the same stage is refused with the way out.
      if (placed.stageId === start.stageId) {
        notify({
          kind: 'info',
          message: `Cards are sorted by ${SORT_LABELS[sort].toLowerCase()}; choose “Manual order” to reorder them by hand.`,
        });
        return;
      }
      saveMove(card, l, { stageId: placed.stageId, beforeId: null });
      return;
    }
    const anchor = dropAnchor(l, id, hasMore);
    if (!anchor) return;
    // Archived cards (shown after the active ones) are no neighbours to place by: next to one means the end.
    const archived = (n: number | null | undefined) => n != null && cardsById.get(n)?.archived === true;
    saveMove(
      card,
      l,
      archived(anchor.beforeId) || archived(anchor.afterId) ? { stageId: anchor.stageId, beforeId: null } : anchor,
    );
  }

  /** Saved once, on drop: shown at once through the board's cached pages, rolled back there on failure. */
  const saveMove = (card: ApplicationSummary, l: Layout, anchor: NonNullable<ReturnType<typeof dropAnchor>>) =>
    placeCard({ card, layout: l, anchor, stageName: stageNames.get(anchor.stageId) ?? 'its new stage' });

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
  const announcements: Announcements = {
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

  /** A column's count as shown: the server's total, plus or minus the cards an unsaved move took in or out. */
  const shownTotal = (stageId: number, l: Layout): number =>
    (columns.get(stageId)?.total ?? 0) + (l.get(stageId)?.length ?? 0) - (serverLayout.get(stageId)?.length ?? 0);

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
        {/* What the keys do, for sighted keyboard users: one line whose words follow the focus (CSS :has), so
            showing it never moves a card. Screen readers get the same from dnd-kit's instructions. */}
        <p className="board-keys-hint muted" aria-hidden="true">
          <span className="board-keys-idle">Keyboard: Tab to a column, then the arrow keys from card to card</span>
          <span className="board-keys-card">Enter to open · Space to move · X to select</span>
          <span className="board-keys-drag">Arrows to move · Space to drop · Esc to cancel</span>
        </p>
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
