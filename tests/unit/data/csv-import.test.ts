import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { exportApplicationsCsv } from '../../../electron/core/data/csv-export';
import { analyzeCsv, commitCsvImport } from '../../../electron/core/data/csv-import';
import { seedDemoData } from '../../../electron/core/seed';
import { getApplicationDetail, listApplications } from '../../../electron/core/store/applications';
import { addContact } from '../../../electron/core/store/contacts';
import { findStageByName, listStages } from '../../../electron/core/store/stages';
import { addApp, memoryDb } from '../helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const HUNTR = fs.readFileSync(path.join(here, 'fixtures', 'huntr-sample.csv'), 'utf8');
const NOW = new Date('2027-03-10T10:00:00Z');
const csvOf = (rows: string[][]) => stringify(rows, { record_delimiter: 'windows' });

describe('CSV import: formats', () => {
  it('recognises a Huntr export, maps its columns and lists bad rows with their number and reason', () => {
    const db = memoryDb();
    const a = analyzeCsv(db, null, { csv: HUNTR });
    expect(a.format).toBe('huntr');
    expect(a.mapping).toEqual([
      'title',
      'company',
      'stage',
      'dateSaved',
      'deadline',
      'url',
      'location',
      'salary',
      'description',
      null,
    ]);
    expect(a.totalRows).toBe(5);
    expect(a.goodRows).toBe(3);
    expect(a.bad).toEqual([
      { row: 5, reason: 'Deadline "not a date" is not a date (use YYYY-MM-DD)' },
      { row: 6, reason: 'The title is empty' },
    ]);
    expect(a.preview[0]![1]).toBe('Northwind Labs');
    const saved = findStageByName(db, 'Saved')!.id;
    const interviewing = findStageByName(db, 'Interviewing')!.id;
    expect(a.unknownStages).toEqual([
      { name: 'Wishlist', rows: 1, suggestedStageId: saved },
      { name: 'Interview', rows: 1, suggestedStageId: interviewing },
    ]);
  });

  it('imports the good Huntr rows into the stages the user chose, with salary, dates and posting text', () => {
    const db = memoryDb();
    const saved = findStageByName(db, 'Saved')!.id;
    const result = commitCsvImport(db, null, {
      csv: HUNTR,
      mode: 'good-rows',
      stages: { Wishlist: { stageId: saved }, Interview: { create: true } },
      now: NOW,
    });
    expect(result).toEqual({ imported: 3, skipped: 2, bad: expect.any(Array), createdStages: ['Interview'] });
    const apps = listApplications(db);
    expect(apps.map((x) => x.title).sort()).toEqual(['Backend Developer', 'Data Analyst', 'Frontend Engineer']);
    const fe = getApplicationDetail(db, apps.find((x) => x.title === 'Frontend Engineer')!.id);
    expect(fe.stageId).toBe(saved);
    expect(fe.posting.salary).toEqual({ min: 65000, max: 80000, currency: 'EUR', period: 'year' });
    expect(fe.deadline).toBe('2027-03-01');
    expect(fe.dateSaved).toMatch(/^2027-02-0[12]$/);
    expect(fe.location).toBe('Berlin, Germany');
    expect(fe.posting.format).toBe('csv');
    expect(fe.posting.cleanText).toContain('About the role');
    expect(fe.posting.cleanText).not.toContain('<p>');
    expect(fe.events.some((e) => e.kind === 'deadline' && e.day === '2027-03-01')).toBe(true);
    const be = getApplicationDetail(db, apps.find((x) => x.title === 'Backend Developer')!.id);
    expect(listStages(db).find((s) => s.id === be.stageId)!.name).toBe('Interview');
    expect(be.posting.salary).toMatchObject({ min: 120000, currency: 'USD' });
    const da = apps.find((x) => x.title === 'Data Analyst')!;
    expect(da.company).toBe('Zürich Data AG');
    expect(da.stageId).toBe(findStageByName(db, 'Applied')!.id);
  });

  it("imports nothing when a row is bad and the user chose 'nothing-if-bad'", () => {
    const db = memoryDb();
    const result = commitCsvImport(db, null, { csv: HUNTR, mode: 'nothing-if-bad' });
    expect(result.imported).toBe(0);
    expect(result.skipped).toBe(5);
    expect(result.bad.map((b) => b.row)).toEqual([5, 6]);
    expect(listApplications(db)).toEqual([]);
    expect(listStages(db).map((s) => s.name)).toEqual(['Saved', 'Applied', 'Interviewing', 'Offer', 'Rejected']);
  });

  it('rolls the whole import back when a write fails half-way', () => {
    const db = memoryDb();
    const csv = csvOf([
      ['Company', 'Job Position', 'Status'],
      ['Globex', 'Analyst', 'Applied'],
      ['Initech', 'Engineer', 'Custom'],
    ]);
    expect(() => commitCsvImport(db, null, { csv, mode: 'good-rows', stages: { Custom: { stageId: 999 } } })).toThrow(
      /no stage #999/,
    );
    expect(listApplications(db)).toEqual([]);
  });

  it('recognises a Teal-like table and a Reactive Resume export', () => {
    const db = memoryDb();
    const teal = csvOf([
      ['Company', 'Job Position', 'Status', 'Date Saved', 'Deadline', 'Date Applied', 'Excitement'],
      ['Globex', 'Data Analyst', 'Applied', '03/01/2027', 'Apr 1, 2027', '2027-03-04', '4'],
    ]);
    const t = analyzeCsv(db, null, { csv: teal });
    expect(t.format).toBe('teal');
    expect(t.bad).toEqual([]);
    commitCsvImport(db, null, { csv: teal, mode: 'good-rows' });
    const [app] = listApplications(db);
    expect(app).toMatchObject({
      title: 'Data Analyst',
      company: 'Globex',
      dateSaved: '2027-03-01',
      deadline: '2027-04-01',
      dateApplied: '2027-03-04',
      excitement: 4,
    });

    const rr = csvOf([
      ['Employer', 'Position', 'Status', 'Salary', 'URL', 'Location', 'Notes', 'Tags'],
      [
        'Initech',
        'Engineer',
        'Interviewing',
        '90000-100000',
        'www.initech.example/jobs/1',
        'Austin, TX',
        'Met at a meetup',
        'referral, startup',
      ],
    ]);
    const r = analyzeCsv(db, null, { csv: rr });
    expect(r.format).toBe('reactive-resume');
    expect(r.unknownStages).toEqual([]);
    commitCsvImport(db, null, { csv: rr, mode: 'good-rows' });
    const eng = getApplicationDetail(db, listApplications(db).find((x) => x.company === 'Initech')!.id);
    expect(eng.tags).toEqual(['referral', 'startup']);
    expect(eng.notes.map((n) => n.body)).toEqual(['Met at a meetup']);
    expect(eng.posting.url).toBe('https://www.initech.example/jobs/1');
    expect(eng.posting.salary).toMatchObject({ min: 90000, max: 100000 });
  });

  it("dates an imported row by the file: saved, applied, last activity and the stage history, not today's date", () => {
    const db = memoryDb();
    const csv = csvOf([
      ['Company', 'Job Position', 'Status', 'Date Applied'],
      ['Globex', 'Data Analyst', 'Interviewing', '2026-10-05'],
    ]);
    commitCsvImport(db, null, { csv, mode: 'good-rows', now: new Date('2026-12-01T09:00:00Z') });
    const [app] = listApplications(db);
    expect(app).toMatchObject({ dateSaved: '2026-10-05', dateApplied: '2026-10-05' });
    expect(app!.lastActivityAt.slice(0, 10)).toBe('2026-10-05');
    const stages = new Map(listStages(db).map((s) => [s.id, s.name]));
    const history = getApplicationDetail(db, app!.id).history;
    expect(
      history.map((h) => [
        h.fromStageId === null ? null : stages.get(h.fromStageId),
        h.toStageId === null ? null : stages.get(h.toStageId),
        h.changedAt.slice(0, 10),
      ]),
    ).toEqual([
      [null, 'Saved', '2026-10-05'],
      ['Saved', 'Interviewing', '2026-10-05'],
    ]);
  });

  it('leaves an unknown table to the mapping screen, then imports with the chosen mapping', () => {
    const db = memoryDb();
    const csv = csvOf([
      ['Firma', 'Stelle', 'Ort', 'Beworben am', 'Bemerkung'],
      ['Müller GmbH', 'Entwickler', 'Köln', '15.02.2027', 'Über Xing'],
      ['Schmidt AG', 'Analyst', 'Bonn', 'gestern', ''],
    ]);
    const a = analyzeCsv(db, null, { csv });
    expect(a.format).toBe('unknown');
    expect(a.mapping).toEqual([null, null, null, null, null]);
    expect(a.missing).toEqual(['title', 'company']);
    expect(a.preview).toEqual([
      ['Müller GmbH', 'Entwickler', 'Köln', '15.02.2027', 'Über Xing'],
      ['Schmidt AG', 'Analyst', 'Bonn', 'gestern', ''],
    ]);
    expect(() => commitCsvImport(db, null, { csv, mode: 'good-rows' })).toThrow(
      /Choose which column holds the title and the company/,
    );

    const mapping = ['company', 'title', 'location', 'dateApplied', 'notes'] as const;
    const checked = analyzeCsv(db, null, { csv, mapping: [...mapping] });
    expect(checked.missing).toEqual([]);
    expect(checked.bad).toEqual([{ row: 3, reason: 'Beworben am "gestern" is not a date (use YYYY-MM-DD)' }]);
    expect(commitCsvImport(db, null, { csv, mapping: [...mapping], mode: 'good-rows' }).imported).toBe(1);
    expect(listApplications(db)[0]).toMatchObject({
      title: 'Entwickler',
      company: 'Müller GmbH',
      location: 'Köln',
      dateApplied: '2027-02-15',
    });
    expect(() => analyzeCsv(db, null, { csv, mapping: ['title', 'title', null, null, null] })).toThrow(
      /Two columns are mapped to Title/,
    );
  });

  it('reads semicolon-separated files and names every problem of a row', () => {
    const db = memoryDb();
    const csv = 'Title;Company;Workplace;Salary Min;Salary Max;Currency;URL\r\nDev;Acme;on the moon;abc;10;Doubloons;ftp://x\r\n';
    const a = analyzeCsv(db, null, { csv });
    expect(a.bad).toHaveLength(1);
    expect(a.bad[0]!.reason).toBe(
      'Salary Min "abc" is not a number; Currency "Doubloons" is not a currency (use a code like EUR or USD); URL "ftp://x" is not a web address (it should start with https://); Workplace "on the moon" is not one of onsite, hybrid, remote',
    );
  });

  it('refuses a file that is not CSV with a message that says what to do', () => {
    const db = memoryDb();
    expect(() => analyzeCsv(db, null, { csv: 'Title,Company\r\n"unclosed,quote\r\n' })).toThrow(
      /could not be read as CSV.*Save it from your spreadsheet/,
    );
  });
});

describe('CSV round trip', () => {
  it('export, then import into an empty data folder, gives the same applications', () => {
    const source = memoryDb();
    seedDemoData(source, { count: 60, seed: 7, now: NOW });
    const [first] = listApplications(source);
    const ana = { name: 'Ana Ruiz, PhD', role: 'Head of Talent', email: 'ana@example.com', phone: null, profileUrl: null };
    addContact(source, { applicationId: first!.id, ...ana }, NOW.toISOString());
    addApp(
      source,
      {
        title: '=1+1 "quoted", and\nmultiline',
        company: 'Lumière Studio',
        salary: { min: 50.5, max: null, currency: 'EUR', period: 'hour' },
      },
      '',
      {
        tags: ['a; b', 'naïve'],
      },
    );
    const exported = exportApplicationsCsv(source, null, { now: NOW }).csv;

    const target = memoryDb();
    const analysis = analyzeCsv(target, null, { csv: exported });
    expect(analysis.format).toBe('pursuit');
    expect(analysis.bad).toEqual([]);
    const result = commitCsvImport(target, null, { csv: exported, mode: 'nothing-if-bad', now: NOW });
    expect(result.imported).toBe(61);
    expect(exportApplicationsCsv(target, null, { now: NOW }).csv).toBe(exported);
  });

  it('works through the API in two steps', async () => {
    const core = createCore({ now: () => NOW });
    const a = await core.call('data.importAnalyze', { csv: HUNTR });
    expect(a.ok).toBe(true);
    const c = await core.call('data.importCommit', { csv: HUNTR, mode: 'good-rows', stages: { Wishlist: { create: true } } });
    expect(c).toMatchObject({ ok: true, value: { imported: 3, createdStages: ['Wishlist', 'Interview'] } });
    core.close();
  });
});
