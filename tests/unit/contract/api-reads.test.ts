import { describe, expect, it } from 'vitest';
import { api, API_METHODS } from '../../../shared/api';
import { reads, readsAny } from '../../../shared/api-reads';
import type { Topic } from '../../../shared/domain';

/**
 * The renderer's cache refetches an answer when a change event names a topic its method reads
 * (shared/api-reads.ts). A topic some write changes that no read names would leave a screen stale for good;
 * a method without its reads would never be refetched.
 */
describe('the read topics beside the contract', () => {
  const readsOf = (m: keyof typeof reads): readonly Topic[] => reads[m];

  it('lists every method of the contract and no other', () => {
    expect(Object.keys(reads).sort()).toEqual([...API_METHODS].sort());
  });

  it('every topic a write changes is read by some method', () => {
    const changed = new Set(API_METHODS.flatMap((m) => api[m].mutates));
    const read = new Set(API_METHODS.flatMap(readsOf));
    expect([...changed].filter((t) => !read.has(t))).toEqual([]);
  });

  it('a write reads nothing: its answer is never cached', () => {
    expect(API_METHODS.filter((m) => api[m].mutates.length > 0 && readsOf(m).length > 0)).toEqual([]);
  });

  it('each screen that lists what a write changes is refreshed by that write', () => {
    // The board after a card's move, the calendar after an event's, settings after they are saved.
    expect(readsAny('board.list', api['applications.place'].mutates)).toBe(true);
    expect(readsAny('board.column', api['applications.place'].mutates)).toBe(true);
    expect(readsAny('calendar.range', api['events.move'].mutates)).toBe(true);
    expect(readsAny('postings.list', api['applications.update'].mutates)).toBe(true);
    expect(readsAny('reminders.settings', api['reminders.updateSettings'].mutates)).toBe(true);
    expect(readsAny('stages.list', api['stages.reorder'].mutates)).toBe(true);
    expect(readsAny('system.status', api['system.dismissRecovery'].mutates)).toBe(true);
    // A read is not refetched for what it does not show.
    expect(readsAny('stages.list', ['events'])).toBe(false);
  });
});
