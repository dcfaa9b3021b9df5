import { stringify } from 'csv-stringify/sync';
import { describe, expect, it, vi } from 'vitest';
import { analyzeCsv, commitCsvImport } from '../../../electron/core/data/csv-import';
import { parseDay, parseInstant } from '../../../electron/core/data/csv-cells';
import { listApplications, getApplicationDetail } from '../../../electron/core/store/applications';
import type * as Importer from '../../../electron/core/importer';
import { memoryDb, nowIso } from '../helpers';

// The parser never yields an impossible day today; a stand-in does, so the boundary check is what is tested.
vi.mock('../../../electron/core/importer', async (original) => {
  const real = await original<typeof Importer>();
  return {
    ...real,
    parsePosting: async (source: { name?: string; text?: string; bytes?: Uint8Array }) => {
      const parsed = await real.parsePosting(source);
      return { ...parsed, fields: { ...parsed.fields, postedAt: '2026-02-30', deadline: '0000-00-00' } };
    },
  };
});

const { importPostingFiles, previewPosting } = await import('../../../electron/core/postings/import-posting');

const NOW = new Date('2027-03-10T10:00:00Z');

describe('CSV import: impossible dates', () => {
  const csv = stringify(
    [
      ['Title', 'Company', 'Deadline', 'Date Applied'],
      ['Welder', 'Acme', '2027-04-01', ''],
      ['Painter', 'Brush Co', '2026-02-30', ''],
      ['Baker', 'Bread Ltd', '0000-00-00', ''],
      ['Mason', 'Stone', '2027-05-01', '1899-12-31'],
      ['Glazier', 'Glass', '2201-01-01', ''],
      ['Roofer', 'Tiles', '2027-13-01', ''],
      ['Plumber', 'Pipes', '2028-02-29', ''],
    ],
    { record_delimiter: 'windows' },
  );

  it('names each bad cell with its row number and what to fix, and keeps the good rows', () => {
    const db = memoryDb();
    const a = analyzeCsv(db, null, { csv, now: NOW });
    expect(a.bad).toEqual([
      { row: 3, reason: expect.stringMatching(/^Deadline "2026-02-30" is not a real date \(that day does not exist/) },
      { row: 4, reason: expect.stringMatching(/^Deadline "0000-00-00" is not a real date/) },
      { row: 5, reason: expect.stringMatching(/^Date Applied "1899-12-31" is not a real date.*between 1900 and 2200/) },
      { row: 6, reason: expect.stringMatching(/^Deadline "2201-01-01" is not a real date/) },
      { row: 7, reason: expect.stringMatching(/^Deadline "2027-13-01" is not a real date/) },
    ]);
    const result = commitCsvImport(db, null, { csv, now: NOW, mode: 'good-rows' });
    expect(result.bad).toHaveLength(5);
    const apps = listApplications(db);
    expect(apps.map((x) => `${x.title} ${x.deadline}`).sort()).toEqual(['Plumber 2028-02-29', 'Welder 2027-04-01']);
  });

  it('reads other date forms through the same real-date check', () => {
    expect(parseDay('2/30/2026')).toBeNull();
    expect(parseDay('30.2.2026')).toBeNull();
    expect(parseDay('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseDay('Feb 29, 2028')).toBe('2028-02-29');
    expect(parseInstant('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseInstant('0000-01-01T00:00:00Z')).toBeNull();
    expect(parseInstant('2027-03-15T10:00:00Z')).toBe('2027-03-15T10:00:00.000Z');
  });
});

describe('posting import: a day the parser read that is not real', () => {
  it('is dropped (the posting still imports, without that date)', async () => {
    const db = memoryDb();
    const [outcome] = await importPostingFiles(
      db,
      [{ name: 'welder.txt', read: () => new TextEncoder().encode('Senior Welder\nAcme Corp\nWe need a welder in Berlin.') }],
      { at: nowIso() },
    );
    expect(outcome).toMatchObject({ status: 'saved' });
    const id = (outcome as { application: { id: number } }).application.id;
    const detail = getApplicationDetail(db, id);
    expect(detail.posting.deadline).toBeNull();
    expect(detail.posting.postedAt).toBeNull();
  });

  it('the preview shows the field empty rather than the impossible day', async () => {
    const db = memoryDb();
    const preview = await previewPosting(db, { text: 'Senior Welder\nAcme Corp\nWe need a welder.' });
    expect(preview.fields).toMatchObject({ deadline: null, postedAt: null });
  });
});
