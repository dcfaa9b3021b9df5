import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackgroundWork } from '../../../electron/core/background';
import { createCore, type Core } from '../../../electron/core/core';
import { listBackups } from '../../../electron/core/data/auto-backup';
import { tempDir } from '../helpers';

// Issue 10, item 5: backups (manual and automatic) and restores run in a worker thread when Pursuit has a data
// folder, so copying a large database with its documents, or replacing every row, never holds the host or the
// window. The real worker runs; the mock only records which tasks went to it.
const ran = vi.hoisted(() => [] as string[]);
vi.mock('../../../electron/core/worker/run-in-worker', async (importOriginal) =>
  (await import('./worker-tasks')).recordingWorker(await importOriginal(), ran),
);

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
  ran.length = 0;
});

async function ok<T>(c: Core, method: string, input: unknown): Promise<T> {
  const res = await c.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as T;
}

const titles = async (c: Core) => (await ok<{ title: string }[]>(c, 'applications.list', {})).map((a) => a.title).sort();

describe('backup and restore with a data folder', () => {
  it('"Back up now" and a restore run in the worker; the app sees the restored data at once, with a safety backup', async () => {
    const dataDir = tempDir();
    core = createCore({ dataDir });
    await ok(core, 'applications.create', { title: 'Welder', company: 'Acme' });
    await ok(core, 'applications.create', { title: 'Baker', company: 'Crumbs' });
    const backup = await ok<{ name: string; kind: string }>(core, 'data.backupNow', {});
    expect(backup.kind).toBe('manual');
    expect(listBackups(dataDir).map((b) => b.name)).toEqual([backup.name]);

    // Changes after the backup; the restore takes them back, written by the worker's own connection.
    await ok(core, 'applications.create', { title: 'Pilot', company: 'Sky' });
    const refused = await core.call('data.restore', { source: { backup: backup.name } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/already holds 3 applications/);
    expect(await titles(core)).toEqual(['Baker', 'Pilot', 'Welder']);
    const restored = await ok<{ applications: number; safetyBackup: string | null }>(core, 'data.restore', {
      source: { backup: backup.name },
      replace: true,
    });
    expect(restored.applications).toBe(2);
    expect(restored.safetyBackup).toMatch(/^before-restore-/);
    expect(await titles(core)).toEqual(['Baker', 'Welder']);
    // The app's own connection keeps writing after the worker's restore.
    await ok(core, 'applications.create', { title: 'Cook', company: 'Pans' });
    expect(await titles(core)).toEqual(['Baker', 'Cook', 'Welder']);
    expect(ran).toEqual(['backup.now', 'backup.restore', 'backup.restore']);
  }, 120_000);

  it('a restore that fails in the worker says why and leaves the data as it was', async () => {
    core = createCore({ dataDir: tempDir() });
    await ok(core, 'applications.create', { title: 'Welder', company: 'Acme' });
    const res = await core.call('data.restore', { source: { json: '{"not": "a backup"}' }, replace: true });
    expect(res.ok).toBe(false);
    expect(res.ok ? null : res.error.code).toBe('BAD_INPUT');
    expect(await titles(core)).toEqual(['Welder']);
    expect(ran).toEqual(['backup.restore']);
  }, 60_000);

  it('the daily automatic backup runs in the worker', async () => {
    const dataDir = tempDir();
    core = createCore({ dataDir });
    await ok(core, 'applications.create', { title: 'Welder', company: 'Acme' });
    const work = startBackgroundWork(core);
    await work.checkBackup();
    await work.stop();
    expect(listBackups(dataDir).map((b) => b.kind)).toEqual(['auto']);
    expect(ran).toContain('backup.auto');
  }, 60_000);

  it('without a data folder, says there is nowhere to keep backups (no worker)', async () => {
    core = createCore({});
    const res = await core.call('data.backupNow', {});
    expect(res.ok ? '' : res.error.message).toMatch(/no data folder/);
    expect(ran).toEqual([]);
  });
});
