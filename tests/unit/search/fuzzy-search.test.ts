import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { addNote } from '../../../electron/core/store/notes';
import { setApplicationTags } from '../../../electron/core/store/tags';
import { updatePostingFields } from '../../../electron/core/store/postings';
import { alternativesFor, editDistances, maxEdits } from '../../../electron/core/store/search-fuzzy';
import { listApplications } from '../../../electron/core/store/applications';
import { openDatabase } from '../../../electron/core/store/db';
import { addApp, coreClient, tempDir } from '../helpers';

function setup() {
  const core = createCore({});
  const { call } = coreClient(core);
  const db = core.db;
  addApp(db, { title: 'Frontend Engineer', company: 'TechVision' }, 'We build dashboards in React.');
  addApp(db, { title: 'Data Analyst', company: 'Globex' }, 'SQL every day.', { tags: ['dream job', 'remote-first'] });
  addApp(db, { title: 'Date Specialist', company: 'Initech' }, 'Calendars and dates.');
  addApp(db, { title: 'Backend Developer', company: 'Acme Robotics' }, 'Go and Postgres.', { tags: ['referral'] });
  /** Titles a search shows, in the Postings table (and, per column, on the board). */
  const titles = async (search: string) => (await call('postings.list', { search, offset: 0 })).items.map((a) => a.title);
  const boardTitles = async (search: string) => (await call('board.list', { search })).cards.map((a) => a.title);
  return { core, db, call, titles, boardTitles };
}

describe('search over titles, companies and tags, forgiving a typo', () => {
  it('finds a company with a letter left out, on the board and in the Postings table', async () => {
    const { titles, boardTitles } = setup();
    expect(await titles('techvison')).toEqual(['Frontend Engineer']);
    expect(await boardTitles('techvison')).toEqual(['Frontend Engineer']);
    // A swap of two letters, a wrong letter, and a word still being typed with a typo in it.
    expect(await titles('fronetnd')).toEqual(['Frontend Engineer']);
    expect(await titles('globez')).toEqual(['Data Analyst']);
    expect(await titles('techvisoi')).toEqual(['Frontend Engineer']);
    // With another word that matches as typed.
    expect(await titles('techvison engineer')).toEqual(['Frontend Engineer']);
  });

  it('matches tags, as typed and with a typo, and follows tag changes', async () => {
    const { db, titles } = setup();
    expect(await titles('referral')).toEqual(['Backend Developer']);
    expect(await titles('dream')).toEqual(['Data Analyst']);
    expect(await titles('refferal')).toEqual(['Backend Developer']);
    const acme = db
      .prepare("SELECT a.id FROM applications a JOIN postings p ON p.id = a.posting_id WHERE p.company = 'Acme Robotics'")
      .get() as {
      id: number;
    };
    setApplicationTags(db, acme.id, ['visa sponsor']);
    expect(await titles('referral')).toEqual([]);
    expect(await titles('sponsor')).toEqual(['Backend Developer']);
    expect(await titles('sponsr')).toEqual(['Backend Developer']);
  });

  it('lists exact matches before typo-forgiven ones', async () => {
    const { db, titles } = setup();
    // "techvison" misspelt in a note: that application matches as typed, TechVision only by forgiving.
    const note = addApp(db, { title: 'Platform Engineer', company: 'Hooli' });
    addNote(db, note.id, 'The recruiter wrote techvison in her mail.', new Date().toISOString());
    expect(await titles('techvison')).toEqual(['Platform Engineer', 'Frontend Engineer']);
  });

  it('does not flood: short words and words found as typed get no alternatives', async () => {
    const { titles } = setup();
    // "data" is a word as typed: "date" is not added.
    expect(await titles('data')).toEqual(['Data Analyst']);
    // Too short to forgive.
    expect(await titles('acm')).toEqual(['Backend Developer']);
    expect(await titles('gobx')).toEqual([]);
    // Two edits in a word of 6 letters is not a typo any more.
    expect(await titles('glbbez')).toEqual([]);
    // Typos are forgiven in titles, companies and tags only, not in posting texts.
    expect(await titles('dashbords')).toEqual([]);
    expect(await titles('dashboards')).toEqual(['Frontend Engineer']);
  });

  it('follows renames: a corrected company is found by its new name, typo included', async () => {
    const { db, titles } = setup();
    const row = db.prepare("SELECT id FROM postings WHERE company = 'Initech'").get() as { id: number };
    expect(await titles('initek')).toEqual(['Date Specialist']);
    updatePostingFields(db, row.id, { company: 'Umbrella Health' }, new Date().toISOString());
    expect(await titles('initek')).toEqual([]);
    expect(await titles('umbrela')).toEqual(['Date Specialist']);
  });
});

describe('edit distance', () => {
  it('counts a swap as one edit and reads prefixes of longer words', () => {
    expect(editDistances('techvison', 'techvision', 2).whole).toBe(1);
    expect(editDistances('fronetnd', 'frontend', 2).whole).toBe(1);
    expect(editDistances('techvisoi', 'techvision', 2).prefix).toEqual({ length: 9, d: 1 });
    expect(editDistances('abcd', 'wxyz', 1)).toEqual({ whole: null, prefix: null });
    expect([3, 4, 7, 8, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('keeps only the closest alternatives, a handful at most', () => {
    const vocabulary = Array.from({ length: 50 }, (_, i) => `tag${String(i).padStart(2, '0')}x`);
    const found = alternativesFor(
      'tag00y',
      () => [...vocabulary, 'tag00'],
      () => false,
    );
    // "tag00x" is one edit away (and "tag00", dropping the typo); two-edit neighbours such as tag01x are not kept.
    expect(found).toEqual(['"tag00"', '"tag00x"']);
    expect(
      alternativesFor(
        'tag00x',
        () => vocabulary,
        () => true,
      ),
    ).toEqual([]);
  });
});

describe('the search-names migration (file 008)', () => {
  it('indexes the tags and names of applications saved before it', () => {
    const file = path.join(tempDir(), 'pursuit.db');
    const v6 = openDatabase(file, { targetVersion: 6 });
    const app = addApp(v6, { title: 'Data Engineer', company: 'TechVision' }, '', { tags: ['referral'] });
    expect(app.tags).toEqual(['referral']);
    v6.close();

    const db = openDatabase(file);
    expect(listApplications(db, { search: 'referral' }).map((a) => a.title)).toEqual(['Data Engineer']);
    expect(listApplications(db, { search: 'techvison' }).map((a) => a.title)).toEqual(['Data Engineer']);
    db.close();
  });
});
