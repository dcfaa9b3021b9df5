import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import type { ApiInput, ApiMethod, ApiResult } from '../../../shared/api';
import { tempDir } from '../helpers';

function setup(dataDir?: string) {
  const core = createCore(dataDir ? { dataDir } : {});
  async function call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<K>> {
    const env = await core.call(method, input);
    if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
    return env.value as ApiResult<K>;
  }
  const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { core, call, count };
}

describe('Remove sample data', () => {
  it('removes exactly what Load sample data added, edited sample rows included; the user’s own applications stay', async () => {
    const { call, count, core } = setup();
    const before = await call('applications.create', { title: 'My own job', company: 'Northwind Labs', tags: ['referral'] });
    const seeded = await call('demo.seed', { count: 40, seed: 3 });
    expect(seeded.created).toBe(40);
    expect(await call('demo.sampleCount', {})).toEqual({ count: 40 });
    const after = await call('applications.create', { title: 'Added later', company: 'Globex', tags: ['dream job'] });
    await call('notes.add', { applicationId: after.id, body: 'Called the recruiter.' });

    // The user edits a sample application (and moves it): it is still sample data.
    const sample = (await call('applications.list', {})).find((a) => a.id !== before.id && a.id !== after.id)!;
    await call('applications.update', { id: sample.id, patch: { title: 'Edited sample', excitement: 5 } });
    await call('notes.add', { applicationId: sample.id, body: 'My note on a sample' });

    expect(await call('demo.removeSample', {})).toEqual({ removed: 40 });
    const left = await call('applications.list', {});
    expect(left.map((a) => a.title).sort()).toEqual(['Added later', 'My own job']);
    expect((await call('applications.get', { id: after.id })).notes.map((n) => n.body)).toEqual(['Called the recruiter.']);
    // Nothing of the samples is left behind: postings, events, notes, unused tags.
    expect(count('postings')).toBe(2);
    expect(count('events')).toBe(0);
    expect(count('notes')).toBe(1);
    expect((core.db.prepare('SELECT name FROM tags ORDER BY name').all() as { name: string }[]).map((t) => t.name)).toEqual([
      'dream job',
      'referral',
    ]);
    expect(await call('demo.sampleCount', {})).toEqual({ count: 0 });
    // Again: nothing to remove, nothing changes.
    expect(await call('demo.removeSample', {})).toEqual({ removed: 0 });
    expect((await call('applications.list', {})).length).toBe(2);
  });

  it('is remembered after a restart, and a deleted sample’s id reused by a new application is not sample data', async () => {
    const dir = tempDir();
    const first = setup(dir);
    await first.call('demo.seed', { count: 5, seed: 1 });
    const last = Math.max(...(await first.call('applications.list', {})).map((a) => a.id));
    await first.call('applications.delete', { id: last });
    const mine = await first.call('applications.create', { title: 'Mine', company: 'Acme' });
    first.core.close();

    const second = setup(dir);
    expect(await second.call('demo.sampleCount', {})).toEqual({ count: 4 });
    expect(await second.call('demo.removeSample', {})).toEqual({ removed: 4 });
    expect((await second.call('applications.list', {})).map((a) => [a.id, a.title])).toEqual([[mine.id, 'Mine']]);
    expect(mine.id).toBe(last); // the id was reused: the mark must have gone with the deleted sample
    second.core.close();
  });
});
