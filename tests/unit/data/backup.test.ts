import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import {
  backupNow,
  backupsToKeep,
  listBackups,
  restoreBackup,
  rotateBackups,
  runAutoBackupIfDue,
} from '../../../electron/core/data/auto-backup';
import { dumpDatabase, jsonBackup, tablesInOrder } from '../../../electron/core/data/json-backup';
import { seedDemoData } from '../../../electron/core/seed';
import { addAttachment } from '../../../electron/core/store/attachments';
import { listApplications } from '../../../electron/core/store/applications';
import { addContact } from '../../../electron/core/store/contacts';
import { openDataDir } from '../../../electron/core/store/db';
import { addReminder } from '../../../electron/core/store/reminders';
import { setSetting } from '../../../electron/core/store/settings';
import { createStage } from '../../../electron/core/store/stages';
import { memoryDb, tempDir } from '../helpers';

const NOW = new Date('2027-03-10T10:00:00Z');

function filledDb() {
  const db = memoryDb();
  createStage(db, 'Phone screen', false, NOW.toISOString());
  seedDemoData(db, { count: 30, seed: 3, now: NOW });
  const [app] = listApplications(db);
  const ana = { applicationId: app!.id, name: 'Ana Ruiz', role: null, email: 'ana@example.com', phone: null, profileUrl: null };
  addContact(db, ana, NOW.toISOString());
  addAttachment(
    db,
    {
      applicationId: app!.id,
      fileName: 'cv.pdf',
      storedName: 'abc.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 10,
      kind: 'resume',
      versionLabel: 'v2',
    },
    NOW.toISOString(),
  );
  const event = db.prepare('SELECT id FROM events LIMIT 1').get() as { id: number };
  addReminder(db, event.id, 60, '2027-03-11T09:00:00.000Z', null, null, NOW.toISOString());
  setSetting(db, 'reminders.defaults', [1440, 60]);
  return db;
}

/** The comparable content: every table's rows, without the dump's own timestamp. */
const search = (db: Parameters<typeof dumpDatabase>[0], q: string) => listApplications(db, { search: q }).map((a) => a.id);
/** Stored file names are left out: a restore gives every document a fresh generated name (issue 10). */
const contents = (db: Parameters<typeof dumpDatabase>[0]) => {
  const tables = dumpDatabase(db, NOW).tables;
  return { ...tables, attachments: (tables.attachments ?? []).map((a) => ({ ...a, stored_name: '(generated)' })) };
};

describe('JSON backup', () => {
  it('holds every table, the search index excepted, parents before children', () => {
    const db = filledDb();
    const tables = tablesInOrder(db);
    for (const t of [
      'stages',
      'postings',
      'applications',
      'stage_changes',
      'events',
      'reminders',
      'notes',
      'contacts',
      'attachments',
      'tags',
      'application_tags',
      'settings',
    ])
      expect(tables).toContain(t);
    expect(tables.some((t) => t.startsWith('search_index'))).toBe(false);
    expect(tables.indexOf('postings')).toBeLessThan(tables.indexOf('applications'));
    expect(tables.indexOf('applications')).toBeLessThan(tables.indexOf('notes'));
    expect(tables.indexOf('events')).toBeLessThan(tables.indexOf('reminders'));
  });

  it('backup then restore into an empty database gives identical data, search included', async () => {
    const source = filledDb();
    const { json, fileName } = jsonBackup(source, null, { now: NOW });
    expect(fileName).toMatch(/^pursuit-backup-2027-03-10-\d{6}\.json$/);
    const target = memoryDb();
    const result = await restoreBackup(target, null, { source: { json } });
    expect(result).toEqual({ applications: 30, safetyBackup: null });
    expect(contents(target)).toEqual(contents(source));
    const word = listApplications(source)[0]!.company.split(' ')[0]!;
    expect(search(target, word)).toEqual(search(source, word));
    expect(search(target, word).length).toBeGreaterThan(0);
  });

  it('refuses to restore over existing applications unless told to replace, and then keeps a safety backup first', async () => {
    const dir = tempDir();
    const db = openDataDir(dir);
    seedDemoData(db, { count: 5, seed: 1, now: NOW });
    const before = contents(db);
    const other = filledDb();
    const { json } = jsonBackup(other, null);
    await expect(restoreBackup(db, dir, { source: { json } })).rejects.toThrow(/already holds 5 applications.*confirm replacing/);
    expect(contents(db)).toEqual(before);

    const result = await restoreBackup(db, dir, { source: { json }, replace: true, now: NOW });
    expect(result.applications).toBe(30);
    expect(result.safetyBackup).toMatch(/^before-restore-2027-03-10-\d{6}\.db$/);
    expect(contents(db)).toEqual(contents(other));
    // The safety backup holds the replaced data and can be restored in turn.
    await restoreBackup(db, dir, { source: { backup: result.safetyBackup! }, replace: true });
    expect(contents(db)).toEqual(before);
    db.close();
  });

  it('refuses what is not a Pursuit backup and leaves the data alone', async () => {
    const db = filledDb();
    const before = contents(db);
    await expect(restoreBackup(db, null, { source: { json: '{"hello":1}' }, replace: true })).rejects.toThrow(
      /not a Pursuit backup/,
    );
    await expect(restoreBackup(db, null, { source: { json: 'nope' }, replace: true })).rejects.toThrow(/not valid JSON/);
    const newer = JSON.stringify({ ...JSON.parse(jsonBackup(db, null).json), schemaVersion: 999 });
    await expect(restoreBackup(db, null, { source: { json: newer }, replace: true })).rejects.toThrow(/newer version/);
    // A backup that breaks a constraint half-way is rolled back whole.
    const broken = JSON.parse(jsonBackup(db, null).json) as { tables: { applications: Record<string, unknown>[] } };
    broken.tables.applications[3]!.stage_id = 12345;
    await expect(restoreBackup(db, null, { source: { json: JSON.stringify(broken) }, replace: true })).rejects.toThrow();
    expect(contents(db)).toEqual(before);
  });
});

describe('SQLite backups', () => {
  it('"Back up now" writes a restorable copy into backups/ and lists it', async () => {
    const dir = tempDir();
    const db = openDataDir(dir);
    seedDemoData(db, { count: 8, seed: 2, now: NOW });
    const file = await backupNow(db, dir, { now: NOW });
    expect(file.kind).toBe('manual');
    expect(file.sizeBytes).toBeGreaterThan(0);
    expect(listBackups(dir).map((b) => b.name)).toEqual([file.name]);
    const before = contents(db);

    const emptyDir = tempDir();
    const fresh = openDataDir(emptyDir);
    await restoreBackup(fresh, emptyDir, { source: { file: path.join(dir, 'backups', file.name) } });
    expect(contents(fresh)).toEqual(before);
    fresh.close();
    db.close();
  });

  it('the API backs up, lists and restores by name', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, now: () => NOW });
    await core.call('applications.create', { title: 'Analyst', company: 'Globex' });
    const made = await core.call('data.backupNow', {});
    if (!made.ok) throw new Error(made.error.message);
    const name = (made.value as { name: string }).name;
    await core.call('applications.create', { title: 'Second', company: 'Initech' });
    const listed = await core.call('data.listBackups', {});
    expect(listed).toMatchObject({ ok: true, value: { folder: path.join(dir, 'backups'), backups: [{ name, kind: 'manual' }] } });
    const refused = await core.call('data.restore', { source: { backup: name } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const restored = await core.call('data.restore', { source: { backup: name }, replace: true });
    expect(restored).toMatchObject({ ok: true, value: { applications: 1 } });
    expect(listApplications(core.db).map((a) => a.title)).toEqual(['Analyst']);
    const sneaky = await core.call('data.restore', { source: { backup: '../pursuit.db' }, replace: true });
    expect(sneaky.ok).toBe(false);
    core.close();
  });

  it('makes one automatic backup a day and keeps the last 7 daily and 4 weekly', async () => {
    const dir = tempDir();
    const db = openDataDir(dir);
    const days: string[] = [];
    // 60 days, one start a day (and a second start on each day, which must not make a second backup).
    for (let i = 0; i < 60; i++) {
      const now = new Date(2027, 0, 1 + i, 9);
      const first = await runAutoBackupIfDue(db, dir, now);
      expect(first.made).toMatch(/^auto-\d{4}-\d{2}-\d{2}\.db$/);
      const again = await runAutoBackupIfDue(db, dir, new Date(2027, 0, 1 + i, 18));
      expect(again.made).toBeNull();
      days.push(first.made!.slice(5, 15));
    }
    await backupNow(db, dir, { now: new Date(2027, 0, 2, 10) });
    rotateBackups(dir);
    const left = listBackups(dir);
    const autos = left.filter((b) => b.kind === 'auto').map((b) => b.name.slice(5, 15));
    expect(autos.slice(0, 7)).toEqual(days.slice(-7).reverse());
    expect(autos).toHaveLength(11);
    // The 4 older ones are the newest of each of the 4 weeks before: each a Sunday but the first.
    const weekly = autos.slice(7);
    const gaps = weekly.slice(1).map((d, i) => (Date.parse(weekly[i]!) - Date.parse(d)) / 86_400_000);
    expect(gaps.slice(1)).toEqual([7, 7]);
    expect(weekly.slice(1).map((d) => new Date(`${d}T12:00:00`).getDay())).toEqual([0, 0, 0]);
    // Manual backups are never rotated away.
    expect(left.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => n.endsWith('.partial'))).toBe(false);
    db.close();
  });

  it('rotation by file name: daily newest first, then the newest of each earlier week', () => {
    const names = [
      'auto-2027-03-10.db',
      'auto-2027-03-09.db',
      'auto-2027-03-01.db',
      'auto-2027-02-28.db',
      'manual-2027-01-01-000000.db',
      'notes.txt',
    ];
    const keep = backupsToKeep(names);
    expect([...keep].sort()).toEqual(names.filter((n) => n.startsWith('auto-')).sort());
    const many = Array.from({ length: 30 }, (_, i) => `auto-2027-01-${String(i + 1).padStart(2, '0')}.db`);
    const kept = [...backupsToKeep(many)].sort();
    // Jan 24..30 daily; then the newest of the weeks starting Jan 18, 11, 4 and Dec 28.
    expect(kept).toEqual([
      'auto-2027-01-03.db',
      'auto-2027-01-10.db',
      'auto-2027-01-17.db',
      'auto-2027-01-23.db',
      ...many.slice(23),
    ]);
  });
});
