import { describe, expect, it } from 'vitest';
import { nextFocus, rangeInColumn, toggleAll } from '../../../renderer/src/board/board-keys';
import { interviewLabel } from '../../../renderer/src/board/interview';
import type { Layout } from '../../../renderer/src/board/layout';

// Saved: 1 2 3 · Applied: (empty) · Interviewing: 4 5
const layout: Layout = new Map([
  [10, [1, 2, 3]],
  [20, []],
  [30, [4, 5]],
]);
const order = [10, 20, 30];
const none = () => false;

describe('board keyboard rules', () => {
  it('walks up and down a column, Home and End to its ends, and stops at its edges', () => {
    expect(nextFocus(layout, order, 1, 'ArrowDown', none)).toEqual({ stageId: 10, cardId: 2 });
    expect(nextFocus(layout, order, 2, 'ArrowUp', none)).toEqual({ stageId: 10, cardId: 1 });
    expect(nextFocus(layout, order, 1, 'ArrowUp', none)).toBeNull();
    expect(nextFocus(layout, order, 3, 'ArrowDown', none)).toBeNull();
    expect(nextFocus(layout, order, 1, 'End', none)).toEqual({ stageId: 10, cardId: 3 });
    expect(nextFocus(layout, order, 3, 'Home', none)).toEqual({ stageId: 10, cardId: 1 });
  });

  it('asks for the next page below the last card loaded of a column that has more', () => {
    expect(nextFocus(layout, order, 3, 'ArrowDown', (s) => s === 10)).toEqual({ stageId: 10, more: true });
  });

  it('goes across empty columns, to the card last focused there or else the same row (clamped)', () => {
    expect(nextFocus(layout, order, 3, 'ArrowRight', none)).toEqual({ stageId: 30, cardId: 5 });
    expect(nextFocus(layout, order, 1, 'ArrowRight', none)).toEqual({ stageId: 30, cardId: 4 });
    expect(nextFocus(layout, order, 1, 'ArrowRight', none, new Map([[30, 5]]))).toEqual({ stageId: 30, cardId: 5 });
    expect(nextFocus(layout, order, 5, 'ArrowLeft', none)).toEqual({ stageId: 10, cardId: 2 });
    expect(nextFocus(layout, order, 4, 'ArrowRight', none)).toBeNull();
  });

  it('selects a range within one column with Shift, and toggles', () => {
    expect(rangeInColumn(layout, 3, 1)).toEqual([1, 2, 3]);
    expect(rangeInColumn(layout, 4, 2)).toEqual([2]);
    expect(rangeInColumn(layout, null, 2)).toEqual([2]);
    expect([...toggleAll(new Set([1]), [1, 2])]).toEqual([1, 2]);
    expect([...toggleAll(new Set([1, 2, 3]), [1, 2])]).toEqual([3]);
  });

  it('says when the next interview is, in words', () => {
    const now = new Date(2027, 2, 10, 9, 0); // Wednesday 10 March 2027, local time
    expect(interviewLabel(new Date(2027, 2, 10, 14, 30).toISOString(), now)).toBe('Interview today 14:30');
    expect(interviewLabel(new Date(2027, 2, 11, 9, 5).toISOString(), now)).toBe('Interview tomorrow 09:05');
    expect(interviewLabel(new Date(2027, 2, 12, 14, 30).toISOString(), now)).toBe('Interview Fri 14:30');
    expect(interviewLabel('2027-03-30', now)).toBe('Interview 30 Mar');
    expect(interviewLabel('2027-02-30', now)).toBeNull();
  });
});
