import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ApplicationSummary, Stage } from '../../../shared/domain';
import { SortableCard } from './BoardCard';
import { columnDndId } from './layout';

const ESTIMATED_CARD_HEIGHT = 132;

/** False until the first render has been painted (the task after the next frame's). */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, []);
  return painted;
}

/**
 * One stage: a region named by its heading, with its cards virtualised so a column of thousands renders
 * only what is on screen (plus the card being dragged, which must stay mounted for dnd-kit to track it).
 */
export function BoardColumn({
  stage,
  ids,
  total,
  hasMore,
  onNeedMore,
  cardsById,
  now,
  activeId,
  dragDisabled,
  focusId,
  focusRequest,
  selected,
}: {
  stage: Stage;
  /** The cards loaded so far, in order. */
  ids: readonly number[];
  /** All the column's cards, loaded or not: what its header says. */
  total: number;
  /** More cards below the last loaded: the list ends with a row that asks for them when scrolled into view. */
  hasMore: boolean;
  onNeedMore: (stageId: number) => void;
  cardsById: ReadonlyMap<number, ApplicationSummary>;
  now: Date;
  activeId: number | null;
  dragDisabled: boolean;
  /** The card that is this column's Tab stop (the first when none was focused yet, or it left). */
  focusId: number | undefined;
  /**
   * Asks for focus on a card of a column (arrow keys, a drop): that column scrolls to it and focuses it, once
   * per `seq`; a column never takes focus for a card that arrived in it some other way later.
   */
  focusRequest: { stageId: number; cardId: number; seq: number } | null;
  selected: ReadonlySet<number>;
}) {
  const headingId = `stage-${stage.id}-heading`;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const { setNodeRef, isOver } = useDroppable({ id: columnDndId(stage.id), data: { type: 'column', stageId: stage.id } });
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId);
  const rovingId = focusId !== undefined && ids.includes(focusId) ? focusId : ids[0];
  const rovingIndex = rovingId === undefined ? -1 : ids.indexOf(rovingId);
  // The card being dragged and the column's Tab stop stay mounted even when scrolled away: dnd-kit tracks
  // the first, and Tab must always find the second.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const keep = [activeIndex, rovingIndex].filter((i) => i >= 0);
      const base = defaultRangeExtractor(range);
      const extra = keep.filter((i) => !base.includes(i));
      return extra.length === 0 ? base : [...base, ...new Set(extra)].sort((a, b) => a - b);
    },
    [activeIndex, rovingIndex],
  );
  const painted = usePainted();
  // eslint-disable-next-line react-hooks/incompatible-library -- the build uses no React Compiler; the virtualizer renders itself
  const virtualizer = useVirtualizer({
    count: ids.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (i) => ids[i] ?? 'more',
    // The first pass renders only what fits in the window; the five cards beyond each end come in the next,
    // after the first paint.
    overscan: painted ? 5 : 0,
    rangeExtractor,
    // Before the column is measured, a window's height of it: its first cards render in the first pass instead
    // of after a pass with none, a forced layout to measure the column, and a second pass (a column is never
    // taller than the window; the cards below its real end go once it is measured).
    initialRect: { width: 0, height: window.innerHeight },
  });
  // The "more" row (last) is within the rendered range: the next page is wanted.
  const items = virtualizer.getVirtualItems();
  const wantsMore = hasMore && items.length > 0 && items[items.length - 1]!.index >= ids.length;
  useEffect(() => {
    if (wantsMore) onNeedMore(stage.id);
  }, [wantsMore, ids.length, stage.id, onNeedMore]);
  const handled = useRef(0);
  useLayoutEffect(() => {
    if (focusRequest?.stageId !== stage.id || handled.current === focusRequest.seq) return;
    const index = ids.indexOf(focusRequest.cardId);
    if (index < 0) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-card-id="${focusRequest.cardId}"]`);
    if (!el) return;
    handled.current = focusRequest.seq;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    el.focus({ preventScroll: true });
  });
  const setRefs = useCallback(
    (el: HTMLDivElement | null) => {
      scrollRef.current = el;
      setNodeRef(el);
    },
    [setNodeRef],
  );

  return (
    <section className={`column board-column${stage.isClosed ? ' board-column-closed' : ''}`} aria-labelledby={headingId}>
      <header className="board-column-header">
        <h2 id={headingId} className="column-title">
          {stage.name}
        </h2>
        <span className="column-count">
          {total.toLocaleString()}
          <span className="visually-hidden"> {total === 1 ? 'application' : 'applications'}</span>
        </span>
        {stage.isClosed && <span className="board-closed-badge">closed</span>}
      </header>
      <div ref={setRefs} className={`board-column-body${isOver ? ' board-column-over' : ''}`}>
        <SortableContext id={columnDndId(stage.id)} items={ids as number[]} strategy={verticalListSortingStrategy}>
          {ids.length === 0 && <p className="muted board-column-empty">No applications here.</p>}
          <ul className="cards board-cards" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((row) => {
              if (row.index >= ids.length)
                return (
                  <li
                    key="more"
                    data-index={row.index}
                    ref={virtualizer.measureElement}
                    className="board-card-slot board-column-more muted"
                    style={{ transform: `translateY(${row.start}px)` }}
                  >
                    Loading more of {total.toLocaleString()}…
                  </li>
                );
              const card = cardsById.get(ids[row.index]!);
              if (!card) return null;
              return (
                <li
                  key={row.key}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  className="board-card-slot"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <SortableCard
                    card={card}
                    now={now}
                    disabled={dragDisabled}
                    tabbable={card.id === rovingId}
                    selected={selected.has(card.id)}
                  />
                </li>
              );
            })}
          </ul>
        </SortableContext>
      </div>
    </section>
  );
}
