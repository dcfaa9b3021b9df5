import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { KEEP_DELETED } from '../../../electron/core/store/deleted-applications';
import type { Db } from '../../../electron/core/store/db';
import type { ApiInput, ApiMethod, ApiResult } from '../../../shared/api';
import { addApp } from '../helpers';

const NOW = new Date('2027-03-10T09:00:00.000Z');

function setup() {
  const core = createCore({ now: () => NOW });
  async function call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<K>> {
    const env = await core.call(method, input);
    if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
    return env.value as ApiResult<K>;
  }
  return { core, db: core.db, call };
}

const stageId = (db: Db, name: string) => (db.prepare('SELECT id FROM stages WHERE name = ?').get(name) as { id: number }).id;
const titles = (cards: { title: string }[]) => cards.map((c) => c.title);

describe('board sorting, archived cards and interviews, in SQL', () => {
  it('sorts a column by deadline (soonest first, none last), excitement or date applied, page after page', async () => {
    const { db, call } = setup();
    addApp(db, { title: 'No deadline', company: 'A' });
    addApp(db, { title: 'Late', company: 'A', deadline: '2027-06-01' }, '', { excitement: 2, dateApplied: '2027-01-05' });
    addApp(db, { title: 'Soon', company: 'A', deadline: '2027-03-20' }, '', { excitement: 5, dateApplied: '2027-02-01' });
    addApp(db, { title: 'Middle', company: 'A', deadline: '2027-04-01' }, '', { excitement: 3 });
    const saved = stageId(db, 'Saved');
    const page = async (sort: 'deadline' | 'excitement' | 'dateApplied', offset: number, limit: number) =>
      titles((await call('board.column', { stageId: saved, sort, offset, limit })).items);
    expect([...(await page('deadline', 0, 2)), ...(await page('deadline', 2, 2))]).toEqual([
      'Soon',
      'Middle',
      'Late',
      'No deadline',
    ]);
    expect(await page('excitement', 0, 10)).toEqual(['Soon', 'Middle', 'Late', 'No deadline']);
    expect((await page('dateApplied', 0, 10)).slice(0, 2)).toEqual(['Soon', 'Late']);
    const board = await call('board.list', { sort: 'deadline' });
    expect(titles(board.cards)).toEqual(['Soon', 'Middle', 'Late', 'No deadline']);
  });

  it('"Show archived" adds archived cards after the active ones of their column, instead of only them', async () => {
    const { db, call } = setup();
    const gone = addApp(db, { title: 'Gone', company: 'A' });
    addApp(db, { title: 'Active 2', company: 'A' });
    addApp(db, { title: 'Active 1', company: 'A' });
    await call('applications.archive', { id: gone.id, archived: true });
    expect(titles((await call('board.list', {})).cards)).toEqual(['Active 1', 'Active 2']);
    const shown = await call('board.list', { includeArchived: true });
    expect(shown.cards.map((c) => [c.title, c.archived])).toEqual([
      ['Active 1', false],
      ['Active 2', false],
      ['Gone', true],
    ]);
    expect(shown.columns.find((c) => c.stageId === stageId(db, 'Saved'))?.total).toBe(3);
    // `archived` alone still means archived only (the API's list and exports rely on it).
    expect(titles(await call('applications.list', { archived: true }))).toEqual(['Gone']);
  });

  it("a card carries its next upcoming interview (not a past one, not another kind), in the page's one query", async () => {
    const { db, call } = setup();
    const a = addApp(db, { title: 'Interviewing', company: 'A' });
    const b = addApp(db, { title: 'Quiet', company: 'B' });
    const event = (kind: 'interview' | 'follow-up', startsAt: string) =>
      call('events.create', { applicationId: a.id, kind, title: 'Talk', allDay: false, startsAt, durationMinutes: 60 });
    await event('interview', '2027-03-01T10:00:00.000Z');
    await event('follow-up', '2027-03-11T08:00:00.000Z');
    await event('interview', '2027-03-18T13:30:00.000Z');
    await event('interview', '2027-03-12T14:30:00.000Z');
    const board = await call('board.list', {});
    expect(board.cards.find((c) => c.id === a.id)?.nextInterview).toBe('2027-03-12T14:30:00.000Z');
    expect(board.cards.find((c) => c.id === b.id)?.nextInterview).toBeNull();
    const column = await call('board.column', { stageId: stageId(db, 'Saved'), offset: 0 });
    expect(column.items.find((c) => c.id === a.id)?.nextInterview).toBe('2027-03-12T14:30:00.000Z');
  });
});

describe('bulk actions with one undo', () => {
  it('moves many cards to a stage in one call, dating them, and one undo puts each back where it was', async () => {
    const { db, call } = setup();
    for (let i = 5; i >= 1; i--) addApp(db, { title: `Job ${i}`, company: 'A' });
    const saved = stageId(db, 'Saved');
    const applied = stageId(db, 'Applied');
    const before = await call('board.column', { stageId: saved, offset: 0 });
    const picked = [before.items[1]!.id, before.items[3]!.id];
    const result = await call('applications.bulk', { ids: picked, action: { kind: 'move', stageId: applied } });
    expect(result.changed).toBe(2);
    const moved = await call('board.column', { stageId: applied, offset: 0 });
    expect(titles(moved.items)).toEqual(['Job 2', 'Job 4']);
    expect(moved.items.every((c) => c.dateApplied === '2027-03-10')).toBe(true);

    expect(await call('applications.bulkUndo', { undo: result.undo })).toEqual({ restored: 2 });
    expect(titles((await call('board.column', { stageId: saved, offset: 0 })).items)).toEqual(titles(before.items));
    expect((await call('board.column', { stageId: applied, offset: 0 })).items).toEqual([]);
    const detail = await call('applications.get', { id: picked[0]! });
    expect(detail.dateApplied).toBeNull();
    expect(detail.history.map((h) => h.toStageId)).toEqual([saved]);
  });

  it('tags and archives many, and undo takes the tag off only the cards that did not have it', async () => {
    const { db, call } = setup();
    const a = addApp(db, { title: 'A', company: 'A' }, '', { tags: ['Remote'] });
    const b = addApp(db, { title: 'B', company: 'B' });
    const tagged = await call('applications.bulk', { ids: [a.id, b.id], action: { kind: 'tag', tag: 'remote' } });
    expect(tagged.changed).toBe(1);
    // One tag whatever the case typed: it keeps the spelling it already has.
    expect((await call('applications.get', { id: b.id })).tags).toEqual(['Remote']);
    await call('applications.bulkUndo', { undo: tagged.undo });
    expect((await call('applications.get', { id: a.id })).tags).toEqual(['Remote']);
    expect((await call('applications.get', { id: b.id })).tags).toEqual([]);

    const archived = await call('applications.bulk', { ids: [a.id, b.id], action: { kind: 'archive' } });
    expect((await call('board.list', {})).cards).toEqual([]);
    await call('applications.bulkUndo', { undo: archived.undo });
    expect(titles((await call('board.list', {})).cards)).toEqual(['B', 'A']);
  });

  it(`deletes more than ${KEEP_DELETED} at once and one undo brings every one back, with its notes`, async () => {
    const { db, call } = setup();
    const ids: number[] = [];
    for (let i = 0; i < KEEP_DELETED + 10; i++) ids.push(addApp(db, { title: `Job ${i}`, company: 'A' }).id);
    await call('notes.add', { applicationId: ids[0]!, body: 'Met the team' });
    const result = await call('applications.bulk', { ids, action: { kind: 'delete' } });
    expect(result.changed).toBe(ids.length);
    expect((await call('board.list', {})).cards).toEqual([]);
    expect(await call('applications.bulkUndo', { undo: result.undo })).toEqual({ restored: ids.length });
    expect((await call('board.list', { limit: 200 })).cards).toHaveLength(ids.length);
    expect((await call('applications.get', { id: ids[0]! })).notes.map((n) => n.body)).toEqual(['Met the team']);
  });

  it('refuses a missing application or too many ids with a message, changing nothing', async () => {
    const { db, core } = setup();
    const a = addApp(db, { title: 'A', company: 'A' });
    const missing = await core.call('applications.bulk', { ids: [a.id, 9999], action: { kind: 'archive' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('#9999') } });
    expect((await core.call('applications.get', { id: a.id })) as unknown).toMatchObject({
      ok: true,
      value: { archived: false },
    });
    const many = await core.call('applications.bulk', {
      ids: Array.from({ length: 1001 }, (_, i) => i + 1),
      action: { kind: 'delete' },
    });
    expect(many).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('at most 1,000') } });
  });
});
