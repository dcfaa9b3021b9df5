import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api';
import { createCore } from '../../../electron/core/core';
import type { ChangeEvent } from '../../../shared/domain';

describe('API contract and envelope', () => {
  it('answers a wrong type with a BAD_INPUT envelope that names the field, never a throw', async () => {
    const core = createCore({});
    const res = await core.call('applications.create', { title: 42, company: 'Acme' });
    expect(res).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/^title: /) } });
    core.close();
  });

  it('answers every method called with garbage with an error envelope', async () => {
    const core = createCore({});
    for (const method of API_METHODS) {
      for (const input of [42, 'x', [1], { id: -1, nonsense: true }]) {
        const res = await core.call(method, input);
        expect(res.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
      }
    }
    core.close();
  });

  it('refuses unknown methods, including inherited property names', async () => {
    const core = createCore({});
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(await core.call(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    core.close();
  });

  it('reports a missing application as NOT_FOUND with a readable message', async () => {
    const core = createCore({});
    expect(await core.call('applications.get', { id: 999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no application #999; it may have been deleted.' },
    });
    core.close();
  });

  it('runs the board round trip: create, list, move, archive, delete, with change events', async () => {
    const core = createCore({});
    const events: ChangeEvent[] = [];
    core.onChange((e) => events.push(e));
    const created = await core.call('applications.create', { title: '  Writer ', company: 'Acme', tags: ['a'] });
    expect(created).toMatchObject({ ok: true, value: { title: 'Writer', company: 'Acme', tags: ['a'] } });
    const id = (created as { value: { id: number } }).value.id;
    const board = await core.call('board.list', {});
    expect(board).toMatchObject({ ok: true, value: { stages: expect.any(Array), cards: [{ id }] } });
    const stages = (board as { value: { stages: { id: number; name: string }[] } }).value.stages;
    const applied = stages.find((s) => s.name === 'Applied')!;
    expect(await core.call('applications.move', { id, stageId: applied.id, index: 0 })).toMatchObject({
      ok: true,
      value: { stageId: applied.id },
    });
    expect(await core.call('applications.archive', { id, archived: true })).toMatchObject({
      ok: true,
      value: { archived: true },
    });
    expect(await core.call('applications.delete', { id })).toEqual({ ok: true, value: { id } });
    expect(events.map((e) => e.method)).toEqual([
      'applications.create',
      'applications.move',
      'applications.archive',
      'applications.delete',
    ]);
    expect(events[0]!.topics).toContain('applications');
    core.close();
  });

  it('stage CRUD through the API explains conflicts', async () => {
    const core = createCore({});
    expect(await core.call('stages.create', { name: 'Applied' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'A stage named "Applied" already exists.' },
    });
    const ghosted = await core.call('stages.create', { name: 'Ghosted', isClosed: true });
    expect(ghosted).toMatchObject({ ok: true, value: { name: 'Ghosted', isClosed: true } });
    const id = (ghosted as { value: { id: number } }).value.id;
    expect(await core.call('stages.update', { id, name: 'No reply' })).toMatchObject({ ok: true, value: { name: 'No reply' } });
    expect(await core.call('stages.delete', { id })).toEqual({ ok: true, value: { moved: 0 } });
    core.close();
  });
});
