import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, migrations, schemaVersion } from '../../../electron/core/migrations';
import { openDatabase } from '../../../electron/core/store/db';
import { listApplications } from '../../../electron/core/store/applications';
import { tempDir } from '../helpers';
import { insertOldApplication } from './old-rows';

/** Signal's updateToVersion: a database stopped at `version`, as an older Pursuit left it. */
function databaseAt(version: number, file: string) {
  const db = openDatabase(file, { targetVersion: version });
  expect(schemaVersion(db)).toBe(version);
  return db;
}

describe('migrations', () => {
  it('are numbered 1..N without gaps or repeats', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(migrations.length);
  });

  it('open a new file at the latest version with WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(path.join(tempDir(), 'pursuit.db'));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('v1 -> v2 indexes the applications that were already there', () => {
    const file = path.join(tempDir(), 'pursuit.db');
    const v1 = databaseAt(1, file);
    insertOldApplication(v1, 'Boulangerie Éclair', 'croissants at dawn');
    v1.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(listApplications(db).map((a) => a.company)).toEqual(['Boulangerie Éclair']);
    // Migration 2 alone adds the index; rows from before it are searchable only if it back-fills them.
    const found = listApplications(db, { search: 'croiss' });
    expect(found.map((a) => a.title)).toEqual(['Baker']);
    db.close();
  });

  it('refuse a database written by a newer version, without changing it', () => {
    const file = path.join(tempDir(), 'pursuit.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Pursuit/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('roll back a failing migration and keep the previous version', () => {
    const db = openDatabase(':memory:', { targetVersion: 1 });
    db.exec('CREATE TABLE search_index (x)'); // makes migration 2 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'search_app_insert'").get()).toEqual({ n: 0 });
    db.close();
  });
});
