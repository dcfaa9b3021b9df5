import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { proofOfApplications, proofReportCsv } from '../../../electron/core/data/proof-report';
import { createApplication, moveApplication } from '../../../electron/core/store/applications';
import { EMPTY_FIELDS } from '../../../electron/core/store/postings';
import { addContact } from '../../../electron/core/store/contacts';
import { createEvent } from '../../../electron/core/store/events';
import { findStageByName } from '../../../electron/core/store/stages';
import { addApp, memoryDb } from '../helpers';

/** Local noon of a day, so the tests hold in any time zone. */
const at = (day: string) => new Date(`${day}T12:00:00`).toISOString();

function history() {
  const db = memoryDb();
  const stage = (n: string) => findStageByName(db, n)!.id;
  const globex = addApp(db, { title: 'Data Analyst', company: 'Globex', url: 'https://www.jobs.example.com/globex/1' }, '', {
    dateSaved: '2027-02-20',
  });
  addContact(
    db,
    {
      applicationId: globex.id,
      name: 'Ana Ruiz',
      role: 'Recruiter',
      email: 'ana@example.com',
      phone: null,
      profileUrl: null,
    },
    at('2027-03-01'),
  );
  moveApplication(db, globex.id, stage('Applied'), 0, at('2027-03-02'));
  moveApplication(db, globex.id, stage('Interviewing'), 0, at('2027-03-09'));
  createEvent(
    db,
    {
      applicationId: globex.id,
      kind: 'interview',
      title: 'Interview',
      roundName: 'Technical round',
      allDay: false,
      startsAt: at('2027-03-12'),
    },
    at('2027-03-01'),
  );

  const initech = addApp(db, { title: 'Engineer', company: 'Initech', email: 'jobs@initech.example' }, '', {
    dateSaved: '2027-02-25',
    dateApplied: '2027-03-05',
  });
  moveApplication(db, initech.id, stage('Rejected'), 0, at('2027-04-02'));
  // Only saved, never applied: not proof of anything.
  addApp(db, { title: 'Designer', company: 'Hooli' }, '', { dateSaved: '2027-03-03' });
  return db;
}

describe('proof of applications', () => {
  it('lists each application sent, each stage reached and each interview within the range, by date', () => {
    const { rows } = proofOfApplications(history(), null, { from: '2027-03-01', to: '2027-03-31' });
    expect(rows.map((r) => [r.date, r.company, r.title, r.stageReached, r.channel, r.contact])).toEqual([
      ['2027-03-02', 'Globex', 'Data Analyst', 'Applied', 'Online: jobs.example.com', 'Ana Ruiz <ana@example.com>'],
      ['2027-03-05', 'Initech', 'Engineer', 'Applied', 'E-mail: jobs@initech.example', ''],
      ['2027-03-09', 'Globex', 'Data Analyst', 'Interviewing', 'Online: jobs.example.com', 'Ana Ruiz <ana@example.com>'],
      [
        '2027-03-12',
        'Globex',
        'Data Analyst',
        'Interview: Technical round',
        'Online: jobs.example.com',
        'Ana Ruiz <ana@example.com>',
      ],
    ]);
  });

  it('keeps to the range, both ends included', () => {
    const db = history();
    expect(proofOfApplications(db, null, { from: '2027-03-05', to: '2027-03-09' }).rows.map((r) => r.date)).toEqual([
      '2027-03-05',
      '2027-03-09',
    ]);
    expect(proofOfApplications(db, null, { from: '2027-04-01', to: '2027-04-30' }).rows.map((r) => r.stageReached)).toEqual([
      'Rejected',
    ]);
    expect(proofOfApplications(db, null, { from: '2026-01-01', to: '2026-12-31' }).rows).toEqual([]);
  });

  it('exports as CSV with its own header, parsed back strictly', () => {
    const { csv, count, fileName } = proofReportCsv(history(), null, { from: '2027-03-01', to: '2027-03-31' });
    expect(count).toBe(4);
    expect(fileName).toBe('pursuit-proof-of-applications-2027-03-01-to-2027-03-31.csv');
    const rows = parse(csv, { bom: true, record_delimiter: '\r\n' });
    expect(rows[0]).toEqual(['Date', 'Company', 'Title', 'Stage Reached', 'Channel', 'Contact']);
    expect(rows).toHaveLength(5);
  });

  it('shows where the posting came from, never the file it was imported from', () => {
    const db = memoryDb();
    const imported = (fields: object, sourceName: string) =>
      createApplication(
        db,
        {
          fields: { ...EMPTY_FIELDS, title: 'Engineer', ...fields },
          originalText: 'x',
          cleanText: 'x',
          format: 'html',
          sourceName,
        },
        at('2027-03-01'),
        { dateSaved: '2027-03-01', dateApplied: '2027-03-02' },
      );
    imported({ company: 'Web', url: 'https://www.careers.globex.example/jobs/1' }, 'globex-posting.html');
    imported({ company: 'Local', url: 'file:///home/ana/Downloads/initech.html' }, 'initech.html');
    const viaContact = imported({ company: 'Contact' }, 'hooli-offer.eml');
    addContact(
      db,
      {
        applicationId: viaContact.id,
        name: 'Bo',
        role: null,
        email: 'bo@hooli.example',
        phone: null,
        profileUrl: null,
      },
      at('2027-03-01'),
    );
    imported({ company: 'Nothing' }, 'notes-2027-03.md');

    const { rows } = proofOfApplications(db, null, { from: '2027-03-01', to: '2027-03-31' });
    const channels = Object.fromEntries(rows.map((r) => [r.company, r.channel]));
    expect(channels).toEqual({
      Web: 'Online: careers.globex.example',
      Local: '',
      Contact: 'E-mail: bo@hooli.example',
      Nothing: '',
    });
    for (const r of rows) expect(r.channel).not.toMatch(/\.(html|eml|md)$/);
  });

  it("puts the candidate's name from the export settings on the report", async () => {
    const core = createCore({});
    const report = async () => {
      const r = await core.call('data.proofReport', { from: '2027-03-01', to: '2027-03-31' });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { candidateName: string | null };
    };
    expect((await report()).candidateName).toBeNull();
    expect(await core.call('data.updateExportSettings', { candidateName: '  Ana Ruiz García ' })).toMatchObject({
      ok: true,
      value: { candidateName: 'Ana Ruiz García', icsFollowUps: 'event' },
    });
    expect((await report()).candidateName).toBe('Ana Ruiz García');
    const tooLong = await core.call('data.updateExportSettings', { candidateName: 'x'.repeat(121) });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('120 characters') },
    });
    expect((await report()).candidateName).toBe('Ana Ruiz García');
    core.close();
  });

  it('refuses a range that ends before it starts', async () => {
    const core = createCore({});
    const r = await core.call('data.proofReport', { from: '2027-03-10', to: '2027-03-01' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('start date must be on or before the end date') },
    });
    core.close();
  });
});
