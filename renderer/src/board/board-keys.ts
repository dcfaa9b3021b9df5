import { KeyboardSensor, type KeyboardSensorOptions } from '@dnd-kit/core';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Layout } from './layout';

/**
 * The board's keyboard (issue 12): one Tab stop per column (a roving tabindex over its cards), arrows between
 * cards and columns, Enter opens, Space picks up (dnd-kit's keyboard sensor), X selects. Pure helpers here,
 * so the rules are tested without a browser.
 */

export type CardKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';
export const isCardKey = (key: string): key is CardKey =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';

export type FocusTarget = { stageId: number; cardId: number } | { stageId: number; more: true } | null;

/**
 * Where focus goes from `cardId` on `key`: up and down within its column (Home and End to its first and last
 * card loaded); left and right to the nearest column that has cards, on the card last focused there (its
 * Tab stop) or else at the same row (its last card when shorter). Down from the last card loaded of a column
 * with more to load asks for them (`more`).
 */
export function nextFocus(
  layout: Layout,
  stageOrder: readonly number[],
  cardId: number,
  key: CardKey,
  hasMore: (stageId: number) => boolean,
  tabStops: ReadonlyMap<number, number> = new Map(),
): FocusTarget {
  const col = stageOrder.findIndex((s) => layout.get(s)?.includes(cardId));
  if (col < 0) return null;
  const stageId = stageOrder[col]!;
  const ids = layout.get(stageId)!;
  const row = ids.indexOf(cardId);
  const at = (i: number): FocusTarget => (ids[i] === undefined ? null : { stageId, cardId: ids[i] });
  switch (key) {
    case 'ArrowUp':
      return at(row - 1);
    case 'ArrowDown':
      return row + 1 < ids.length ? at(row + 1) : hasMore(stageId) ? { stageId, more: true } : null;
    case 'Home':
      return at(0);
    case 'End':
      return at(ids.length - 1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let c = col + step; c >= 0 && c < stageOrder.length; c += step) {
        const other = layout.get(stageOrder[c]!) ?? [];
        if (other.length === 0) continue;
        const remembered = tabStops.get(stageOrder[c]!);
        const to = remembered !== undefined && other.includes(remembered) ? remembered : other[Math.min(row, other.length - 1)]!;
        return { stageId: stageOrder[c]!, cardId: to };
      }
      return null;
    }
  }
}

/** Shift+click: the cards of one column from `anchor` to `cardId`, both included; just `cardId` elsewhere. */
export function rangeInColumn(layout: Layout, anchor: number | null, cardId: number): number[] {
  for (const ids of layout.values()) {
    const to = ids.indexOf(cardId);
    if (to < 0) continue;
    const from = anchor === null ? -1 : ids.indexOf(anchor);
    if (from < 0) return [cardId];
    return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
  }
  return [cardId];
}

/** The selection with `ids` added, or all of them taken out when every one was already in. */
export function toggleAll(selected: ReadonlySet<number>, ids: readonly number[]): Set<number> {
  const next = new Set(selected);
  const allIn = ids.every((id) => next.has(id));
  for (const id of ids)
    if (allIn) next.delete(id);
    else next.add(id);
  return next;
}

/** A card's own attribute: the keyboard sensor starts on a card itself or its Move button, never another control in it. */
export const MOVE_HANDLE_ATTR = 'data-card-move';

/**
 * dnd-kit's keyboard sensor, started by Space alone (Enter opens the card; Ctrl+Space selects) on the focused
 * card or its Move button. Enter still drops, Escape still cancels, and the announcements are dnd-kit's.
 */
export class CardKeyboardSensor extends KeyboardSensor {
  static activators = [
    {
      eventName: 'onKeyDown' as const,
      handler: (event: ReactKeyboardEvent, options: KeyboardSensorOptions): boolean => {
        if (event.nativeEvent.code !== 'Space' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
        const target = event.target as HTMLElement;
        if (target !== event.currentTarget && !target.hasAttribute(MOVE_HANDLE_ATTR)) return false;
        event.preventDefault();
        options.onActivation?.({ event: event.nativeEvent });
        return true;
      },
    },
  ];
}

/** The keys that end a keyboard move: Space or Enter drops, Escape cancels (Tab no longer drops by accident). */
export const CARD_KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
