import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { writeCsv } from '../../../electron/core/data/csv-cells';
import { exportApplicationsCsv, streamApplicationsCsv } from '../../../electron/core/data/csv-export';
import { listApplications, setArchived } from '../../../electron/core/store/applications';
import type { BoardFilter } from '../../../shared/api';
import { addContact } from '../../../electron/core/store/contacts';
import { createEvent } from '../../../electron/core/store/events';
import { addNote } from '../../../electron/core/store/notes';
import { findStageByName } from '../../../electron/core/store/stages';
import { CSV_COLUMNS, EXPORT_COLUMNS } from '../../../shared/api-data';
import { addApp, memoryDb } from '../helpers';

const NOW = new Date('2027-03-10T10:00:00Z');

/** Strict parse: RFC 4180 with CRLF records, BOM taken off, every row the header's width. */
function parseStrict(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false });
}

function seedTricky() {
  const db = memoryDb();
  const app = addApp(
    db,
    {
      title: 'Engineer, "Platform" team\nBerlin office',
      company: 'Zürich Data AG',
      location: 'München, Germany',
      workplace: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' },
      deadline: '2027-04-01',
      url: 'https://jobs.example.com/zurich/1',
    },
    '',
    { tags: ['remote-first', 'dream job'], dateSaved: '2027-03-01', dateApplied: '2027-03-05' },
  );
  addNote(db, app.id, 'Called Ana; she liked the portfolio.', '2027-03-06T09:00:00Z');
  addNote(db, app.id, 'Second note', '2027-03-07T09:00:00Z');
  addContact(
    db,
    {
      applicationId: app.id,
      name: 'Ana Ruiz',
      role: 'Recruiter',
      email: 'ana@example.com',
      phone: null,
      profileUrl: null,
    },
    NOW.toISOString(),
  );
  createEvent(
    db,
    { applicationId: app.id, kind: 'interview', title: 'Technical round', allDay: true, day: '2027-03-20' },
    NOW.toISOString(),
  );
  addApp(db, { title: '=HYPERLINK("http://evil.example","click")', company: '+SUM(A1:A9)', location: '@cmd', url: null }, '', {
    dateSaved: '2027-03-02',
  });
  addApp(db, { title: '-2+3', company: '\tTabbed Inc' }, '', { dateSaved: '2027-03-03' });
  return db;
}

describe('CSV export', () => {
  it('writes RFC 4180 with a BOM, CRLF line ends and the header in the agreed order', () => {
    const db = seedTricky();
    const { csv, count, fileName } = exportApplicationsCsv(db, null, { now: NOW });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every record ends with CRLF; the only bare \n are inside quoted fields.
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${[...CSV_COLUMNS, 'Archived'].join(',')}`);
    expect(count).toBe(3);
    expect(fileName).toBe('pursuit-applications-2027-03-10.csv');
    const rows = parseStrict(csv);
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(4);
  });

  it('keeps a field with a comma, quotes and a line break, and accents, intact', () => {
    const rows = parseStrict(exportApplicationsCsv(seedTricky(), null, { now: NOW }).csv);
    const row = rows.find((r) => r[1] === 'Zürich Data AG')!;
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    expect(cell('Title')).toBe('Engineer, "Platform" team\nBerlin office');
    expect(cell('Location')).toBe('München, Germany');
    expect(cell('Workplace')).toBe('hybrid');
    expect(cell('Employment Type')).toBe('full-time');
    expect(cell('Stage')).toBe('Saved');
    expect(cell('Date Saved')).toBe('2027-03-01');
    expect(cell('Date Applied')).toBe('2027-03-05');
    expect(cell('Deadline')).toBe('2027-04-01');
    expect(cell('Next Event')).toBe('2027-03-20 (interview) Technical round');
    expect(cell('Salary Min')).toBe('65000');
    expect(cell('Salary Max')).toBe('80000');
    expect(cell('Currency')).toBe('EUR');
    expect(cell('Salary Period')).toBe('year');
    expect(cell('URL')).toBe('https://jobs.example.com/zurich/1');
    expect(cell('Contacts')).toBe('Ana Ruiz (Recruiter) <ana@example.com>');
    expect(cell('Tags')).toBe('dream job; remote-first');
    expect(cell('Notes')).toBe('Called Ana; she liked the portfolio.\n\n---\n\nSecond note');
    expect(cell('Last Activity')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row[EXPORT_COLUMNS.indexOf('Archived')]).toBe('no');
  });

  it('"Export all applications" includes archived ones, marked in the Archived column; the board export does not', async () => {
    const core = createCore({ now: () => NOW });
    for (const company of ['Globex', 'Initech', 'Hooli']) await core.call('applications.create', { title: 'Engineer', company });
    const hooli = (
      core.db
        .prepare("SELECT a.id FROM applications a JOIN postings p ON p.id = a.posting_id WHERE p.company = 'Hooli'")
        .get() as {
        id: number;
      }
    ).id;
    setArchived(core.db, hooli, true, NOW.toISOString());
    const exported = async (input: object) => {
      const env = await core.call('data.exportCsv', input);
      if (!env.ok) throw new Error(env.error.message);
      const rows = parseStrict((env.value as { csv: string }).csv);
      const at = (name: string) => rows[0]!.indexOf(name);
      return rows.slice(1).map((r) => [r[at('Company')], r[at('Archived')]]);
    };
    expect(await exported({ includeArchived: true })).toEqual([
      ['Initech', 'no'],
      ['Globex', 'no'],
      ['Hooli', 'yes'],
    ]);
    expect(await exported({})).toEqual([
      ['Initech', 'no'],
      ['Globex', 'no'],
    ]);
    expect(await exported({ filter: { search: 'Hooli' }, includeArchived: true })).toEqual([['Hooli', 'yes']]);
    // The board with "Show archived" exports what it shows: the archived beside the others, each once.
    expect(await exported({ filter: { includeArchived: true } })).toEqual([
      ['Initech', 'no'],
      ['Globex', 'no'],
      ['Hooli', 'yes'],
    ]);
    expect(await exported({ filter: { includeArchived: true, search: 'Engineer' } })).toEqual([
      ['Initech', 'no'],
      ['Globex', 'no'],
      ['Hooli', 'yes'],
    ]);
    core.close();
  });

  it('quotes exactly as csv-stringify does, so the hand-written writer and the library agree', () => {
    const { csv } = exportApplicationsCsv(seedTricky(), null, { now: NOW });
    const rows = parseStrict(csv);
    expect(writeCsv(rows[0]!, rows.slice(1), true)).toBe(csv);
  });

  it('streams: rows are written while SQLite reads them, in chunks, not after the whole table is read', () => {
    const db = memoryDb();
    db.transaction(() => {
      for (let i = 0; i < 1500; i++)
        addApp(db, { title: `Engineer ${i}`, company: `Company ${i}`, url: `https://jobs.example.com/${i}` });
    })();
    const stream = streamApplicationsCsv(db, { now: NOW });
    const iterator = stream.chunks[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    // The first chunk is out after a fraction of the rows.
    expect(stream.count).toBeGreaterThan(0);
    expect(stream.count).toBeLessThan(1500);
    let csv = first.value as string;
    for (let next = iterator.next(); !next.done; next = iterator.next()) csv += next.value;
    expect(stream.count).toBe(1500);
    expect(csv).toBe(exportApplicationsCsv(db, null, { now: NOW }).csv);
  });

  it('neutralises formula injection: cells starting with = + - @ or tab show as text', () => {
    const rows = parseStrict(exportApplicationsCsv(seedTricky(), null, { now: NOW }).csv).slice(1);
    const cells = rows.flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain("'+SUM(A1:A9)");
    expect(cells).toContain("'@cmd");
    expect(cells).toContain("'-2+3");
    expect(cells).toContain("'\tTabbed Inc");
  });

  it('leaves the BOM out on request and exports only what a filter or stage selects', () => {
    const db = seedTricky();
    expect(exportApplicationsCsv(db, null, { bom: false, now: NOW }).csv.startsWith('Title,')).toBe(true);
    const boardIds = (filter: BoardFilter) => listApplications(db, filter).map((a) => a.id);
    expect(exportApplicationsCsv(db, null, { filter: { search: 'Zürich' }, boardIds, now: NOW }).count).toBe(1);
    expect(exportApplicationsCsv(db, null, { stage: 'applied', now: NOW }).count).toBe(0);
    expect(exportApplicationsCsv(db, null, { stage: 'saved', now: NOW }).count).toBe(3);
    expect(exportApplicationsCsv(db, null, { from: '2027-03-02', to: '2027-03-02', now: NOW }).count).toBe(1);
    // Applied on the 5th counts for a range holding only the 5th.
    expect(exportApplicationsCsv(db, null, { from: '2027-03-05', to: '2027-03-05', now: NOW }).count).toBe(1);
    expect(() => exportApplicationsCsv(db, null, { stage: 'Nope' })).toThrow(/no stage called "Nope".*Saved, Applied/);
  });

  it('is reachable through the API, filter included', async () => {
    const core = createCore({ now: () => NOW });
    await core.call('applications.create', { title: 'A', company: 'Globex' });
    await core.call('applications.create', { title: 'B', company: 'Initech', workplace: 'remote' });
    const all = await core.call('data.exportCsv', {});
    const remote = await core.call('data.exportCsv', { filter: { workplace: 'remote' }, bom: false });
    expect(all.ok && (all.value as { count: number }).count).toBe(2);
    expect(remote.ok && parseStrict((remote.value as { csv: string }).csv)).toHaveLength(2);
    const bad = await core.call('data.exportCsv', { filter: { workplace: 'moon' } });
    expect(bad.ok).toBe(false);
    core.close();
  });

  it('names the stage as it is called now and skips past events for Next Event', () => {
    const db = memoryDb();
    const applied = findStageByName(db, 'Applied')!;
    const app = addApp(db, { title: 'T', company: 'C' }, '', { stageId: applied.id });
    createEvent(
      db,
      { applicationId: app.id, kind: 'interview', title: 'Old', allDay: true, day: '2027-01-01' },
      NOW.toISOString(),
    );
    createEvent(
      db,
      {
        applicationId: app.id,
        kind: 'follow-up',
        title: 'Call back',
        allDay: false,
        startsAt: '2027-03-12T13:30:00.000Z',
      },
      NOW.toISOString(),
    );
    const [, row] = parseStrict(exportApplicationsCsv(db, null, { now: NOW }).csv);
    expect(row![CSV_COLUMNS.indexOf('Stage')]).toBe('Applied');
    expect(row![CSV_COLUMNS.indexOf('Next Event')]).toMatch(/^2027-03-1[23] \d{2}:30 \(follow-up\) Call back$/);
  });
});
