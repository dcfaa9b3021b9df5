import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { LATEST_VERSION } from '../../../electron/core/migrations';
import { classifyOpenError } from '../../../electron/core/recovery';
import type { SystemStatus } from '../../../shared/api-system';
import { tempDir } from '../helpers';
import { apiCall, serve, stop } from '../serve-process';

const cores: Core[] = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

function open(dataDir: string): Core {
  const core = createCore({ dataDir, now: () => new Date('2027-03-15T09:30:00.000Z') });
  cores.push(core);
  return core;
}

/** A data folder holding a real database with `n` applications, checkpointed so everything is in the main file. */
async function folderWithData(n = 40): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir });
  for (let i = 0; i < n; i++) {
    const r = await core.call('applications.create', { title: `Role ${i}`, company: `Company ${i}`, location: 'x'.repeat(290) });
    expect(r.ok).toBe(true);
  }
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return { dir, file: path.join(dir, 'pursuit.db') };
}

function damagedFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.startsWith('pursuit.db.damaged-'));
}

async function expectFreshAndWorking(core: Core) {
  const list = await core.call('applications.list', {});
  expect(list).toEqual({ ok: true, value: [] });
  const created = await core.call('applications.create', { title: 'After recovery', company: 'Acme' });
  expect(created.ok).toBe(true);
}

describe('a damaged data file', () => {
  it('that is not SQLite is moved aside untouched, and the app starts empty and says so', async () => {
    const dir = tempDir();
    const garbage = Buffer.from('My notes.docx was saved over the database by mistake\n'.repeat(200));
    fs.writeFileSync(path.join(dir, 'pursuit.db'), garbage);
    const core = open(dir);
    expect(core.recovered).toMatchObject({ reason: 'not-a-database', at: '2027-03-15T09:30:00.000Z' });
    const kept = damagedFiles(dir);
    expect(kept).toEqual(['pursuit.db.damaged-2027-03-15T09-30-00-000Z']);
    expect(fs.readFileSync(path.join(dir, kept[0]!)).equals(garbage)).toBe(true);
    expect(core.recovered!.movedTo).toBe(path.join(dir, kept[0]!));
    expect(core.recovered!.message).toContain('not a Pursuit database');
    expect(core.recovered!.message).toContain(kept[0]);
    await expectFreshAndWorking(core);
  });

  it.each([
    ['to 50 bytes', (b: Buffer) => b.subarray(0, 50)],
    ['to one page', (b: Buffer) => b.subarray(0, 4096)],
    ['to half', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2 / 4096) * 4096)],
    ['by its last page', (b: Buffer) => b.subarray(0, b.length - 4096)],
  ])('that was cut short %s is moved aside byte for byte', async (_label, cut) => {
    const { dir, file } = await folderWithData();
    const truncated = cut(fs.readFileSync(file));
    fs.writeFileSync(file, truncated);
    const core = open(dir);
    expect(core.recovered?.reason).toBe('corrupt');
    expect(core.recovered!.message).toMatch(/damaged/);
    const [kept] = damagedFiles(dir);
    expect(fs.readFileSync(path.join(dir, kept!)).equals(truncated)).toBe(true);
    await expectFreshAndWorking(core);
  });

  it('with a scrambled page inside is caught by the consistency check at start, not later mid-edit', async () => {
    const { dir, file } = await folderWithData();
    const bytes = fs.readFileSync(file);
    const scrambled = Buffer.concat([bytes.subarray(0, 8192), Buffer.alloc(4096, 0x41), bytes.subarray(12288)]);
    fs.writeFileSync(file, scrambled);
    const core = open(dir);
    expect(core.recovered?.reason).toBe('corrupt');
    expect(fs.readFileSync(path.join(dir, damagedFiles(dir)[0]!)).equals(scrambled)).toBe(true);
    await expectFreshAndWorking(core);
  });

  it('from a newer Pursuit is kept with everything in it (WAL included), and the message says to update', async () => {
    const { dir, file } = await folderWithData(3);
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.exec("CREATE TABLE from_the_future (x TEXT); INSERT INTO from_the_future VALUES ('hello')");
    // Leave the latest writes in the WAL, as a newer app that crashed would: copy the files while it is open.
    const mainBytes = fs.readFileSync(file);
    const walBytes = fs.readFileSync(`${file}-wal`);
    raw.close();
    fs.writeFileSync(file, mainBytes);
    fs.writeFileSync(`${file}-wal`, walBytes);
    fs.rmSync(`${file}-shm`, { force: true });

    const core = open(dir);
    expect(core.recovered?.reason).toBe('too-new');
    expect(core.recovered!.message).toMatch(/newer version of Pursuit/);
    expect(core.recovered!.message).toMatch(/Update Pursuit/);
    // SQLite may fold the WAL into the kept file when it closes it (a lossless checkpoint); what matters is
    // that the kept file, opened by the newer version, still holds the newer data and its schema version.
    const kept = new Database(core.recovered!.movedTo, { readonly: true });
    expect(kept.prepare('SELECT x FROM from_the_future').get()).toEqual({ x: 'hello' });
    expect(kept.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(kept.prepare('SELECT count(*) AS n FROM applications').get()).toEqual({ n: 3 });
    kept.close();
    await expectFreshAndWorking(core);
  });

  it('is reported by system.status until dismissed, also after a restart', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pursuit.db'), 'not a database at all, just text'.repeat(50));
    const first = open(dir);
    const status = (await first.call('system.status', {})) as { ok: true; value: SystemStatus };
    expect(status.value.recovered).toEqual(first.recovered);
    first.close();

    const second = open(dir);
    expect(second.recovered).toBeNull(); // nothing damaged this time...
    const still = (await second.call('system.status', {})) as { ok: true; value: SystemStatus };
    expect(still.value.recovered?.reason).toBe('not-a-database'); // ...but the user has not seen the message yet
    expect(await second.call('system.dismissRecovery', {})).toEqual({ ok: true, value: { dismissed: true } });
    expect(await second.call('system.status', {})).toEqual({
      ok: true,
      value: { recovered: null, badDates: { count: 0, rows: [] } },
    });
    expect(damagedFiles(dir)).toHaveLength(1); // dismissing never deletes the kept file
  });

  it('can be replaced by the latest backup taken before the damage, through the data API', async () => {
    const dir = tempDir();
    const before = createCore({ dataDir: dir, now: () => new Date('2027-03-10T08:00:00.000Z') });
    await before.call('applications.create', { title: 'Months of notes', company: 'Acme' });
    expect((await before.call('data.backupNow', {})).ok).toBe(true);
    before.close();
    fs.writeFileSync(path.join(dir, 'pursuit.db'), 'overwritten by another program'.repeat(100));
    for (const side of ['-wal', '-shm']) fs.rmSync(path.join(dir, `pursuit.db${side}`), { force: true });

    const core = open(dir); // 2027-03-15
    const listed = (await core.call('data.listBackups', {})) as {
      ok: true;
      value: { backups: { name: string; takenAt: string }[] };
    };
    const candidates = listed.value.backups.filter((b) => b.takenAt < core.recovered!.at);
    expect(candidates).toHaveLength(1);
    const restored = await core.call('data.restore', { source: { backup: candidates[0]!.name }, replace: true });
    expect(restored).toMatchObject({ ok: true, value: { applications: 1 } });
    await core.call('system.dismissRecovery', {});
    expect(await core.call('applications.list', {})).toMatchObject({ ok: true, value: [{ title: 'Months of notes' }] });
    expect(await core.call('system.status', {})).toEqual({
      ok: true,
      value: { recovered: null, badDates: { count: 0, rows: [] } },
    });
    expect(damagedFiles(dir)).toHaveLength(1);
  });

  it('is moved aside again, under a second name, if it happens twice in the same second', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pursuit.db'), 'first bad file'.repeat(100));
    open(dir).close();
    fs.writeFileSync(path.join(dir, 'pursuit.db'), 'second bad file'.repeat(100));
    open(dir);
    expect(damagedFiles(dir).sort()).toEqual([
      'pursuit.db.damaged-2027-03-15T09-30-00-000Z',
      'pursuit.db.damaged-2027-03-15T09-30-00-000Z-2',
    ]);
  });

  it('is told apart from a file that is merely unavailable, which is never moved', () => {
    expect(classifyOpenError({ code: 'SQLITE_BUSY' })).toBeNull();
    expect(classifyOpenError({ code: 'SQLITE_CANTOPEN' })).toBeNull();
    expect(classifyOpenError({ code: 'EACCES' })).toBeNull();
    expect(classifyOpenError({ code: 'SQLITE_CORRUPT_INDEX' })).toBe('corrupt');
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'pursuit.db')); // cannot be opened, but is not "damaged"
    expect(() => createCore({ dataDir: dir })).toThrow();
    expect(fs.statSync(path.join(dir, 'pursuit.db')).isDirectory()).toBe(true);
    expect(damagedFiles(dir)).toEqual([]);
  });

  it('does not stop `pursuit serve`: it starts, warns, and the page can read what happened', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pursuit.db'), Buffer.from([0xff, 0xfe, 0x00, 0x01, ...Array(5000).fill(0x42)]));
    const run = serve(dir);
    try {
      const url = await run.started;
      expect(await apiCall(url, 'system.status', {})).toMatchObject({
        ok: true,
        value: { recovered: { reason: 'not-a-database' } },
      });
      expect(await apiCall(url, 'applications.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      const out = await stop(run);
      expect(out.stderr).toContain('not a Pursuit database');
    }
    expect(damagedFiles(dir)).toHaveLength(1);
  });
});
