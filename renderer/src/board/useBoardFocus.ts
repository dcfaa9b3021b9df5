import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CardActions } from './card-actions';
import { isCardKey, nextFocus, rangeInColumn, toggleAll } from './board-keys';
import { stageOf, type Layout } from './layout';

export interface BoardFocus {
  /** Each column's Tab stop: the card last focused in it. */
  focusIds: ReadonlyMap<number, number>;
  focusRequest: { stageId: number; cardId: number; seq: number } | null;
  /** Moves focus to a card (scrolling its column to it), and makes it its column's Tab stop. */
  focusCard: (stageId: number, cardId: number) => void;
  actions: CardActions;
}

/** What the board's focus needs from the board: one type, passed as one object and kept as one ref. */
export interface BoardFocusInput {
  layout: Layout;
  layoutRef: RefObject<Layout>;
  stageOrder: readonly number[];
  hasMore: (stageId: number) => boolean;
  onNeedMore: (stageId: number) => void;
  onOpen: (id: number) => void;
  selected: ReadonlySet<number>;
  onSelect: (next: ReadonlySet<number>) => void;
  /** A drag is on: the arrows belong to dnd-kit's keyboard sensor. */
  dragging: RefObject<boolean>;
}

/**
 * The board's roving focus and selection (issue 12): which card of each column is its Tab stop, where the
 * arrow keys go, and what a modified click or X does to the selection. Reading the input through a ref keeps
 * `actions` one stable object, so cards do not re-render when it changes.
 */
export function useBoardFocus(input: BoardFocusInput): BoardFocus {
  const { layout, layoutRef, dragging } = input;
  const [focusIds, setFocusIds] = useState<ReadonlyMap<number, number>>(new Map());
  const [focusRequest, setFocusRequest] = useState<{ stageId: number; cardId: number; seq: number } | null>(null);
  const seq = useRef(0);
  const anchor = useRef<number | null>(null);
  /** Down was pressed on the last card loaded: focus the next one when its page arrives. */
  const waitingBelow = useRef<{ stageId: number; cardId: number } | null>(null);
  const latest = useRef({ ...input, focusIds });
  // The actions read what was last rendered; they are one stable object all the same.
  useLayoutEffect(() => {
    latest.current = { ...input, focusIds };
  });

  const setTabStop = useCallback((stageId: number, cardId: number) => {
    setFocusIds((m) => (m.get(stageId) === cardId ? m : new Map(m).set(stageId, cardId)));
  }, []);
  const focusCard = useCallback(
    (stageId: number, cardId: number) => {
      setTabStop(stageId, cardId);
      setFocusRequest({ stageId, cardId, seq: ++seq.current });
    },
    [setTabStop],
  );

  useEffect(() => {
    const w = waitingBelow.current;
    if (!w) return;
    const ids = layout.get(w.stageId) ?? [];
    const next = ids[ids.indexOf(w.cardId) + 1];
    if (next !== undefined) {
      waitingBelow.current = null;
      focusCard(w.stageId, next);
    }
  }, [layout, focusCard]);

  const actions = useMemo<CardActions>(
    () => ({
      open: (id) => latest.current.onOpen(id),
      focused: (id) => {
        const stageId = stageOf(layoutRef.current, id);
        if (stageId !== null) setTabStop(stageId, id);
      },
      keyDown: (id, e) => {
        // Keys on the card itself: its inner buttons keep their own (Enter on Move picks the card up).
        if (dragging.current || e.target !== e.currentTarget || e.altKey) return;
        const { selected: sel, onSelect: select } = latest.current;
        const toggle = (e.key === 'x' || e.key === 'X') && !e.ctrlKey && !e.metaKey;
        if (toggle || (e.code === 'Space' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          anchor.current = id;
          select(toggleAll(sel, [id]));
        } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
          e.preventDefault();
          latest.current.onOpen(id);
        } else if (e.key === 'Escape' && sel.size > 0) {
          e.preventDefault();
          select(new Set());
        } else if (isCardKey(e.key) && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
          e.preventDefault();
          const { stageOrder: order, hasMore: more, focusIds: stops } = latest.current;
          const target = nextFocus(layoutRef.current, order, id, e.key, more, stops);
          if (!target) return;
          if ('more' in target) {
            waitingBelow.current = { stageId: target.stageId, cardId: id };
            latest.current.onNeedMore(target.stageId);
          } else focusCard(target.stageId, target.cardId);
        }
      },
      click: (id, e) => {
        const { selected: sel, onSelect: select } = latest.current;
        if (e.ctrlKey || e.metaKey) {
          anchor.current = id;
          select(toggleAll(sel, [id]));
          return true;
        }
        if (e.shiftKey) {
          const range = rangeInColumn(layoutRef.current, anchor.current, id);
          select(new Set([...sel, ...range]));
          anchor.current = id;
          return true;
        }
        return false;
      },
      pickUp: (id, card) => {
        if (dragging.current) return;
        const stageId = stageOf(layoutRef.current, id);
        if (stageId !== null) setTabStop(stageId, id);
        card.focus();
        // The same start as Space on the focused card: dnd-kit's keyboard sensor, its announcements included.
        card.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
      },
    }),
    [layoutRef, dragging, setTabStop, focusCard],
  );
  return { focusIds, focusRequest, focusCard, actions };
}
