import { createContext, useContext, type KeyboardEvent, type MouseEvent } from 'react';

/**
 * What a card does when used, provided once by the board so that each (memoised) card needs no callbacks as
 * props: a card re-renders only when its own data, focus or selection changes.
 */
export interface CardActions {
  open(id: number): void;
  /** Arrows, Enter, X and Escape on a focused card (Space is dnd-kit's). */
  keyDown(id: number, event: KeyboardEvent<HTMLElement>): void;
  /** Ctrl/Cmd+click toggles the card in the selection, Shift+click selects a range; true when handled. */
  click(id: number, event: MouseEvent<HTMLElement>): boolean;
  /** The card got focus (by Tab, click or arrows): it becomes its column's Tab stop. */
  focused(id: number): void;
  /** The visible Move action: picks the card up as Space would. */
  pickUp(id: number, card: HTMLElement): void;
}

// Outside a board (a card shown alone) the actions do nothing.
const noop: CardActions = {
  open: () => undefined,
  keyDown: () => undefined,
  click: () => false,
  focused: () => undefined,
  pickUp: () => undefined,
};
export const CardActionsContext = createContext<CardActions>(noop);
export const useCardActions = (): CardActions => useContext(CardActionsContext);
