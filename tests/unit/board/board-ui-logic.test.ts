import { describe, expect, it } from 'vitest';
import { deadlineStatus, sinceLabel } from '../../../renderer/src/board/countdown';
import { buildLayout, isDragData, moveCard, placementOf } from '../../../renderer/src/board/layout';
import type { ApplicationSummary, Stage } from '../../../shared/domain';

describe('deadline countdown', () => {
  const today = new Date(2027, 2, 10, 23, 30); // late evening, local time
  it('says how far away a deadline is, in calendar days', () => {
    expect(deadlineStatus('2027-03-13', today)).toEqual({ tone: 'soon', label: 'due in 3 days' });
    expect(deadlineStatus('2027-03-11', today)).toEqual({ tone: 'soon', label: 'due tomorrow' });
    expect(deadlineStatus('2027-03-10', today)).toEqual({ tone: 'today', label: 'due today' });
    expect(deadlineStatus('2027-03-08', today)).toEqual({ tone: 'overdue', label: '2 days overdue' });
    expect(deadlineStatus('2027-03-09', today)).toEqual({ tone: 'overdue', label: '1 day overdue' });
    expect(deadlineStatus('2027-04-10', today)).toEqual({ tone: 'later', label: 'due in 31 days' });
  });
  it('counts days since the last activity', () => {
    const now = new Date(2027, 2, 10, 9, 0);
    expect(sinceLabel(new Date(2027, 2, 10, 8, 0).toISOString(), now)).toBe('today');
    expect(sinceLabel(new Date(2027, 2, 9, 23, 0).toISOString(), now)).toBe('1 day ago');
    expect(sinceLabel(new Date(2027, 1, 28, 12, 0).toISOString(), now)).toBe('10 days ago');
  });
});

describe('board layout', () => {
  const stages: Stage[] = [
    { id: 1, name: 'Saved', position: 0, isClosed: false },
    { id: 2, name: 'Applied', position: 1, isClosed: false },
  ];
  const card = (id: number, stageId: number) => ({ id, stageId }) as ApplicationSummary;
  const layout = buildLayout(stages, [card(10, 1), card(11, 1), card(12, 2)]);

  it('groups cards by stage in server order, with empty stages present', () => {
    expect([...buildLayout(stages, [])]).toEqual([
      [1, []],
      [2, []],
    ]);
    expect([...layout]).toEqual([
      [1, [10, 11]],
      [2, [12]],
    ]);
  });

  it('moves a card without changing the layout it came from, and names its new neighbour', () => {
    const moved = moveCard(layout, 10, 2, 0);
    expect([...moved]).toEqual([
      [1, [11]],
      [2, [10, 12]],
    ]);
    expect([...layout.get(1)!]).toEqual([10, 11]);
    expect(placementOf(moved, 10)).toEqual({ stageId: 2, index: 0, beforeId: 12 });
    expect(placementOf(moveCard(layout, 10, 1, 5), 10)).toEqual({ stageId: 1, index: 1, beforeId: null });
    expect(placementOf(layout, 99)).toBeNull();
  });

  it('recognises only well-formed drag data', () => {
    expect(isDragData({ type: 'card', cardId: 3 })).toBe(true);
    expect(isDragData({ type: 'column', stageId: 1 })).toBe(true);
    expect(isDragData({ type: 'card', stageId: 1 })).toBe(false);
    expect(isDragData(null)).toBe(false);
  });
});
