import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { addApp, coreClient } from '../helpers';

function setup() {
  const core = createCore({});
  const { call } = coreClient(core);
  return { db: core.db, call };
}

describe('postings.list sorted by a column', () => {
  it('sorts by each column both ways, empty values after the others, in pages that neither overlap nor skip', async () => {
    const { db, call } = setup();
    addApp(db, { title: 'beta engineer', company: 'Zeta', deadline: '2027-05-01', location: 'Berlin' });
    addApp(db, { title: 'Alpha analyst', company: 'acme', deadline: null, location: null });
    addApp(db, { title: 'Gamma designer', company: 'Hooli', deadline: '2027-04-01', location: 'Austin' });
    addApp(db, { title: 'Delta tester', company: 'Globex', deadline: '2027-06-01', location: null });
    const titles = async (by: 'title' | 'company' | 'deadline' | 'location', direction: 'asc' | 'desc', offset = 0, limit = 50) =>
      (await call('postings.list', { sort: { by, direction }, offset, limit })).items.map((a) => a.title.split(' ')[0]);

    expect(await titles('title', 'asc')).toEqual(['Alpha', 'beta', 'Delta', 'Gamma']);
    expect(await titles('title', 'desc')).toEqual(['Gamma', 'Delta', 'beta', 'Alpha']);
    expect(await titles('company', 'asc')).toEqual(['Alpha', 'Delta', 'Gamma', 'beta']);
    expect(await titles('deadline', 'asc')).toEqual(['Gamma', 'beta', 'Delta', 'Alpha']);
    expect(await titles('deadline', 'desc')).toEqual(['Alpha', 'Delta', 'beta', 'Gamma']);
    // Austin, Berlin, then the two without a location in the order they were saved.
    expect(await titles('location', 'asc')).toEqual(['Gamma', 'beta', 'Alpha', 'Delta']);
    const paged = [...(await titles('deadline', 'asc', 0, 3)), ...(await titles('deadline', 'asc', 3, 3))];
    expect(paged).toEqual(['Gamma', 'beta', 'Delta', 'Alpha']);
  });

  it('sorts a search, and keeps the total', async () => {
    const { db, call } = setup();
    addApp(db, { title: 'Backend engineer', company: 'Zeta' });
    addApp(db, { title: 'Frontend engineer', company: 'Acme' });
    addApp(db, { title: 'Designer', company: 'Hooli' });
    const page = await call('postings.list', { search: 'engineer', sort: { by: 'company', direction: 'asc' }, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.items.map((a) => a.company)).toEqual(['Acme', 'Zeta']);
  });

  it('refuses a column it cannot sort by, saying which it can', async () => {
    const { call } = setup();
    await expect(call('postings.list', { sort: { by: 'salary' as 'title', direction: 'asc' }, offset: 0 })).rejects.toThrow(
      /title.*company.*location.*workplace.*deadline/,
    );
  });
});
