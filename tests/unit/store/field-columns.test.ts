import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { ATTACHMENT_COLUMNS, ATTACHMENT_OWN_COLUMNS } from '../../../electron/core/store/attachments';
import { APPLICATION_COLUMNS, APPLICATION_OWN_COLUMNS } from '../../../electron/core/store/applications';
import { CONTACT_COLUMNS, CONTACT_OWN_COLUMNS } from '../../../electron/core/store/contacts';
import { EVENT_COLUMNS, EVENT_OWN_COLUMNS } from '../../../electron/core/store/events';
import { columnNames } from '../../../electron/core/store/field-columns';
import { NOTE_COLUMNS, NOTE_OWN_COLUMNS } from '../../../electron/core/store/notes';
import { POSTING_COLUMNS, POSTING_OWN_COLUMNS } from '../../../electron/core/store/postings';
import { createClient } from '../../../shared/client';
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
  it('cover every column of applications, postings, contacts, events, notes and attachments, and only those', () => {
    expect(tableColumns('attachments')).toEqual([...ATTACHMENT_OWN_COLUMNS, ...columnNames(ATTACHMENT_COLUMNS)].sort());
    expect(tableColumns('events')).toEqual([...EVENT_OWN_COLUMNS, ...columnNames(EVENT_COLUMNS)].sort());
    expect(tableColumns('notes')).toEqual([...NOTE_OWN_COLUMNS, ...columnNames(NOTE_COLUMNS)].sort());
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

  it('save every event and note field on create and on update', async () => {
    const core = createCore({ now: () => new Date('2027-05-01T10:00:00.000Z') });
    const { call } = createClient(core.call);
    const { id: applicationId } = await call('applications.create', { title: 'Engineer', company: 'Acme' });
    const { id } = await call('events.create', {
      applicationId,
      kind: 'interview',
      title: 'Panel',
      allDay: false,
      startsAt: '2027-05-10T09:00:00.000Z',
      durationMinutes: 90,
      location: 'Office',
      url: 'https://meet.example.com/x',
      roundName: 'Round 2',
      notes: 'Bring the portfolio',
      reminderOffsets: [60, 1440],
    });
    const row = (eventId: number) => core.db.prepare('SELECT * FROM events WHERE id = ?').get(eventId);
    expect(row(id)).toMatchObject({
      kind: 'interview',
      title: 'Panel',
      all_day: 0,
      day: null,
      starts_at: '2027-05-10T09:00:00.000Z',
      duration_minutes: 90,
      location: 'Office',
      url: 'https://meet.example.com/x',
      round_name: 'Round 2',
      notes: 'Bring the portfolio',
      reminder_offsets: '[1440,60]',
      created_at: '2027-05-01T10:00:00.000Z',
    });
    await call('events.update', {
      id,
      patch: { allDay: true, day: '2027-05-11', location: null, roundName: 'Final', reminderOffsets: null },
    });
    // The patch's fields change; the ones it leaves out keep their values; an all-day event has no start.
    expect(row(id)).toMatchObject({
      kind: 'interview',
      title: 'Panel',
      all_day: 1,
      day: '2027-05-11',
      starts_at: null,
      duration_minutes: 90,
      location: null,
      url: 'https://meet.example.com/x',
      round_name: 'Final',
      notes: 'Bring the portfolio',
      reminder_offsets: null,
    });

    const { id: noteId } = await call('notes.add', { applicationId, body: 'Called Ana' });
    await call('notes.update', { id: noteId, body: 'Called Ana twice' });
    expect(core.db.prepare('SELECT application_id, body FROM notes WHERE id = ?').get(noteId)).toEqual({
      application_id: applicationId,
      body: 'Called Ana twice',
    });
    core.close();
  });
});
