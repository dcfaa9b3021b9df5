import { describe, expect, it } from 'vitest';
import { addAttachment, listAttachments } from '../../../electron/core/store/attachments';
import { addContact, listContacts } from '../../../electron/core/store/contacts';
import { createEvent, getEvent, listEventsForApplication } from '../../../electron/core/store/events';
import { addNote, deleteNote, listNotes } from '../../../electron/core/store/notes';
import { findDuplicatePosting, EMPTY_FIELDS } from '../../../electron/core/store/postings';
import { addReminder, listRemindersForEvent } from '../../../electron/core/store/reminders';
import { allSettings, getSetting, setSetting } from '../../../electron/core/store/settings';
import { listTags, setApplicationTags } from '../../../electron/core/store/tags';
import { toFtsQuery } from '../../../electron/core/store/search';
import { addApp, memoryDb } from '../helpers';

/** When the writes below happen (the core's clock, in the app). */
const AT = '2027-01-01T09:00:00.000Z';

/** A fresh database holding one application. */
function dbWithApp() {
  const db = memoryDb();
  return { db, app: addApp(db, { title: 'A', company: 'X' }) };
}

describe('entity stores', () => {
  it('notes keep their time and update last activity', () => {
    const { db, app } = dbWithApp();
    const note = addNote(db, app.id, 'Called back', '2026-03-01T09:00:00.000Z');
    expect(listNotes(db, app.id)).toEqual([note]);
    expect((db.prepare('SELECT last_activity_at AS t FROM applications').get() as { t: string }).t).toBe(
      '2026-03-01T09:00:00.000Z',
    );
    deleteNote(db, note.id);
    expect(() => deleteNote(db, note.id)).toThrow(/no note/);
  });

  it('contacts and attachments belong to an application', () => {
    const { db, app } = dbWithApp();
    const c = addContact(
      db,
      { applicationId: app.id, name: 'Ada', role: 'Recruiter', email: 'ada@x.io', phone: null, profileUrl: null },
      AT,
    );
    expect(listContacts(db, app.id)).toEqual([c]);
    const f = addAttachment(
      db,
      {
        applicationId: app.id,
        fileName: 'cv.pdf',
        storedName: 'a1-cv.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 10,
        kind: 'resume',
        versionLabel: 'v3',
      },
      AT,
    );
    expect(listAttachments(db, app.id)).toEqual([f]);
  });

  it('events are all-day with a day or timed with an instant, never neither', () => {
    const { db, app } = dbWithApp();
    const interview = createEvent(
      db,
      {
        applicationId: app.id,
        kind: 'interview',
        allDay: false,
        startsAt: '2027-01-05T14:00:00.000Z',
        durationMinutes: 45,
        roundName: 'Tech',
      },
      AT,
    );
    expect(getEvent(db, interview.id)).toMatchObject({ allDay: false, startsAt: '2027-01-05T14:00:00.000Z', day: null });
    expect(() => createEvent(db, { applicationId: app.id, kind: 'other', allDay: true }, AT)).toThrow();
    expect(listEventsForApplication(db, app.id)).toHaveLength(1);
    const r = addReminder(db, interview.id, -60, '2027-01-05T13:00:00.000Z', null, null, AT);
    expect(listRemindersForEvent(db, interview.id)).toEqual([r]);
  });

  it('settings hold JSON values with caller defaults', () => {
    const db = memoryDb();
    expect(getSetting(db, 'weekStartsOn', 1)).toBe(1);
    setSetting(db, 'weekStartsOn', 0);
    setSetting(db, 'reminders', { deadlineDays: [3, 0] });
    expect(getSetting(db, 'weekStartsOn', 1)).toBe(0);
    expect(allSettings(db)).toEqual({ reminders: { deadlineDays: [3, 0] }, weekStartsOn: 0 });
  });

  it('tags are shared, case-insensitive, and unused ones disappear', () => {
    const db = memoryDb();
    const a = addApp(db, { title: 'A', company: 'X' });
    setApplicationTags(db, a.id, ['Startup', 'startup', ' remote ']);
    expect(listTags(db)).toEqual(['remote', 'Startup']);
    setApplicationTags(db, a.id, []);
    expect(listTags(db)).toEqual([]);
  });

  it('a posting saved twice is recognised by URL or by company, title and text', () => {
    const db = memoryDb();
    const text = 'We build rockets. You will write flight software in Rust.';
    const first = addApp(
      db,
      { title: 'Flight Software Engineer (m/w/d)', company: 'Orbital GmbH', url: 'https://jobs.example/1' },
      text,
    );
    expect(findDuplicatePosting(db, { ...EMPTY_FIELDS, url: 'https://jobs.example/1' }, '')).toMatchObject({
      applicationId: first.id,
    });
    expect(
      findDuplicatePosting(db, { ...EMPTY_FIELDS, title: 'Flight Software Engineer', company: 'orbital gmbh' }, `${text}\n`),
    ).toMatchObject({ applicationId: first.id });
    expect(
      findDuplicatePosting(
        db,
        { ...EMPTY_FIELDS, title: 'Flight Software Engineer', company: 'Orbital GmbH' },
        'Completely different role text about sales.',
      ),
    ).toBeNull();
  });

  it('search input never breaks the FTS query', () => {
    expect(toFtsQuery('  ')).toBeNull();
    expect(toFtsQuery('c++ "senior AND')).toBe('"c"* AND "senior"* AND "AND"*');
  });
});
