import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { backupNow, KEEP_MANUAL, listBackups, runAutoBackupIfDue } from '../../../electron/core/data/auto-backup';
import { FILES_TABLE } from '../../../electron/core/data/backup-files';
import type { BackupFile } from '../../../shared/api-data';
import { tempDir } from '../helpers';

const RESUME = Buffer.from('%PDF-1.7\n' + 'my resume, months of work '.repeat(2000));
const LETTER = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0]);

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function withDocuments() {
  const dataDir = tempDir();
  const core = createCore({ dataDir, now: () => new Date('2027-03-10T10:00:00Z') });
  const app = await ok<{ id: number }>(core, 'applications.create', { title: 'Welder', company: 'Acme' });
  for (const [fileName, bytes] of [
    ['resume.pdf', RESUME],
    ['letter.bin', LETTER],
  ] as const)
    await ok(core, 'attachments.add', { applicationId: app.id, fileName, source: { base64: bytes.toString('base64') } });
  return { dataDir, core, app };
}

const documents = async (core: Core) => {
  const detail = await ok<{ attachments: { id: number; fileName: string }[] }>(core, 'applications.get', {
    id: (core.db.prepare('SELECT id FROM applications').pluck().get() as number | undefined) ?? 0,
  });
  const out: Record<string, string> = {};
  for (const a of detail.attachments) {
    const read = await ok<{ base64: string }>(core, 'attachments.read', { id: a.id });
    out[a.fileName] = read.base64;
  }
  return out;
};

describe('backups hold the attachment files', () => {
  it('back up, lose the application and its files, restore: the bytes are back and readable', async () => {
    const { dataDir, core, app } = await withDocuments();
    const backup = await ok<BackupFile>(core, 'data.backupNow', {});
    await ok(core, 'applications.delete', { id: app.id });
    // The files are gone too (a wiped folder, a new machine with only the backup file copied over).
    fs.rmSync(path.join(dataDir, 'attachments'), { recursive: true, force: true });
    core.db.exec('DELETE FROM deleted_applications');
    expect((await ok<unknown[]>(core, 'applications.list', {})).length).toBe(0);

    await ok(core, 'data.restore', { source: { backup: backup.name } });
    expect(await documents(core)).toEqual({ 'resume.pdf': RESUME.toString('base64'), 'letter.bin': LETTER.toString('base64') });
    // Under generated names, inside the attachments folder.
    for (const f of fs.readdirSync(path.join(dataDir, 'attachments'))) expect(f).toMatch(/^[0-9a-f-]{36}(\.pdf|\.bin)$/);
    core.close();
  });

  it('one file: the automatic backup is a single SQLite file listing each document with its bytes', async () => {
    const { dataDir, core } = await withDocuments();
    await runAutoBackupIfDue(core.db, dataDir, new Date('2027-03-10T10:00:00Z'));
    const [auto] = listBackups(dataDir);
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([auto!.name]);
    const raw = new Database(path.join(dataDir, 'backups', auto!.name), { readonly: true });
    const sizes = raw.prepare(`SELECT length(bytes) AS n FROM ${FILES_TABLE} ORDER BY n`).pluck().all();
    raw.close();
    expect(sizes).toEqual([LETTER.length, RESUME.length]);
    core.close();
  });

  it('the safety backup taken before a restore keeps the files that were there', async () => {
    const { dataDir, core } = await withDocuments();
    const other = createCore({});
    await ok(other, 'applications.create', { title: 'Painter', company: 'Brush' });
    const json = (await ok<{ json: string }>(other, 'data.backupJson', {})).json;
    const result = await ok<{ safetyBackup: string }>(core, 'data.restore', { source: { json }, replace: true });
    fs.rmSync(path.join(dataDir, 'attachments'), { recursive: true, force: true });
    await ok(core, 'data.restore', { source: { backup: result.safetyBackup }, replace: true });
    expect(Object.keys(await documents(core)).sort()).toEqual(['letter.bin', 'resume.pdf']);
    expect((await documents(core))['resume.pdf']).toBe(RESUME.toString('base64'));
    other.close();
    core.close();
  });

  it('a database-only backup of an older build still restores, keeping the files still in the folder', async () => {
    const { dataDir, core } = await withDocuments();
    const backup = await backupNow(core.db, dataDir);
    const raw = new Database(path.join(dataDir, 'backups', backup.name));
    raw.exec(`DROP TABLE ${FILES_TABLE}`);
    raw.close();
    await ok(core, 'data.restore', { source: { backup: backup.name }, replace: true });
    expect((await documents(core))['letter.bin']).toBe(LETTER.toString('base64'));
    core.close();
  });
});

describe('retention of manual and before-restore backups', () => {
  it('12 manual backups leave the newest 10, and automatic ones are untouched', async () => {
    const { dataDir, core } = await withDocuments();
    await runAutoBackupIfDue(core.db, dataDir, new Date('2027-03-01T10:00:00'));
    const made: string[] = [];
    for (let i = 0; i < 12; i++) made.push((await backupNow(core.db, dataDir, { now: new Date(2027, 2, 10, 9, i) })).name);
    const kept = listBackups(dataDir);
    expect(kept.filter((b) => b.kind === 'manual').map((b) => b.name)).toEqual(made.slice(2).reverse());
    expect(KEEP_MANUAL).toBe(10);
    expect(kept.filter((b) => b.kind === 'auto')).toHaveLength(1);
    core.close();
  });

  it('restoring 12 times keeps 10 safety backups and one copy of each document', async () => {
    const { dataDir, core } = await withDocuments();
    const json = (await ok<{ json: string }>(core, 'data.backupJson', {})).json;
    let minute = 0;
    const clock = createCore({ db: core.db, dataDir, now: () => new Date(2027, 2, 10, 11, minute) });
    for (; minute < 12; minute++) await ok(clock, 'data.restore', { source: { json }, replace: true });
    expect(listBackups(dataDir).filter((b) => b.kind === 'before-restore')).toHaveLength(10);
    // Nor do the documents pile up: the two files the JSON backup names (kept, it may be restored again) and
    // one restored copy of each, after 12 restores as after one.
    expect(fs.readdirSync(path.join(dataDir, 'attachments'))).toHaveLength(4);
    expect(Object.keys(await documents(core)).sort()).toEqual(['letter.bin', 'resume.pdf']);
    core.close();
  }, 240_000); // each restore runs in a worker thread: seconds apiece from the TypeScript sources on a loaded machine
});
