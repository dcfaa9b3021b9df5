import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { APPLICATION_COLUMNS, APPLICATION_OWN_COLUMNS } from '../../../electron/core/store/applications';
import { CONTACT_COLUMNS, CONTACT_OWN_COLUMNS } from '../../../electron/core/store/contacts';
import { columnNames } from '../../../electron/core/store/field-columns';
import { POSTING_COLUMNS, POSTING_OWN_COLUMNS } from '../../../electron/core/store/postings';
import { memoryDb } from '../helpers';

/**
 * The typecheck ties each field map to the contract (tests/types/field-columns.ts); this ties it to the
 * schema: every column of the table is a field's column or one the store names as its own, so a column a
 * migration adds without a field (or a field whose column no migration made) shows here.
 */
const tableColumns = (table: string) =>
  (memoryDb().prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
    .map((c) => c.name)
    .filter((name) => name !== 'id')
    .sort();

describe('field maps', () => {
  it('cover every column of applications, postings and contacts, and only those', () => {
    expect(tableColumns('contacts')).toEqual([...CONTACT_OWN_COLUMNS, ...columnNames(CONTACT_COLUMNS)].sort());
    expect(tableColumns('applications')).toEqual([...APPLICATION_OWN_COLUMNS, ...columnNames(APPLICATION_COLUMNS)].sort());
    expect(tableColumns('postings')).toEqual([...POSTING_OWN_COLUMNS, ...columnNames(POSTING_COLUMNS)].sort());
  });

  it('save every field of the contract on create and on update', async () => {
    const core = createCore({ now: () => new Date('2027-05-01T10:00:00.000Z') });
    const created = await core.call('applications.create', {
      title: 'Engineer',
      company: 'Acme',
      location: 'Lisbon',
      workplace: 'hybrid',
      employmentType: 'contract',
      salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
      postedAt: '2027-04-20',
      deadline: '2027-05-20',
      url: 'https://jobs.example.com/1',
      email: 'jobs@example.com',
      skills: ['TypeScript'],
      requirements: ['Five years of web work'],
      language: 'en',
      excitement: 4,
      tags: ['remote'],
      dateSaved: '2027-04-30',
      dateApplied: '2027-05-01',
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    const updated = await core.call('applications.update', {
      id,
      patch: { location: 'Porto', salary: null, skills: [], excitement: null, dateApplied: null, tags: [] },
    });
    if (!updated.ok) throw new Error(updated.error.message);
    const app = core.db.prepare('SELECT * FROM applications WHERE id = ?').get(id);
    const posting = core.db
      .prepare('SELECT p.* FROM postings p JOIN applications a ON a.posting_id = p.id WHERE a.id = ?')
      .get(id);
    expect(app).toMatchObject({ excitement: null, date_saved: '2027-04-30', date_applied: null });
    expect(posting).toMatchObject({
      title: 'Engineer',
      location: 'Porto',
      workplace: 'hybrid',
      employment_type: 'contract',
      salary_min: null,
      salary_currency: null,
      posted_at: '2027-04-20',
      deadline: '2027-05-20',
      url: 'https://jobs.example.com/1',
      email: 'jobs@example.com',
      skills: '[]',
      requirements: '["Five years of web work"]',
      language: 'en',
    });
    core.close();
  });
});
