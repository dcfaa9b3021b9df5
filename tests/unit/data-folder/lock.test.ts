import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, isProcessAlive, LOCK_FILE_NAME } from '../../../electron/core/lock';
import { tempDir } from '../helpers';
import { apiCall, serve, stop } from '../serve-process';

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('the data folder lock', () => {
  it('is held by one owner at a time and names the holder to the second', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'Pursuit desktop app');
    const info = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')) as { pid: number };
    expect(info.pid).toBe(process.pid);
    let err: unknown;
    try {
      acquireDataDirLock(dir, 'pursuit serve');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toMatch(/already running on this data folder \(Pursuit desktop app, process \d+/);
    expect((err as Error).message).toContain(path.join(dir, LOCK_FILE_NAME));
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    acquireDataDirLock(dir, 'pursuit serve').release();
  });

  it('left behind by a process that died is taken over; so is an old garbled one', () => {
    const dir = tempDir();
    const pid = deadPid();
    expect(isProcessAlive(pid)).toBe(false);
    expect(isProcessAlive(process.pid)).toBe(true);
    const file = path.join(dir, LOCK_FILE_NAME);
    fs.writeFileSync(file, JSON.stringify({ pid, owner: 'pursuit serve', host: os.hostname(), since: 'then' }));
    const lock = acquireDataDirLock(dir, 'pursuit serve');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    fs.writeFileSync(file, '{"pid": 12'); // half-written by an older build that crashed
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    acquireDataDirLock(dir, 'pursuit serve').release();
  });

  it('is not removed by a former holder once someone else holds it', () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE_NAME);
    const lock = acquireDataDirLock(dir, 'pursuit serve');
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, owner: 'successor', host: '', since: 'now' }));
    lock.release();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('makes a second `pursuit serve` on the same folder refuse clearly, and frees the folder on exit', async () => {
    const dir = tempDir();
    const first = serve(dir);
    const url = await first.started;
    const second = serve(dir);
    const refused = await second.exited;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Pursuit is already running on this data folder \(pursuit serve, process \d+/);
    expect(refused.stdout).not.toContain('http://');
    // The first is untouched and still serving.
    expect(await apiCall(url, 'stages.list', {})).toMatchObject({ ok: true });
    await stop(first);
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const third = serve(dir);
    await third.started;
    await stop(third);
  });

  it('left by a `pursuit serve` killed with SIGKILL does not block the next start', async () => {
    const dir = tempDir();
    const first = serve(dir);
    await first.started;
    await stop(first, 'SIGKILL');
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true);
    const next = serve(dir);
    const url = await next.started;
    expect(await apiCall(url, 'stages.list', {})).toMatchObject({ ok: true });
    await stop(next);
  });
});
